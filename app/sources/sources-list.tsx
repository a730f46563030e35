// Every source Laurels cites, the latest recorded first, a hundred to a page: what it is, who published
// it, and how many statuses rest on it, each leading to its own page (the passages quoted, every status).
// Rendered for /sources (./page.tsx) and its cached view (./-/[view]/page.tsx).
import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { LISTED_STATUS_COUNT_LIMIT, listSources } from '@/db/queries/sources';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { IsoDate } from '@/app/_components/award-date';
import { Pager } from '@/app/_components/pager';
import { parsePageParam } from '@/app/_lib/page-number';
import type { RawParams } from '@/app/_lib/cached-views';
import { plural } from '@/app/_lib/plural';
import { shareMetadata } from '@/app/_lib/share-metadata';
import { SOURCE_KIND_LABELS, sourceTitle } from './source-labels';

const PAGE_SIZE = 100;

export const sourcesListMetadata: Metadata = shareMetadata(
  'Sources',
  'Every source Laurels cites: the articles, press releases and data sets each status rests on.',
);

const statusCount = (n: number) =>
  n > LISTED_STATUS_COUNT_LIMIT
    ? `more than ${LISTED_STATUS_COUNT_LIMIT.toLocaleString('en')} statuses`
    : plural(n, 'status', 'statuses');

export async function SourcesList({ raw }: { raw: RawParams }) {
  const requested = parsePageParam(raw.page);
  const { total, rows } = await listSources(getDb(), {
    limit: PAGE_SIZE,
    offset: (requested.page - 1) * PAGE_SIZE,
  });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(requested.page, pages);
  const shown =
    page === requested.page
      ? rows
      : (await listSources(getDb(), { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })).rows;
  const problem =
    requested.problem ??
    (page !== requested.page ? `There is no page ${requested.page}; the last, page ${pages}, is shown.` : undefined);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Sources' }]} />
      <h1>Sources</h1>
      <p className="lede">
        Every source a status in Laurels rests on, the latest recorded first: each page quotes what the source says of
        its nominees and lists every status it supports.
      </p>
      {problem ? (
        <p role="alert" className="notice">
          {problem}
        </p>
      ) : null}
      <p className="muted">
        {plural(total, 'source')}
        {pages > 1 ? `, page ${page} of ${pages}` : ''}.
      </p>
      {shown.length ? (
        <ul className="plain source-list">
          {shown.map((source) => (
            <li key={source.id}>
              <Link href={`/sources/${source.id}`}>{sourceTitle(source)}</Link>{' '}
              <span className="muted">
                {SOURCE_KIND_LABELS[source.kind]}
                {source.publisher && source.title ? ` · ${source.publisher}` : ''}
                {source.publishedOn ? (
                  <>
                    {' · '}
                    <IsoDate value={source.publishedOn} />
                  </>
                ) : null}
                {' · '}
                {statusCount(source.statuses)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <Pager label="Pages of sources" page={page} pages={pages} hrefOf={(each) => `/sources?page=${each}`} />
    </>
  );
}
