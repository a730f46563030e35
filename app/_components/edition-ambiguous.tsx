// When a year names more than one edition (2017: the 89th Academy Awards' ceremony and the 90th's
// films), the page lists them and lets the reader choose instead of guessing.
import Link from 'next/link';
import { Breadcrumbs } from './award-breadcrumbs';
import { IsoDate } from './award-date';

export interface AmbiguousEdition {
  slug: string;
  name: string;
  year: number;
  ceremonyDate: string | null;
}

export function EditionAmbiguous({
  award,
  term,
  editions,
}: {
  award: { slug: string; name: string };
  term: string;
  editions: readonly AmbiguousEdition[];
}) {
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Awards', href: '/awards' },
          { label: award.name, href: `/awards/${award.slug}` },
          { label: term },
        ]}
      />
      <h1>Which {award.name}?</h1>
      <p className="lede">
        “{term}” could mean more than one edition: the year of the work honoured or the year of the ceremony.
        {editions.some((edition) => !edition.ceremonyDate)
          ? ' A ceremony whose date Laurels does not hold is taken to fall as the award’s dated ceremonies do.'
          : null}
      </p>
      <ul className="plain">
        {editions.map((edition) => (
          <li key={edition.slug}>
            <Link href={`/awards/${award.slug}/${edition.slug}`}>{edition.name}</Link>{' '}
            <span className="muted">
              (awards year {edition.year}
              {edition.ceremonyDate ? (
                <>
                  , ceremony <IsoDate value={edition.ceremonyDate} />
                </>
              ) : null}
              )
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
