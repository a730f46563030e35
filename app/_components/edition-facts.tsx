// An edition's number, awards year and dates, each kept apart (the 89th honoured films of 2016 at a
// ceremony in 2017), and only the dates we know: a missing date is left out, never guessed.
import Link from 'next/link';
import { Fragment } from 'react';
import { awardsYearLabel, IsoDate } from './award-date';
import { ordinalSuffix } from '@/db/rules/text';

export interface EditionFactsView {
  ordinal: number | null;
  year: number;
  yearLabel: string | null;
  submissionsDate: string | null;
  shortlistDate: string | null;
  nominationsDate: string | null;
  ceremonyDate: string | null;
  datesNote: string | null;
  venue: string | null;
  awardSlug: string;
  awardName: string;
}

export function EditionFacts({ edition }: { edition: EditionFactsView }) {
  const dates = [
    ['Submissions', edition.submissionsDate],
    ['Shortlist', edition.shortlistDate],
    ['Nominations', edition.nominationsDate],
    ['Ceremony', edition.ceremonyDate],
  ] as const;
  return (
    <>
      <dl className="facts">
        <dt>Award</dt>
        <dd>
          <Link href={`/awards/${edition.awardSlug}`}>{edition.awardName}</Link>
        </dd>
        {edition.ordinal ? (
          <>
            <dt>Edition</dt>
            <dd>{ordinalSuffix(edition.ordinal)}</dd>
          </>
        ) : null}
        <dt>Awards year</dt>
        <dd>{awardsYearLabel(edition)}</dd>
        {dates.map(([label, value]) =>
          value ? (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>
                <IsoDate value={value} />
              </dd>
            </Fragment>
          ) : null,
        )}
        {edition.venue ? (
          <>
            <dt>Venue</dt>
            <dd>{edition.venue}</dd>
          </>
        ) : null}
      </dl>
      {edition.datesNote ? <p className="muted edition-dates-note">About the dates: {edition.datesNote}</p> : null}
    </>
  );
}
