// Editions as a short list for the home page: name, award, awards year and ceremony date when known.
import Link from 'next/link';
import { awardsYearLabel, IsoDate } from './award-date';

export interface EditionCardView {
  slug: string;
  name: string;
  year: number;
  yearLabel: string | null;
  ceremonyDate: string | null;
  awardSlug: string;
  awardName: string;
}

export function EditionCards({ editions, empty }: { editions: readonly EditionCardView[]; empty: string }) {
  if (!editions.length) return <p className="muted">{empty}</p>;
  return (
    <ul className="plain">
      {editions.map((edition) => (
        <li key={`${edition.awardSlug}/${edition.slug}`}>
          <Link href={`/awards/${edition.awardSlug}/${edition.slug}`}>{edition.name}</Link>
          <br />
          <span className="muted">
            {edition.ceremonyDate ? (
              <>
                Ceremony <IsoDate value={edition.ceremonyDate} />
              </>
            ) : (
              `Awards year ${awardsYearLabel(edition)}`
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
