import Link from 'next/link';

/** Previous and next pages of a source's statuses; nothing when they fit on one page. */
export function SourcePager({ sourceId, page, pages }: { sourceId: number; page: number; pages: number }) {
  if (pages <= 1 || page > pages) return null;
  return (
    <nav aria-label="Pages of statuses" className="pagination">
      {page > 1 ? <Link href={`/sources/${sourceId}?page=${page - 1}`}>← Previous page</Link> : null}
      <span className="muted">
        Page {page} of {pages}
      </span>
      {page < pages ? <Link href={`/sources/${sourceId}?page=${page + 1}`}>Next page →</Link> : null}
    </nav>
  );
}
