// Every award Laurels tracks, with who gives it, its kind, how many editions we hold and their years.
// Rendered by ./-/[view]/page.tsx, cached until the database changes, for every ordinary request, and
// by ./page.tsx for the rest (see app/_lib/cached-views.ts).
import type { Metadata } from 'next';
import { shareMetadata } from '@/app/_lib/share-metadata';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { listAwards } from '@/db/queries/awards';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';

export const awardsListMetadata: Metadata = shareMetadata(
  'All awards',
  'Every documentary award and festival Laurels tracks, with its editions over the years.',
);

const KIND_LABELS = { ceremony: 'Ceremony', festival: 'Festival' } as const;

/** "awards year 2016", or "awards years 1942–2025" for a span. */
function yearSpan(first: string | null, last: number | null): string {
  if (!first || last === null) return 'awards years unknown';
  return first === String(last) ? `awards year ${first}` : `awards years ${first}–${last}`;
}

export async function AwardsList() {
  const awards = await listAwards(getDb());
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Awards' }]} />
      <h1>All awards</h1>
      <p className="lede">The ceremonies and festivals whose documentary nominations Laurels keeps.</p>
      {awards.length ? (
        <ul className="grid plain award-cards">
          {awards.map((award) => (
            <li key={award.slug} className="card">
              <h2>
                <Link href={`/awards/${award.slug}`}>{award.name}</Link>
              </h2>
              {award.organization ? <p className="muted">Given by {award.organization}</p> : null}
              <p>
                {KIND_LABELS[award.kind]} · {award.editionCount} edition{award.editionCount === 1 ? '' : 's'}
                {award.editionCount ? ` · ${yearSpan(award.firstYearLabel, award.lastYear)}` : null}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="notice">No awards are recorded yet.</p>
      )}
    </>
  );
}
