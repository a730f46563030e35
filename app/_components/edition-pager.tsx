import Link from 'next/link';

interface Neighbour {
  slug: string;
  name: string;
}

/** Links to the editions before and after this one, by awards year. */
export function EditionPager({
  awardSlug,
  previous,
  next,
}: {
  awardSlug: string;
  previous?: Neighbour;
  next?: Neighbour;
}) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Other editions" className="pagination edition-pager">
      {previous ? (
        <Link href={`/awards/${awardSlug}/${previous.slug}`} rel="prev">
          ← Previous: {previous.name}
        </Link>
      ) : null}
      {next ? (
        <Link href={`/awards/${awardSlug}/${next.slug}`} rel="next">
          Next: {next.name} →
        </Link>
      ) : null}
    </nav>
  );
}
