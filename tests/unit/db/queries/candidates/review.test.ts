// An editor's decisions on queued candidates: each writes through the status rules with the announcement
// as its source, is audited, and is refused whole when the editor's view of the candidate is stale.
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { findFilmForReview } from '@/db/queries/candidates/film-lookup';
import { processAnnouncement } from '@/db/queries/candidates/process';
import {
  acceptCandidate,
  correctAndAccept,
  mergeCandidateFilm,
  rejectCandidate,
  ReviewError,
} from '@/db/queries/candidates/review';
import { categoryNamedIn, getCandidateForReview } from '@/db/queries/candidates/queue';
import { ensureCategory, ensureEdition } from '@/db/queries/catalogue';
import { ensureFilm } from '@/db/queries/films';
import {
  auditLog,
  candidates,
  categories,
  filmAliases,
  films,
  nominationFilms,
  nominations,
  statusEvents,
} from '@/db/schema';
import type { Db } from '@/db/client';
import { announce, candidate, setup } from './fixtures';

const editor = 'user:7';

/** Queues one candidate (through processAnnouncement, as the job does) and returns its row. */
function queue(db: Db, overrides: Parameters<typeof candidate>[0]) {
  const announcement = announce(db);
  processAnnouncement(db, { announcementId: announcement.id, candidates: [candidate(overrides)], actor: 'job:ingest' });
  const row = db.select().from(candidates).where(eq(candidates.announcementId, announcement.id)).get()!;
  expect(row.state).toBe('pending');
  return { row, announcement };
}

function nominationOf(db: Db, categoryId: number, filmId: number) {
  return db
    .select({ id: nominations.id, status: nominations.status })
    .from(nominations)
    .innerJoin(nominationFilms, eq(nominationFilms.nominationId, nominations.id))
    .where(and(eq(nominations.categoryId, categoryId), eq(nominationFilms.filmId, filmId)))
    .get();
}

describe('a candidate on its review page', () => {
  it('is matched again: an edition and category added since it was queued are found, and its category named', async () => {
    const { db, edition } = setup();
    const { row } = queue(db, { year: 2023, category: 'Best Feature', film: 'Bobi Wine: The People’s President' });
    expect(row.reason).toBe('no edition 2023 of IDA Documentary Awards');

    const added = ensureEdition(
      db,
      { awardId: edition.awardId, slug: '2023', name: '2023 IDA Documentary Awards', year: 2023 },
      't',
    );
    const feature = ensureCategory(db, { editionId: added.id, name: 'Best Feature' }, 't');
    const shown = await getCandidateForReview(db, row.id);
    expect(shown).toMatchObject({
      editionId: added.id,
      editionName: '2023 IDA Documentary Awards',
      categoryId: feature.id,
    });
    expect(shown?.reason).toBe('film not in the catalogue');
    // An edition picked by hand starts from the category the candidate names in it.
    expect(categoryNamedIn(db, added.id, row.category)).toBe(feature.id);
    expect(categoryNamedIn(db, edition.id, row.category)).toBeNull();
  });
});

describe('review decisions', () => {
  it('accepts a fully matched candidate: a known film gets its nomination, citing the announcement', () => {
    const { db, category } = setup();
    const { film } = ensureFilm(db, { title: 'E2E Review Film', year: 2016 }, 'test');
    const { row, announcement } = queue(db, { film: 'E2E Review Film' });
    expect(row.reason).toBe('E2E Review Film is not nominated in ABC News VideoSource Award');

    acceptCandidate(db, { candidateId: row.id, expectedVersion: row.version, actor: editor });
    const nomination = nominationOf(db, category.id, film.id);
    expect(nomination?.status).toBe('nominated');
    const event = db.select().from(statusEvents).where(eq(statusEvents.nominationId, nomination!.id)).get();
    expect(event).toMatchObject({ sourceId: announcement.sourceId, actor: editor });
    expect(db.select().from(candidates).where(eq(candidates.id, row.id)).get()).toMatchObject({
      state: 'accepted',
      decidedBy: editor,
      version: row.version + 1,
    });
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'candidate.accept')).all()).toHaveLength(1);
  });

  it('refuses to accept into a closed category, a new nominee or a change, and writes nothing', () => {
    const { db, category } = setup();
    ensureFilm(db, { title: 'E2E Review Film', year: 2016 }, 'test');
    const added = queue(db, { film: 'E2E Review Film' }).row;
    const moved = queue(db, { status: 'won', confidence: 0.5 }).row;
    db.update(categories).set({ closedAt: '2016-12-10T05:00:00.000Z' }).where(eq(categories.id, category.id)).run();
    const closed =
      'ABC News VideoSource Award is closed, so its results are final: reopen it on the results screen to change them.';
    for (const row of [added, moved]) {
      expect(() => acceptCandidate(db, { candidateId: row.id, expectedVersion: row.version, actor: editor })).toThrow(
        new ReviewError(closed),
      );
      expect(db.select().from(candidates).where(eq(candidates.id, row.id)).get()?.state).toBe('pending');
    }
    expect(db.select().from(statusEvents).where(eq(statusEvents.actor, editor)).all()).toEqual([]);
  });

  it('refuses a stale or repeated click and writes nothing', () => {
    const { db } = setup();
    const { row } = queue(db, { film: 'E2E Nowhere Film' });
    expect(() => acceptCandidate(db, { candidateId: row.id, expectedVersion: row.version, actor: editor })).toThrow(
      /not fully matched \(film not in the catalogue\)/,
    );
    rejectCandidate(db, { candidateId: row.id, expectedVersion: row.version, actor: editor, note: 'not a nomination' });
    expect(() =>
      rejectCandidate(db, { candidateId: row.id, expectedVersion: row.version, actor: editor, note: null }),
    ).toThrow(new ReviewError(`This candidate was already rejected by ${editor}. Reload the review queue.`));
    expect(db.select().from(candidates).where(eq(candidates.id, row.id)).get()?.reason).toBe(
      'rejected: not a nomination',
    );
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'candidate.reject')).all()).toHaveLength(1);
  });

  it('corrects then accepts into another category with a new film created on request', () => {
    const { db, edition } = setup();
    const other = ensureCategory(db, { editionId: edition.id, name: 'Best Feature' }, 'test');
    const { row } = queue(db, { film: 'E2E Brand New Film', year: 2012 });
    correctAndAccept(db, {
      candidateId: row.id,
      expectedVersion: row.version,
      actor: editor,
      categoryId: other.id,
      status: 'won',
      film: { newTitle: 'E2E Brand New Film', year: 2016 },
    });
    const film = db.select().from(films).where(eq(films.title, 'E2E Brand New Film')).get()!;
    expect(nominationOf(db, other.id, film.id)?.status).toBe('won');
    expect(db.select().from(candidates).where(eq(candidates.id, row.id)).get()).toMatchObject({
      state: 'accepted',
      editionId: edition.id,
      categoryId: other.id,
      filmId: film.id,
    });
  });

  it('merges a differently titled film into the existing one: an alias, then the nomination', () => {
    const { db, category, lovers } = setup();
    const { row } = queue(db, { film: 'E2E Lovers Other Title', status: 'won' });
    const loversFilm = db.select().from(nominationFilms).where(eq(nominationFilms.nominationId, lovers.id)).get()!;
    mergeCandidateFilm(db, {
      candidateId: row.id,
      expectedVersion: row.version,
      actor: editor,
      filmId: loversFilm.filmId,
    });
    expect(db.select().from(filmAliases).where(eq(filmAliases.filmId, loversFilm.filmId)).all()).toEqual([
      expect.objectContaining({ alias: 'E2E Lovers Other Title' }),
    ]);
    expect(nominationOf(db, category.id, loversFilm.filmId)?.status).toBe('won');
  });
});

describe('findFilmForReview', () => {
  it('finds one film by title, and says what to do when there is none or several', () => {
    const { db } = setup();
    ensureFilm(db, { title: 'Home', year: 1990 }, 'test');
    ensureFilm(db, { title: 'Home', year: 2009 }, 'test');
    expect(findFilmForReview(db, 'Home', 2009, false)).toEqual({ id: expect.any(Number) });
    expect(findFilmForReview(db, 'Home', null, false)).toEqual({
      refusal: 'Several films are called “Home”: Home (1990); Home (2009). Give the year too.',
    });
    // Only the correcting form offers to create the film.
    expect(findFilmForReview(db, 'E2E No Such Film', 2016, true)).toEqual({
      refusal:
        'No film called “E2E No Such Film” from 2016 is in the catalogue: check the title, or tick “Create a new film”.',
    });
    expect(findFilmForReview(db, 'E2E No Such Film', null, false)).toEqual({
      refusal:
        'No film called “E2E No Such Film” is in the catalogue: check the title of a film that is already there.',
    });
  });
});
