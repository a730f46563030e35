// The nominations a search matches, as the Academy Awards Database lists them: nominee, category,
// edition and status, a page at a time with links to the pages before and after.
import Link from 'next/link';
import { plural } from '@/app/_lib/plural';
import { countsAsNomination } from '@/db/rules/status';
import type { NominationResults } from '@/db/search';
import { NomineeInBrief } from './award-nominee';
import { StatusBadge } from './status-badge';
import { ScrollRegion } from '@/app/_components/scroll-region';

export interface SearchNominationsProps {
  results: NominationResults;
  page: number;
  pageSize: number;
  /** The last page a search may show (deep pages cost a scan each). */
  maxPage: number;
  /** The address of another page of this search. */
  hrefFor: (page: number) => string;
}

export function SearchNominations({ results, page, pageSize, maxPage, hrefFor }: SearchNominationsProps) {
  const first = (page - 1) * pageSize + 1;
  const last = first + results.rows.length - 1;
  const total = results.isCountCapped
    ? `more than ${results.total.toLocaleString('en')}`
    : results.total.toLocaleString('en');
  const hasMore = results.rows.length === pageSize && (results.isCountCapped || last < results.total);
  const hasNext = hasMore && page < maxPage;
  return (
    <section aria-labelledby="search-nominations">
      <h2 id="search-nominations">Nominations</h2>
      {results.isNameMatchCapped ? (
        <p className="notice">
          These words match a great many names, so only the nominations of the best matches are listed. Add a word or a
          filter to narrow the search.
        </p>
      ) : null}
      {results.rows.length ? (
        <>
          <p className="muted" aria-live="polite">
            {first.toLocaleString('en')}–{last.toLocaleString('en')} of {total}
            {results.total === 1 ? ' entry' : ' entries'}, latest first
            {/* The record counts of films and people count nominations only: say why this list may hold more. */}
            {results.rows.some((row) => !countsAsNomination(row.status))
              ? '. An entry is a nomination, or a submission or shortlisting that did not become one (or was withdrawn): its status says which.'
              : null}
          </p>
          <ScrollRegion label="Nominations found">
            <table className="search-table">
              <thead>
                <tr>
                  <th scope="col">Nominee</th>
                  <th scope="col">Category</th>
                  <th scope="col">Edition</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {results.rows.map((row) => (
                  <tr key={row.id} className={row.status === 'won' ? 'winner-row' : undefined}>
                    <td data-label="Nominee">
                      <NomineeInBrief nominee={row} />
                      {row.detail ? <span className="muted"> · {row.detail}</span> : null}
                    </td>
                    <td data-label="Category">{row.category}</td>
                    <td data-label="Edition">
                      <Link href={`/awards/${row.awardSlug}/${row.editionSlug}`}>{row.editionName}</Link>
                    </td>
                    <td data-label="Status">
                      <StatusBadge status={row.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      ) : (
        <PastTheLastPage results={results} page={page} pageSize={pageSize} maxPage={maxPage} hrefFor={hrefFor} />
      )}
      {(page > 1 && results.rows.length) || hasNext ? (
        <nav aria-label="Result pages" className="pagination">
          {page > 1 ? (
            <Link href={hrefFor(page - 1)} rel="prev">
              ← Previous page
            </Link>
          ) : null}
          {hasNext ? (
            <Link href={hrefFor(page + 1)} rel="next">
              Next page →
            </Link>
          ) : null}
          {hasMore && !hasNext ? <span className="muted">Add words or filters to see more.</span> : null}
        </nav>
      ) : null}
    </section>
  );
}

/** A page with no row: nothing matched, or the address asks for a page past the last (an edited link). */
function PastTheLastPage(props: Pick<SearchNominationsProps, 'results' | 'page' | 'pageSize' | 'maxPage' | 'hrefFor'>) {
  const { results, page, pageSize, maxPage, hrefFor } = props;
  if (page === 1 || results.total === 0) return <p>No nominations match.</p>;
  if (results.isCountCapped && page > maxPage) {
    return (
      <p>
        Search results go up to page {maxPage}; to see past it, add words or filters to narrow the search.{' '}
        <Link href={hrefFor(maxPage)}>Go to page {maxPage}</Link>.
      </p>
    );
  }
  const lastPage = Math.ceil(results.total / pageSize);
  return (
    <p>
      There is no page {page.toLocaleString('en')}: the {plural(results.total, 'entry', 'entries')} found{' '}
      {results.total === 1 ? 'fills' : 'fill'} {plural(lastPage, 'page')}.{' '}
      <Link href={hrefFor(lastPage)}>Go to page {lastPage.toLocaleString('en')}</Link>.
    </p>
  );
}
