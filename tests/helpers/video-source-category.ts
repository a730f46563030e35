// A one-category edition for the ceremony-night tests: the 2016 IDA Documentary Awards' ABC News
// VideoSource Award with its two known nominees, both nominated, as they stood before the ceremony.
// `moreTitles` adds further nominees where a test needs a bigger field (test data, not a claim).
import { ensureAward, ensureCategory, ensureEdition } from '@/db/queries/catalogue';
import { ensureFilm } from '@/db/queries/films';
import { createNomination } from '@/db/queries/nominations';
import { ensureSource } from '@/db/queries/sources';
import type { Db } from '@/db/client';

export function seedVideoSourceCategory(db: Db, moreTitles: readonly string[] = []) {
  const award = ensureAward(
    db,
    { slug: 'ida-documentary-awards', name: 'IDA Documentary Awards', kind: 'ceremony' },
    'test',
  );
  const edition = ensureEdition(
    db,
    { awardId: award.id, slug: '2016', name: '2016 IDA Documentary Awards', year: 2016 },
    'test',
  );
  const category = ensureCategory(db, { editionId: edition.id, name: 'ABC News VideoSource Award' }, 'test');
  const source = ensureSource(db, { key: 'nominations', kind: 'article', publisher: 'IDA' }, 'test');
  const nominate = (title: string, position: number) => {
    const { film } = ensureFilm(db, { title, year: 2016 }, 'test');
    return createNomination(db, {
      categoryId: category.id,
      filmIds: [film.id],
      personIds: [],
      position,
      status: 'nominated',
      reason: { actor: 'test', sourceId: source.id },
    }).nomination;
  };
  return {
    edition,
    category,
    thirteenth: nominate('13th', 1),
    lovers: nominate('The Lovers and the Despot', 2),
    more: moreTitles.map((title, i) => nominate(title, 3 + i)),
  };
}
