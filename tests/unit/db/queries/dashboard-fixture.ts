// The seeded 2016–17 season on a fresh database, plus the two Academy Awards documentary nominations of
// it that the dashboard tests need (the full oscar_data import is slow and not needed here), an earlier
// and a later Oscars edition, and a non-documentary film in a non-documentary category.
import type { Db } from '@/db/client';
import { ensureAward, ensureCanonicalCategory, ensureCategory, ensureEdition } from '@/db/queries/catalogue';
import { ensureFilm } from '@/db/queries/films';
import { createNomination } from '@/db/queries/nominations';
import { seedSeason2016 } from '@/db/seed/season-2016-17';
import type { NominationStatus } from '@/db/schema';

const reason = { actor: 'test', note: 'test fixture' };

function nominate(db: Db, categoryId: number, title: string, year: number, status: NominationStatus) {
  const { film } = ensureFilm(db, { title, year }, 'test');
  return createNomination(db, { categoryId, filmIds: [film.id], personIds: [], status, reason }).nomination;
}

export function seedDashboardFixture(db: Db) {
  seedSeason2016(db);
  const oscars = ensureAward(db, { slug: 'academy-awards', name: 'Academy Awards', kind: 'ceremony' }, 'test');
  const documentary = ensureCanonicalCategory(db, {
    awardId: oscars.id,
    name: 'Documentary (Feature)',
    isDocumentary: true,
  });
  const edition = (slug: string, ordinal: number, year: number) =>
    ensureEdition(db, { awardId: oscars.id, slug, name: `${slug} Academy Awards`, ordinal, year }, 'test');
  const category = (editionId: number) =>
    ensureCategory(db, { editionId, name: 'Documentary (Feature)', canonicalCategoryId: documentary.id }, 'test').id;
  const eightyNinth = edition('89th', 89, 2016); // the seed gave it its ceremony date, 26 February 2017
  const doc89 = category(eightyNinth.id);
  nominate(db, doc89, 'O.J.: Made in America', 2016, 'won');
  nominate(db, doc89, '13th', 2016, 'lost');
  nominate(db, category(edition('88th', 88, 2015).id), 'Amy', 2015, 'won');
  nominate(db, category(edition('98th', 98, 2025).id), 'Imaginary Later Film', 2025, 'nominated');
  // A feature film in a category that is not a documentary one: never on the scoreboard.
  const acting = ensureCategory(db, { editionId: eightyNinth.id, name: 'Best Picture' }, 'test');
  nominate(db, acting.id, 'Moonlight', 2016, 'won');
  return { eightyNinth, doc89 };
}
