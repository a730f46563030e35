import Link from 'next/link';

/**
 * Previous and next pages of a list (a source's statuses, the sources); nothing when it fits on one
 * page or the page asked for is past the last.
 */
export function Pager(props: { label: string; page: number; pages: number; hrefOf: (page: number) => string }) {
  const { label, page, pages, hrefOf } = props;
  if (pages <= 1 || page > pages) return null;
  return (
    <nav aria-label={label} className="pagination">
      {page > 1 ? <Link href={hrefOf(page - 1)}>← Previous page</Link> : null}
      <span className="muted">
        Page {page} of {pages}
      </span>
      {page < pages ? <Link href={hrefOf(page + 1)}>Next page →</Link> : null}
    </nav>
  );
}
