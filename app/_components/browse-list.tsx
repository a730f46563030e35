// The A–Z list of films or of people (db/queries/browse.ts): the letters, the records under the one
// chosen with each one's record, and the pages before and after. Plain links: it works without JavaScript.
import Link from 'next/link';
import { BROWSE_LETTERS, BROWSE_PAGE_SIZE, type BrowseLetter } from '@/db/queries/browse';
import type { BROWSE_KEYS, Check, ExactKeys } from '@/app/_lib/cached-views';
import { plural } from '@/app/_lib/plural';
import { foldText } from '@/db/rules/text';
import { Breadcrumbs } from './award-breadcrumbs';
import { RecordTally } from './record-tally';

export interface BrowseItem {
  id: number;
  href: string;
  label: string;
  /** After the name: "(2016)" for a film, "(company)" for a company. */
  aside: string | null;
  record: { nominations: number; wins: number };
}

interface Props {
  title: 'Films' | 'People and companies';
  /** The list's own address ("/films"). */
  base: string;
  letter: BrowseLetter;
  page: number;
  total: number;
  items: readonly BrowseItem[];
  /** Why the address could not be read as written, if it could not. */
  problem?: string;
}

const hrefOf = (base: string, letter: BrowseLetter, page = 1) =>
  `${base}?letter=${encodeURIComponent(letter)}${page > 1 ? `&page=${page}` : ''}`;

export function BrowseList({ title, base, letter, page, total, items, problem }: Props) {
  const pages = Math.max(1, Math.ceil(total / BROWSE_PAGE_SIZE));
  const shown = letter === '#' ? 'another character' : letter.toUpperCase();
  const noun = title === 'Films' ? 'film' : 'name';
  return (
    <>
      <Breadcrumbs trail={[{ label: title }]} />
      <h1>{title}</h1>
      <nav aria-label="By first letter" className="browse-letters">
        <ul className="plain">
          {BROWSE_LETTERS.map((each) => (
            <li key={each}>
              {each === letter ? (
                <span aria-current="page">{each.toUpperCase()}</span>
              ) : (
                <Link href={hrefOf(base, each)} aria-label={each === '#' ? 'Digits and other characters' : undefined}>
                  {each.toUpperCase()}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {problem ? (
        <p role="alert" className="notice">
          {problem}
        </p>
      ) : null}
      <p className="muted">
        {plural(total, noun)} starting with {shown}
        {pages > 1 && page <= pages ? `, page ${page} of ${pages}` : ''}.
      </p>
      {page > pages && total > 0 ? (
        <p>
          There is no page {page.toLocaleString('en')}: the {plural(total, noun)} starting with {shown}{' '}
          {total === 1 ? 'fills' : 'fill'} {plural(pages, 'page')}.{' '}
          <Link href={hrefOf(base, letter, pages)}>Go to page {pages.toLocaleString('en')}</Link>.
        </p>
      ) : null}
      {items.length ? (
        <ul className="plain browse-items">
          {items.map((item) => (
            <li key={item.id}>
              <Link href={item.href}>{item.label}</Link>
              {item.aside ? <span className="muted"> {item.aside}</span> : null}
              <RecordTally {...item.record} />
            </li>
          ))}
        </ul>
      ) : null}
      {pages > 1 && page <= pages ? (
        <nav aria-label="Pages" className="pagination">
          {page > 1 ? (
            <Link href={hrefOf(base, letter, page - 1)} rel="prev">
              ← Previous page
            </Link>
          ) : null}
          {page < pages ? (
            <Link href={hrefOf(base, letter, page + 1)} rel="next">
              Next page →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

/** The A–Z page a record's title or name is listed under ("/films?letter=t"). */
export function browseHref(base: string, name: string): string {
  const first = foldText(name).charAt(0);
  return hrefOf(base, BROWSE_LETTERS.find((letter) => letter === first) ?? '#');
}

/** The query parameters an A–Z list reads. */
type BrowseQuery = Partial<Record<'letter' | 'page', string | string[]>>;
/** The cached address of an A–Z page (app/_lib/cached-views.ts) carries exactly these parameters. */
export type BrowseKeysCached = Check<ExactKeys<typeof BROWSE_KEYS, BrowseQuery>>;

/** The letter and page an A–Z address asks for, or the first page of "a" with why the address could not be read. */
export function parseBrowseParams(raw: BrowseQuery): {
  letter: BrowseLetter;
  page: number;
  problem?: string;
} {
  const letterText = typeof raw.letter === 'string' ? raw.letter.toLowerCase() : 'a';
  const pageText = typeof raw.page === 'string' ? raw.page : '1';
  const letter = BROWSE_LETTERS.find((each) => each === letterText);
  const page = /^[1-9]\d{0,5}$/.test(pageText) ? Number(pageText) : null;
  if (!letter)
    return { letter: 'a', page: 1, problem: `“${letterText.slice(0, 20)}” is not a letter of the list: showing A.` };
  if (page === null)
    return { letter, page: 1, problem: `“${pageText.slice(0, 20)}” is not a page number: showing the first.` };
  return { letter, page };
}
