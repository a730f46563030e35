// The extractor's catalogue read from the database, and the built-in one that stands in for it before
// the first start: the built-in one must hold what the seed loads, so the two never drift apart.
import { describe, expect, it } from 'vitest';
import { writeTransaction } from '@/db/client';
import { seedSeason2016 } from '@/db/seed/season-2016-17';
import { extractCandidates, loadExtractCatalogue } from '@/jobs/extract';
import { BUILTIN_CATALOGUE_INPUT } from '@/jobs/extract/builtin-catalogue';
import { readCatalogueInput } from '@/jobs/extract/load-catalogue';
import { freshDatabase } from '@/tests/helpers/db';

function seededDatabase() {
  const { db } = freshDatabase();
  writeTransaction(db, (tx) => seedSeason2016(tx));
  return db;
}

describe('extract catalogue', () => {
  it('built in, holds every award, category, alias and film the season seed loads', () => {
    const seeded = readCatalogueInput(seededDatabase());
    for (const award of seeded.awards.filter((a) => a.slug !== 'academy-awards')) {
      const builtin = BUILTIN_CATALOGUE_INPUT.awards.find((a) => a.slug === award.slug);
      expect(builtin?.name).toBe(award.name);
      const builtinNames = new Set([builtin!.name, ...builtin!.aliases]);
      expect(award.aliases.filter((alias) => !builtinNames.has(alias))).toEqual([]);
      for (const category of award.categories) {
        const known = builtin!.categories.find((c) => c.name === category.name);
        expect(known, category.name).toBeDefined();
        expect(category.aliases.filter((a) => a !== category.name && !known!.aliases.includes(a))).toEqual([]);
      }
    }
    const builtinFilms = new Set(BUILTIN_CATALOGUE_INPUT.films.map((f) => f.title));
    expect(seeded.films.map((f) => f.title).filter((title) => !builtinFilms.has(title))).toEqual([]);
  });

  it('from the database, resolves award aliases, categories and ordinals to the seeded edition', () => {
    const catalogue = loadExtractCatalogue(seededDatabase());
    const [found] = extractCandidates(
      'OJ: Made in America took the top prize for Best Feature Award at the 32nd International Documentary Association Awards.',
      catalogue,
    );
    expect(found).toMatchObject({
      film: 'O.J.: Made in America',
      status: 'won',
      category: 'Best Feature',
      award: 'IDA Documentary Awards',
      year: 2016,
    });
  });
});
