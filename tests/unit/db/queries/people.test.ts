import { describe, expect, it } from 'vitest';
import { ensureAward, ensureCategory, ensureEdition } from '@/db/queries/catalogue';
import { ensureFilm } from '@/db/queries/films';
import { createNomination } from '@/db/queries/nominations';
import {
  addCredit,
  addPersonAlias,
  ensurePerson,
  getPersonBySlug,
  getPersonSlugByImdbId,
  listPersonCredits,
  listPersonTimeline,
} from '@/db/queries/people';
import { listFilmRecords } from '@/db/queries/record-tallies';
import { ensureSource } from '@/db/queries/sources';
import { freshDatabase } from '../../../helpers/db';

const ACTOR = 'test';

describe('the person page reads', () => {
  it('finds the person by slug with aliases, and by IMDb id', async () => {
    const { db } = freshDatabase();
    const { person } = ensurePerson(db, { name: 'Choi Eun-hee', imdbId: 'nm0000042' }, ACTOR);
    addPersonAlias(db, person.id, 'Choi Un-hui');
    expect(await getPersonBySlug(db, 'choi-eun-hee')).toMatchObject({
      name: 'Choi Eun-hee',
      kind: 'person',
      aliases: [{ alias: 'Choi Un-hui', kind: null }],
    });
    expect(await getPersonBySlug(db, 'nobody')).toBeUndefined();
    expect(await getPersonSlugByImdbId(db, 'nm0000042')).toBe('choi-eun-hee');
  });

  it('lists credits newest first and the nominations that name the person, with their history', async () => {
    const { db } = freshDatabase();
    const source = ensureSource(
      db,
      { key: 's', kind: 'article', url: 'https://example.org/s', publisher: 'TheWrap' },
      'test',
    );
    const ava = ensurePerson(db, { name: 'Ava DuVernay' }, ACTOR).person;
    const thirteenth = ensureFilm(db, { title: '13th', year: 2016 }, ACTOR).film;
    const selma = ensureFilm(db, { title: 'Selma', year: 2014 }, ACTOR).film;
    addCredit(db, selma.id, ava.id, 'director');
    addCredit(db, thirteenth.id, ava.id, 'director');
    addCredit(db, thirteenth.id, ava.id, 'producer');
    expect((await listPersonCredits(db, ava.id)).map((c) => [c.title, c.role])).toEqual([
      ['13th', 'director'],
      ['13th', 'producer'],
      ['Selma', 'director'],
    ]);

    const award = ensureAward(db, { slug: 'academy-awards', name: 'Academy Awards', kind: 'ceremony' }, ACTOR);
    const edition = ensureEdition(
      db,
      { awardId: award.id, slug: '89th', name: '89th Academy Awards', year: 2016 },
      ACTOR,
    );
    const category = ensureCategory(db, { editionId: edition.id, name: 'Documentary (Feature)' }, ACTOR);
    createNomination(db, {
      categoryId: category.id,
      filmIds: [thirteenth.id],
      personIds: [ava.id],
      status: 'lost',
      reason: { actor: ACTOR, sourceId: source.id },
    });
    const timeline = await listPersonTimeline(db, ava.id);
    expect(timeline).toHaveLength(1);
    expect(timeline[0]).toMatchObject({ status: 'lost', editionSlug: '89th', awardSlug: 'academy-awards' });
    expect(timeline[0]?.films.map((f) => f.title)).toEqual(['13th']);
    expect(timeline[0]?.events.map((e) => [e.toStatus, e.source?.publisher])).toEqual([
      ['nominated', 'TheWrap'],
      ['lost', 'TheWrap'],
    ]);

    // The films' own records: 13th also won a prize that names the film alone; a shortlisting is no nomination.
    const other = ensureCategory(db, { editionId: edition.id, name: 'Test category (won)' }, ACTOR);
    for (const status of ['won', 'shortlisted'] as const) {
      createNomination(db, {
        categoryId:
          status === 'won'
            ? other.id
            : ensureCategory(db, { editionId: edition.id, name: 'Test category (shortlisted)' }, ACTOR).id,
        filmIds: [thirteenth.id],
        personIds: [],
        status,
        reason: { actor: ACTOR, sourceId: source.id },
      });
    }
    const records = await listFilmRecords(db, [thirteenth.id, selma.id]);
    // The shortlisting is kept apart, for a list to name where a record has no nomination.
    expect(records.get(thirteenth.id)).toEqual({ nominations: 2, wins: 1, uncounted: { shortlisted: 1 } });
    expect(records.get(selma.id)).toBeUndefined();
  });
});
