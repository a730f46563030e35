import { describe, expect, it } from 'vitest';
import { ensureAward, ensureCategory, ensureEdition } from '@/db/queries/catalogue';
import {
  addFilmAlias,
  ensureFilm,
  getFilmBySlug,
  getFilmSlugByImdbId,
  listFilmCredits,
  listFilmTimeline,
} from '@/db/queries/films';
import { changeStatus, createNomination } from '@/db/queries/nominations';
import { addCredit, ensurePerson } from '@/db/queries/people';
import { ensureSource } from '@/db/queries/sources';
import { freshDatabase } from '../../../helpers/db';

const ACTOR = 'test';

/**
 * "The Lovers and the Despot" at four awards whose order is decided by different dates: the 89th
 * Academy Awards (ceremony 2017-02-26), the 2016 IDA Documentary Awards (2016-12-09), and a festival and
 * a ceremony of 2016 with no known date, which sort by their year: the festival at its start, the
 * ceremony at its end.
 */
function setup() {
  const { db } = freshDatabase();
  const { film } = ensureFilm(db, { title: 'The Lovers & the Despot', year: 2016, imdbId: 'tt0000042' }, ACTOR);
  addFilmAlias(db, film.id, 'The Lovers and the Despot');
  const announcement = ensureSource(
    db,
    {
      key: 'announcement',
      kind: 'article',
      url: 'https://example.org/nominees',
      publisher: 'Newsmax',
      title: 'Nominees announced',
      publishedOn: '2016-10-20',
    },
    'test',
  );
  const results = ensureSource(
    db,
    {
      key: 'results',
      kind: 'article',
      url: 'https://example.org/winners',
      publisher: 'TheWrap',
      title: 'Winners',
    },
    'test',
  );
  const category = (
    awardSlug: string,
    awardName: string,
    edition: { slug: string; year: number; ceremonyDate?: string },
    kind: 'ceremony' | 'festival' = 'ceremony',
  ) => {
    const award = ensureAward(db, { slug: awardSlug, name: awardName, kind }, ACTOR);
    const row = ensureEdition(
      db,
      {
        awardId: award.id,
        slug: edition.slug,
        name: `${edition.slug} ${awardName}`,
        year: edition.year,
        ceremonyDate: edition.ceremonyDate,
      },
      ACTOR,
    );
    return ensureCategory(db, { editionId: row.id, name: `${awardName} prize` }, ACTOR).id;
  };
  const oscars = category('academy-awards', 'Academy Awards', { slug: '89th', year: 2016, ceremonyDate: '2017-02-26' });
  const ida = category('ida-documentary-awards', 'IDA Documentary Awards', {
    slug: '2016',
    year: 2016,
    ceremonyDate: '2016-12-09',
  });
  const festival = category('festival', 'Festival', { slug: '2016', year: 2016 }, 'festival');
  const guild = category('guild-awards', 'Guild Awards', { slug: '2016', year: 2016 });
  return { db, film, announcement, results, oscars, ida, festival, guild };
}

describe('the film page reads', () => {
  it('finds the film by slug with its aliases, and its slug by IMDb id', async () => {
    const { db, film } = setup();
    const found = await getFilmBySlug(db, 'the-lovers-and-the-despot-2016');
    expect(found).toMatchObject({ id: film.id, title: 'The Lovers & the Despot', year: 2016 });
    expect(found?.aliases.map((a) => a.alias)).toEqual(['The Lovers and the Despot']);
    expect(await getFilmBySlug(db, 'no-such-film')).toBeUndefined();
    expect(await getFilmSlugByImdbId(db, 'tt0000042')).toBe('the-lovers-and-the-despot-2016');
    expect(await getFilmSlugByImdbId(db, 'tt0000001')).toBeUndefined();
  });

  it('lists credits with directors first', async () => {
    const { db, film } = setup();
    const company = ensurePerson(db, { name: 'Example Pictures', kind: 'company' }, ACTOR).person;
    addCredit(db, film.id, company.id, 'production company');
    addCredit(db, film.id, ensurePerson(db, { name: 'Ross Adam' }, ACTOR).person.id, 'director', 1);
    addCredit(db, film.id, ensurePerson(db, { name: 'Robert Cannan' }, ACTOR).person.id, 'director', 0);
    const credits = await listFilmCredits(db, film.id);
    expect(credits.map((c) => [c.role, c.name])).toEqual([
      ['director', 'Robert Cannan'],
      ['director', 'Ross Adam'],
      ['production company', 'Example Pictures'],
    ]);
  });

  it('gives every nomination across awards in the order they were decided', async () => {
    const { db, film, announcement, oscars, ida, festival, guild } = setup();
    const reason = { actor: ACTOR, sourceId: announcement.id };
    for (const categoryId of [oscars, guild, festival, ida]) {
      createNomination(db, { categoryId, filmIds: [film.id], personIds: [], status: 'shortlisted', reason });
    }
    const timeline = await listFilmTimeline(db, film.id);
    expect(timeline.map((entry) => entry.awardSlug)).toEqual([
      'festival',
      'ida-documentary-awards',
      'guild-awards',
      'academy-awards',
    ]);
    expect(timeline[1]).toMatchObject({
      editionSlug: '2016',
      category: 'IDA Documentary Awards prize',
      ceremonyDate: '2016-12-09',
    });
    expect(timeline[1]?.films.map((f) => f.title)).toEqual(['The Lovers & the Despot']);
  });

  it('carries every status event of a nomination with its date and its source or note', async () => {
    const { db, film, announcement, results, ida } = setup();
    const director = ensurePerson(db, { name: 'Robert Cannan' }, ACTOR).person;
    const { nomination } = createNomination(db, {
      categoryId: ida,
      filmIds: [film.id],
      personIds: [director.id],
      displayName: 'Robert Cannan and Ross Adam',
      status: 'nominated',
      reason: { actor: ACTOR, sourceId: announcement.id, occurredOn: '2016-10-20' },
    });
    changeStatus(db, {
      nominationId: nomination.id,
      to: 'lost',
      actor: ACTOR,
      sourceId: results.id,
      occurredOn: '2016-12-09',
    });
    changeStatus(db, {
      nominationId: nomination.id,
      to: 'nominated',
      actor: 'user:1',
      note: 'Entered on the wrong film',
    });

    const [entry] = await listFilmTimeline(db, film.id);
    expect(entry).toMatchObject({ status: 'nominated', displayName: 'Robert Cannan and Ross Adam' });
    expect(entry?.people.map((p) => p.name)).toEqual(['Robert Cannan']);
    expect(
      entry?.events.map((e) => [e.fromStatus, e.toStatus, e.occurredOn, e.source?.publisher ?? null, e.note]),
    ).toEqual([
      [null, 'nominated', '2016-10-20', 'Newsmax', null],
      ['nominated', 'lost', '2016-12-09', 'TheWrap', null],
      ['lost', 'nominated', null, null, 'Entered on the wrong film'],
    ]);
    expect(entry?.events[0]?.source).toEqual({
      id: announcement.id,
      url: 'https://example.org/nominees',
      publisher: 'Newsmax',
      title: 'Nominees announced',
      publishedOn: '2016-10-20',
    });
  });

  it('is empty for a film without nominations', async () => {
    const { db } = setup();
    const { film } = ensureFilm(db, { title: 'Unnominated', year: 2020 }, ACTOR);
    expect(await listFilmTimeline(db, film.id)).toEqual([]);
  });
});
