// The admin's list of an edition's categories is in the order fans and the results screen see: by
// position, and two at one position in the order they were added (not by name).
import { describe, expect, it } from 'vitest';
import { ensureAward, ensureCategory, ensureEdition } from '@/db/queries/catalogue';
import { listCategoriesForEdit } from '@/db/queries/category-admin';
import { listResultsSheet } from '@/db/queries/results-sheet';
import { freshDatabase } from '@/tests/helpers/db';

describe('listCategoriesForEdit', () => {
  it('orders two categories at one position as the results screen does', async () => {
    const { db } = freshDatabase();
    const award = ensureAward(db, { slug: 'test-prize', name: 'Test Prize', kind: 'festival' }, 'test');
    const edition = ensureEdition(db, { awardId: award.id, slug: '2026', name: 'Test Prize 2026', year: 2026 }, 'test');
    for (const name of ['Best Feature', 'Audience Award'])
      ensureCategory(db, { editionId: edition.id, name, position: 1 }, 'test');
    const admin = (await listCategoriesForEdit(db, edition.id)).map((category) => category.name);
    expect(admin).toEqual(['Best Feature', 'Audience Award']);
    expect((await listResultsSheet(db, edition.id)).map((category) => category.name)).toEqual(admin);
  });
});
