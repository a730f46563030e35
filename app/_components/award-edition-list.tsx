// An award's editions over the years, newest first, each with the winners of its documentary
// categories in brief.
import Link from 'next/link';
import type { WinnerInBrief } from '@/db/queries/awards';
import { ordinalSuffix } from '@/db/rules/text';
import { awardsYearLabel, IsoDate } from './award-date';
import { NomineeInBrief } from './award-nominee';

export interface AwardEditionView {
  id: number;
  slug: string;
  name: string;
  ordinal: number | null;
  year: number;
  yearLabel: string | null;
  ceremonyDate: string | null;
  winners: readonly WinnerInBrief[];
}

/** "32nd" for the 2016 IDA Documentary Awards; nothing when the name already says it ("89th Academy Awards"). */
function editionNumber(edition: { ordinal: number | null; name: string }): string | null {
  if (!edition.ordinal) return null;
  const ordinal = ordinalSuffix(edition.ordinal);
  return edition.name.includes(ordinal) ? null : ordinal;
}

/** The winners under each category, in the order the categories first come: a tie names its category once. */
function byCategory(winners: readonly WinnerInBrief[]): [string, WinnerInBrief[]][] {
  const grouped = new Map<string, WinnerInBrief[]>();
  for (const winner of winners) grouped.set(winner.category, [...(grouped.get(winner.category) ?? []), winner]);
  return [...grouped];
}

export function AwardEditionList({
  awardSlug,
  editions,
}: {
  awardSlug: string;
  editions: readonly AwardEditionView[];
}) {
  if (!editions.length) return <p className="muted">No editions recorded yet.</p>;
  return (
    <ul className="plain award-editions">
      {editions.map((edition) => (
        <li key={edition.id}>
          <p className="award-edition-title">
            <Link href={`/awards/${awardSlug}/${edition.slug}`}>{edition.name}</Link>{' '}
            <span className="muted">
              {[editionNumber(edition), `awards year ${awardsYearLabel(edition)}`].filter(Boolean).join(' · ')}
              {edition.ceremonyDate ? (
                <>
                  {' · ceremony '}
                  <IsoDate value={edition.ceremonyDate} />
                </>
              ) : null}
            </span>
          </p>
          {edition.winners.length ? (
            <p className="award-edition-winners">
              {byCategory(edition.winners).flatMap(([category, winners], i) => [
                i > 0 ? '; ' : null,
                // A tie says so, and parts its winners with a mark no title is likely to hold: "A Chance to
                // Live and So Much for So Little" read as one title.
                winners.length > 1 ? `${category} (joint winners): ` : `${category}: `,
                ...winners.flatMap((winner, j) => [
                  j === 0 ? null : ' · ',
                  <NomineeInBrief key={winner.nominationId} nominee={winner} compact />,
                ]),
              ])}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
