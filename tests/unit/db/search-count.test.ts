// A text search counts the matching names' nominations without joining their editions: a nomination
// shared by two matching films (or a film and a person) must still count once, as it is listed once.
import { describe, expect, it } from 'vitest';
import { ensureAward, ensureCategory, ensureEdition } from '@/db/queries/catalogue';
import { ensureFilm } from '@/db/queries/films';
import { createNomination } from '@/db/queries/nominations';
import { ensurePerson } from '@/db/queries/people';
import { parseSearchText, searchNominations } from '@/db/search';
import { freshDatabase } from '@/tests/helpers/db';

const reason = { actor: 'test', note: 'test fixture' };

describe('the count of a text search', () => {
  it('counts a nomination once however many of its names match', async () => {
    const { db } = freshDatabase();
    const award = ensureAward(db, { slug: 'test-award', name: 'Test Award', kind: 'festival' }, 'test');
    const edition = ensureEdition(db, { awardId: award.id, slug: '2020', name: '2020', year: 2020 }, 'test');
    const category = ensureCategory(db, { editionId: edition.id, name: 'Test Category' }, 'test');
    const one = ensureFilm(db, { title: 'Zorblax One', year: 2020 }, 'test').film;
    const two = ensureFilm(db, { title: 'Zorblax Two', year: 2020 }, 'test').film;
    const person = ensurePerson(db, { name: 'Zorblax Person' }, 'test').person;
    const shared = { categoryId: category.id, status: 'nominated' as const, reason };
    createNomination(db, { ...shared, filmIds: [one.id, two.id], personIds: [person.id] });
    createNomination(db, { ...shared, filmIds: [two.id], personIds: [] });

    const results = await searchNominations(
      db,
      { text: parseSearchText('zorblax') },
      { limit: 10, offset: 0, countLimit: 100 },
    );
    expect(results.rows).toHaveLength(2);
    expect(results.total).toBe(2);
    expect(results.isCountCapped).toBe(false);

    const capped = await searchNominations(
      db,
      { text: parseSearchText('zorblax') },
      { limit: 10, offset: 0, countLimit: 1 },
    );
    expect(capped).toMatchObject({ total: 1, isCountCapped: true });
  });
});
