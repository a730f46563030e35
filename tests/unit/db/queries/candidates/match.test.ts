// Matching a candidate to the catalogue on a real database.
import { describe, expect, it } from 'vitest';
import { matchCandidate } from '@/db/queries/candidates/match';
import { ensureAward, ensureEdition } from '@/db/queries/catalogue';
import { candidate, setup } from './fixtures';

describe('matchCandidate', () => {
  it('matches the seed article fuzzily down to the nomination', () => {
    const { db, edition, category, lovers } = setup();
    const match = matchCandidate(db, candidate());
    expect(match).toMatchObject({
      awardId: edition.awardId,
      editionId: edition.id,
      categoryId: category.id,
      nominationId: lovers.id,
      missing: [],
      reason: null,
    });
  });

  it('finds the edition by its ceremony year or the ordinal given', () => {
    const { db, edition } = setup();
    const later = ensureEdition(
      db,
      { awardId: edition.awardId, slug: '2017', name: '2017 IDA', year: 2017, ordinal: 33, ceremonyDate: '2018-01-05' },
      'test',
    );
    expect(matchCandidate(db, candidate({ year: 2018 })).editionId).toBe(later.id);
    expect(matchCandidate(db, candidate({ year: null, award: 'the 33rd IDA Awards' })).editionId).toBe(later.id);
  });

  it('finds an undated edition of an award held the year after by the awards year its ceremony honours', () => {
    const { db } = setup();
    const oscars = ensureAward(db, { slug: 'academy-awards', name: 'Academy Awards', kind: 'ceremony' }, 'test');
    const edition = (ordinal: number, year: number, ceremonyDate: string | null = null) =>
      ensureEdition(
        db,
        { awardId: oscars.id, slug: `${ordinal}th`, name: `${ordinal}th Academy Awards`, ordinal, year, ceremonyDate },
        'test',
      );
    edition(89, 2016, '2017-02-26'); // dated: the ceremony is a year after the films it honours
    const ninetySixth = edition(96, 2023);
    const ninetySeventh = edition(97, 2024);
    // "At the 96th Academy Awards" is the 2024 ceremony, which honours 2023.
    const at2024 = matchCandidate(db, candidate({ award: 'Academy Awards', year: 2024, category: null }));
    expect(at2024.editionId).toBe(ninetySixth.id);
    expect(matchCandidate(db, candidate({ award: 'Academy Awards', year: 2025, category: null })).editionId).toBe(
      ninetySeventh.id,
    );
  });

  it('uses the source award hint when the text names none', () => {
    const { db, edition } = setup();
    expect(matchCandidate(db, candidate({ award: null }), edition.awardId).editionId).toBe(edition.id);
    expect(matchCandidate(db, candidate({ award: null })).reason).toBe('the announcement names no award');
  });

  it('says what is missing and why', () => {
    const { db } = setup();
    expect(matchCandidate(db, candidate({ year: 2012 }))).toMatchObject({
      editionId: null,
      missing: ['edition', 'category', 'film', 'nomination'],
      reason: 'no edition 2012 of IDA Documentary Awards',
    });
    const unknown = matchCandidate(db, candidate({ film: 'E2E Unknown Film' }));
    expect(unknown.missing).toEqual(['film', 'nomination']);
    expect(unknown.reason).toBe('film not in the catalogue');
    const otherCategory = matchCandidate(db, candidate({ category: 'Best Short' }));
    expect(otherCategory.reason).toBe('no category "Best Short" in 2016 IDA Documentary Awards');
  });
});
