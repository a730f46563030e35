// One source: what it is, a link out to it, the text we hold of it, and every status it supports,
// so a reader can check any claim Laurels makes against what was actually reported.
// Rendered by ./[view]/page.tsx, cached per page of statuses until the database changes, for every
// ordinary request, and by ./page.tsx for the rest (see app/_lib/cached-views.ts).
import type { Metadata } from 'next';
import Link from 'next/link';
import { plural } from '@/app/_lib/plural';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { listSourceNomineeNames, listStatusesForSource } from '@/db/queries/sources';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { IsoDate } from '@/app/_components/award-date';
import { Pager } from '@/app/_components/pager';
import { parsePageParam } from '@/app/_lib/page-number';
import { SourceStatuses } from '@/app/_components/source-statuses';
import type { RawParams } from '@/app/_lib/cached-views';
import { recordOrAnswer, resolveSourceAddress } from '@/app/_lib/page-addresses';
import { SOURCE_KIND_LABELS, sourceTitle } from '../source-labels';
import { quoteSource } from './source-quote';

const PAGE_SIZE = 100;

/** Cached per request so that the metadata and the page share one lookup. */
const resolveSource = cache(async (raw: string) => resolveSourceAddress(getDb(), raw));

export async function sourceMetadata(rawId: string): Promise<Metadata> {
  const resolved = await resolveSource(rawId);
  return { title: resolved.kind === 'found' ? `Source: ${sourceTitle(resolved.record)}` : 'Source not found' };
}

/** The source `rawId` names (a 404 when none), at the page of statuses the query asks for. */
export async function SourceView({ rawId, raw }: { rawId: string; raw: RawParams }) {
  const source = recordOrAnswer(await resolveSource(rawId));
  const requested = parsePageParam(raw.page);
  const { total, rows } = await listStatusesForSource(getDb(), source.id, {
    limit: PAGE_SIZE,
    offset: (requested.page - 1) * PAGE_SIZE,
  });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const title = sourceTitle(source);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Sources', href: '/sources' }, { label: title }]} />
      <h1>{title}</h1>
      <dl className="facts">
        {source.publisher ? (
          <>
            <dt>Publisher</dt>
            <dd>{source.publisher}</dd>
          </>
        ) : null}
        <dt>Kind</dt>
        <dd>{SOURCE_KIND_LABELS[source.kind]}</dd>
        {source.publishedOn ? (
          <>
            <dt>Published</dt>
            <dd>
              <IsoDate value={source.publishedOn} />
            </dd>
          </>
        ) : null}
        <dt>Recorded</dt>
        <dd>
          <IsoDate value={source.retrievedAt} />
        </dd>
        {source.url ? (
          <>
            <dt>Original</dt>
            <dd>
              <a href={source.url} rel="external noopener noreferrer" className="source-link">
                {source.url}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      {source.body ? <SourceText body={source.body} names={await listSourceNomineeNames(getDb(), source.id)} /> : null}
      <section aria-labelledby="source-statuses-heading">
        <h2 id="source-statuses-heading">Statuses it supports ({total})</h2>
        {requested.problem ? <p className="notice">{requested.problem}</p> : null}
        {rows.length ? (
          <SourceStatuses rows={rows} />
        ) : total ? (
          <p className="notice">
            There is no page {requested.page}; the statuses fill {pages} page{pages === 1 ? '' : 's'}.{' '}
            <Link href={`/sources/${source.id}`}>Go to the first page</Link>.
          </p>
        ) : (
          <p className="muted">No status rests on this source yet.</p>
        )}
        <Pager
          label="Pages of statuses"
          page={requested.page}
          pages={pages}
          hrefOf={(page) => `/sources/${source.id}?page=${page}`}
        />
      </section>
    </>
  );
}

function SourceText({ body, names }: { body: string; names: string[] }) {
  const quote = quoteSource(body, names);
  const whole = quote.paragraphs.length === quote.of;
  return (
    <section aria-labelledby="source-text-heading" className="source-body">
      <h2 id="source-text-heading">{whole ? 'Text as we hold it' : 'What it says'}</h2>
      {whole ? null : (
        <p className="muted">
          Quoted in part: {plural(quote.paragraphs.length, 'paragraph')} of {quote.of},{' '}
          {quote.namesNominees ? 'those naming a nominee' : 'the first, as none names a nominee'}. Laurels keeps the
          whole text to check each claim against it.
        </p>
      )}
      {quote.paragraphs.map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </section>
  );
}
