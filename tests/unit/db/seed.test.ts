import { describe, expect, it } from 'vitest';
import { seedDatabase, seedIfEmpty } from '@/db/seed';
import { nominationsInCanonical, tableCounts } from '../../helpers/counts';
import { freshDatabase } from '../../helpers/db';

/** Status rows of a film in a category of an edition, with their sources. */
function historyOf(db: ReturnType<typeof freshDatabase>['db'], film: string, category: string, edition: string) {
  return db.$client
    .prepare(
      `select e.from_status as "from", e.to_status as "to", s.publisher, s.key, n.status as current
         from status_events e
         join nominations n on n.id = e.nomination_id
         join nomination_films nf on nf.nomination_id = n.id
         join films f on f.id = nf.film_id
         join categories c on c.id = n.category_id
         join editions ed on ed.id = c.edition_id
         left join sources s on s.id = e.source_id
        where f.title = ? and c.name = ? and ed.name = ?
        order by e.id`,
    )
    .all(film, category, edition);
}

/** The catalogue tables whose row counts show that seeding again wrote nothing. */
const SEEDED_TABLES = [
  'awards',
  'editions',
  'categories',
  'films',
  'people',
  'nominations',
  'status_events',
  'sources',
  'credits',
];

describe('seed', () => {
  const { db } = freshDatabase();
  const seeded = seedDatabase(db);

  it('loads the Academy Awards documentary categories for every ceremony', async () => {
    await seeded;
    expect(nominationsInCanonical(db, 'Documentary (Feature)')).toBe(390);
    expect(nominationsInCanonical(db, 'Documentary (Short Subject)')).toBe(398);
  });

  it('has The Lovers and the Despot nominated for the ABC News VideoSource Award, citing the seed article', async () => {
    await seeded;
    const history = historyOf(
      db,
      'The Lovers and the Despot',
      'ABC News VideoSource Award',
      '2016 IDA Documentary Awards',
    );
    expect(history[0]).toMatchObject({
      from: null,
      to: 'nominated',
      key: 'seed-lovers-and-the-despot',
      publisher: 'Newsmax',
    });
    expect(history.at(-1)).toMatchObject({ to: 'lost', publisher: 'TheWrap' });
  });

  it('has 13th winning the ABC News VideoSource Award and O.J.: Made in America winning Best Feature', async () => {
    await seeded;
    expect(historyOf(db, '13th', 'ABC News VideoSource Award', '2016 IDA Documentary Awards').at(-1)).toMatchObject({
      to: 'won',
      publisher: 'TheWrap',
    });
    expect(historyOf(db, 'O.J.: Made in America', 'Best Feature', '2016 IDA Documentary Awards').at(-1)).toMatchObject({
      to: 'won',
    });
  });

  it('links the season to the films imported from oscar_data instead of duplicating them', async () => {
    await seeded;
    const films = db.$client.prepare(`select imdb_id from films where title = 'O.J.: Made in America'`).all();
    expect(films).toEqual([{ imdb_id: 'tt5275892' }]);
    const ceremony = db.$client
      .prepare(`select ceremony_date from editions where name = '89th Academy Awards'`)
      .pluck()
      .get();
    expect(ceremony).toBe('2017-02-26');
  });

  it('dates a result only where its source does: never with the IDA ceremony date, which is inferred', async () => {
    await seeded;
    const datedAtIda = db.$client
      .prepare(
        `select count(*) from status_events e join nominations n on n.id = e.nomination_id
           join categories c on c.id = n.category_id join editions ed on ed.id = c.edition_id
          where ed.name = '2016 IDA Documentary Awards' and e.occurred_on is not null`,
      )
      .pluck()
      .get();
    expect(datedAtIda).toBe(0);
    const note = db.$client.prepare(`select dates_note from editions where name = '2016 IDA Documentary Awards'`);
    expect(note.pluck().get()).toMatch(/inferred/);
  });

  it('says of a category whose other nominees the sources do not list that only its winner is recorded', async () => {
    await seeded;
    const described = db.$client
      .prepare(`select name from categories where description like '%Only the winner is recorded here%' order by name`)
      .pluck()
      .all();
    expect(described).toEqual([
      'Best Documentary (TV/Streaming)',
      'Best Documentary (Theatrical)',
      'Best First Documentary',
      'U.S. Grand Jury Prize: Documentary',
      'World Cinema Grand Jury Prize: Documentary',
    ]);
  });

  it('gives every status event a source', async () => {
    await seeded;
    expect(db.$client.prepare(`select count(*) from status_events where source_id is null`).pluck().get()).toBe(0);
  });

  it('changes nothing when run again, and seedIfEmpty leaves a seeded database alone', async () => {
    await seeded;
    const before = tableCounts(db, SEEDED_TABLES);
    await seedDatabase(db);
    expect(tableCounts(db, SEEDED_TABLES)).toEqual(before);
    expect(await seedIfEmpty(db)).toBeNull();
  });
});
