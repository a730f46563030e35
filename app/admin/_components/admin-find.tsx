// The search box and the pager of the admin indexes of films and people, and the other records with the
// words anywhere in a name (plain GET forms and links, so they work without JavaScript and a search can be
// bookmarked).
import Link from 'next/link';

/** `?q=…&page=…` from the page's search params: the words (at most 200 characters) and a page from 1. */
export function parseFindParams(params: Record<string, string | string[] | undefined>) {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';
  const words = first(params.q).trim().slice(0, 200);
  const page = Number.parseInt(first(params.page), 10);
  return { words, page: Number.isSafeInteger(page) && page >= 1 && page <= 10_000 ? page : 1 };
}

export function FindForm({ label, words }: { label: string; words: string }) {
  return (
    <form method="get" autoComplete="off" role="search" className="search-form">
      <label htmlFor="admin-find-q">{label}</label>
      <input id="admin-find-q" name="q" type="search" defaultValue={words} maxLength={200} />
      <button type="submit">Search</button>
    </form>
  );
}

export function FindPager({
  base,
  words,
  page,
  hasNext,
}: {
  base: string;
  words: string;
  page: number;
  hasNext: boolean;
}) {
  const href = (to: number) => `${base}?${new URLSearchParams({ ...(words ? { q: words } : {}), page: String(to) })}`;
  if (page === 1 && !hasNext) return null;
  return (
    <nav aria-label="Pages" className="edition-pager">
      {page > 1 ? <Link href={href(page - 1)}>← Previous page</Link> : <span />}
      <span>Page {page}</span>
      {hasNext ? <Link href={href(page + 1)}>Next page →</Link> : <span />}
    </nav>
  );
}

/** Records with the words anywhere in a name, beyond those already listed (page 1 only). */
export function WordMatches({
  heading,
  base,
  hits,
}: {
  heading: string;
  base: string;
  hits: { id: number; slug: string; label: string }[];
}) {
  if (!hits.length) return null;
  return (
    <section aria-labelledby="word-matches-heading">
      <h2 id="word-matches-heading">{heading}</h2>
      <ul className="plain">
        {hits.map((hit) => (
          <li key={hit.id}>
            <Link href={`${base}/${hit.slug}`}>{hit.label}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
