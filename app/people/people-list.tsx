// The A–Z list of people and companies, with the nominations that name each: rendered for /people
// (app/people/page.tsx) and its cached view (app/people/-/[view]/page.tsx).
import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { browsePeople } from '@/db/queries/browse';
import { listPersonRecords } from '@/db/queries/record-tallies';
import { BrowseList, browsePageTitle, parseBrowseParams } from '@/app/_components/browse-list';
import type { RawParams } from '@/app/_lib/cached-views';
import { shareMetadata } from '@/app/_lib/share-metadata';

export function peopleListMetadata(raw: RawParams): Metadata {
  return shareMetadata(
    browsePageTitle('People and companies', raw),
    'Every person and company Laurels records, from A to Z, with the nominations that name them.',
  );
}

export async function PeopleList({ raw }: { raw: RawParams }) {
  const { filter, page, problem } = parseBrowseParams(raw);
  const db = getDb();
  const { total, rows, tooMany } = await browsePeople(db, filter, page);
  const records = await listPersonRecords(
    db,
    rows.map((person) => person.id),
  );
  const items = rows.map((person) => ({
    id: person.id,
    href: `/people/${person.slug}`,
    label: person.name,
    aside: person.kind === 'company' ? '(company)' : null,
    record: records.get(person.id) ?? { nominations: 0, wins: 0, uncounted: {} },
  }));
  return (
    <BrowseList
      title="People and companies"
      base="/people"
      filter={filter}
      page={page}
      total={total}
      tooMany={tooMany}
      items={items}
      problem={problem}
    />
  );
}
