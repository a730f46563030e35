import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loadLatestStatuses } from '@/db/queries/awards';
import { ensureAward, ensureCategory, ensureEdition } from '@/db/queries/catalogue';
import { addFilmAlias, ensureFilm } from '@/db/queries/films';
import { findFilmMergeCandidates, mergeFilm, previewFilmMerge } from '@/db/queries/merge-films';
import { MergeError, mergedRecordName } from '@/db/queries/merge-records';
import { citeEvent } from '@/db/queries/candidates/citations';
import { changeStatus, createNomination } from '@/db/queries/nominations';
import { ensureSource } from '@/db/queries/sources';
import { loadStatusHistory } from '@/db/queries/timeline';
import { addCredit, ensurePerson } from '@/db/queries/people';
import { findRedirectSlug } from '@/db/queries/redirects';
import {
  announcements,
  auditLog,
  candidates,
  credits,
  filmAliases,
  films,
  nominationFilms,
  nominations,
  sources,
  statusEvents,
} from '@/db/schema';
import type { Db } from '@/db/client';
import { freshDatabase } from '../../../helpers/db';

const reason = { actor: 'test', note: 'test fixture' };

function setup() {
  const { db } = freshDatabase();
  const award = ensureAward(db, { slug: 'test-awards', name: 'Test Awards', kind: 'ceremony' }, 'test');
  const edition = ensureEdition(db, { awardId: award.id, slug: '2001', name: 'Test Awards 2001', year: 2001 }, 'test');
  const category = ensureCategory(db, { editionId: edition.id, name: 'Best Documentary' }, 'test');
  const other = ensureCategory(db, { editionId: edition.id, name: 'Best Editing' }, 'test');
  const survivor = ensureFilm(db, { title: 'Night Harbour', year: 2001 }, 'test').film;
  // A second record of the same film, as an import might make it under another title.
  const duplicate = ensureFilm(
    db,
    { title: 'The Night Harbour', year: 2000, runtimeMinutes: 91, imdbId: 'tt0000091' },
    'test',
  ).film;
  return { db, category, other, survivor, duplicate };
}

function nominate(db: Db, categoryId: number, filmIds: number[], status: 'nominated' | 'won' | 'lost' = 'nominated') {
  return createNomination(db, { categoryId, filmIds, personIds: [], status, reason }).nomination;
}

function merge(db: Db, fromId: number, intoId: number) {
  const version = (id: number) => db.select().from(films).where(eq(films.id, id)).get()!.version;
  return mergeFilm(db, {
    fromId,
    intoId,
    expectedFromVersion: version(fromId),
    expectedIntoVersion: version(intoId),
    actor: 'user:1',
  });
}

describe('mergeFilm', () => {
  it('re-points the facts found in announcements that named the merged film', () => {
    const { db, survivor, duplicate } = setup();
    const source = db.insert(sources).values({ kind: 'feed', title: 'A test feed item' }).returning().get();
    const announcement = db
      .insert(announcements)
      .values({ guid: 'test:1', body: 'Test text.', contentHash: 'x', sourceId: source.id })
      .returning()
      .get();
    const candidate = db
      .insert(candidates)
      .values({
        announcementId: announcement.id,
        film: 'The Night Harbour',
        status: 'nominated',
        confidence: 0.5,
        evidence: 'Test text.',
        filmId: duplicate.id,
      })
      .returning()
      .get();

    merge(db, duplicate.id, survivor.id);

    expect(db.select().from(candidates).where(eq(candidates.id, candidate.id)).get()!.filmId).toBe(survivor.id);
  });

  it('moves nominations, credits and aliases, fills empty fields, deletes the old film and redirects its slug', async () => {
    const { db, category, survivor, duplicate } = setup();
    const nomination = nominate(db, category.id, [duplicate.id]);
    const director = ensurePerson(db, { name: 'Ada Example' }, 'test').person;
    addCredit(db, duplicate.id, director.id, 'director');
    addCredit(db, survivor.id, director.id, 'director');
    addCredit(db, duplicate.id, director.id, 'producer');
    addFilmAlias(db, duplicate.id, 'Harbour at Night');

    const summary = merge(db, duplicate.id, survivor.id);

    expect(db.select().from(films).where(eq(films.id, duplicate.id)).get()).toBeUndefined();
    const after = db.select().from(films).where(eq(films.id, survivor.id)).get()!;
    // The survivor's year stays; what it lacked comes over.
    expect(after).toMatchObject({ year: 2001, runtimeMinutes: 91, imdbId: 'tt0000091', version: survivor.version + 1 });
    expect(summary.kept).toEqual([{ field: 'year', label: 'Year', survivor: 2001, merged: 2000 }]);
    expect(
      db.select().from(nominationFilms).where(eq(nominationFilms.nominationId, nomination.id)).all(),
    ).toMatchObject([{ filmId: survivor.id }]);
    expect(db.select().from(nominations).where(eq(nominations.id, nomination.id)).get()!.nomineeKey).toBe(
      `f:${survivor.id}`,
    );
    expect(summary.credits).toEqual({ moved: 1, duplicates: 1 });
    expect(db.select({ role: credits.role }).from(credits).where(eq(credits.filmId, survivor.id)).all()).toHaveLength(
      2,
    );
    const aliases = db.select().from(filmAliases).where(eq(filmAliases.filmId, survivor.id)).all();
    expect(aliases.map((a) => a.alias).sort()).toEqual(['Harbour at Night', 'The Night Harbour']);
    expect(await findRedirectSlug(db, 'film', duplicate.slug)).toBeDefined();
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'film.merge')).all();
    expect(audit).toMatchObject([{ actor: 'user:1', entityType: 'film', entityId: survivor.id }]);
    expect(audit[0]!.after).toMatchObject({ redirect: duplicate.slug, nominationsRelinked: [nomination.id] });
    // The survivor's page names the merged film from this entry, which the address after the merge carries.
    expect(summary.auditId).toBe(audit[0]!.id);
    const reader = { actor: 'user:1', now: new Date() };
    expect(mergedRecordName(db, audit[0]!.id, 'film', reader)).toBe(summary.merged.name);
    expect(mergedRecordName(db, audit[0]!.id, 'person', reader)).toBeUndefined();
    expect(mergedRecordName(db, audit[0]!.id - 1, 'film', reader)).toBeUndefined();
    // Another admin opening the same address reads no message.
    expect(mergedRecordName(db, audit[0]!.id, 'film', { ...reader, actor: 'user:2' })).toBeUndefined();
  });

  it('drops the duplicate link of a nomination that named both records', () => {
    const { db, category, survivor, duplicate } = setup();
    const both = nominate(db, category.id, [survivor.id, duplicate.id]);
    const summary = merge(db, duplicate.id, survivor.id);
    expect(summary.nominations.duplicateLinkIds).toEqual([both.id]);
    expect(db.select().from(nominationFilms).where(eq(nominationFilms.nominationId, both.id)).all()).toMatchObject([
      { filmId: survivor.id },
    ]);
    expect(db.select().from(nominations).where(eq(nominations.id, both.id)).get()!.nomineeKey).toBe(`f:${survivor.id}`);
  });

  it('makes one nomination of the same nominee recorded under each record, keeping the one further along', () => {
    const { db, category, other, survivor, duplicate } = setup();
    const kept = nominate(db, category.id, [duplicate.id], 'won');
    const removed = nominate(db, category.id, [survivor.id], 'nominated');
    const elsewhere = nominate(db, other.id, [survivor.id]);
    const removedEvents = db.select().from(statusEvents).where(eq(statusEvents.nominationId, removed.id)).all();

    const summary = merge(db, duplicate.id, survivor.id);

    expect(summary.nominations.merged).toEqual([
      {
        keptId: kept.id,
        removedId: removed.id,
        categoryId: category.id,
        keptStatus: 'won',
        removedStatus: 'nominated',
        eventsFolded: [],
        eventsMoved: removedEvents.map((e) => e.id),
        eventsDropped: [],
      },
    ]);
    expect(db.select().from(nominations).where(eq(nominations.id, removed.id)).get()).toBeUndefined();
    const survivorRow = db.select().from(nominations).where(eq(nominations.id, kept.id)).get()!;
    expect(survivorRow).toMatchObject({ status: 'won', nomineeKey: `f:${survivor.id}` });
    // The kept one was recorded straight as won: the removed one's "nominated" is history it lacked.
    const events = db.select().from(statusEvents).where(eq(statusEvents.nominationId, kept.id)).all();
    expect(events.map((e) => e.id)).toEqual(expect.arrayContaining(removedEvents.map((e) => e.id)));
    // A nomination in another category is untouched.
    expect(db.select().from(nominations).where(eq(nominations.id, elsewhere.id)).get()!.nomineeKey).toBe(
      `f:${survivor.id}`,
    );
    // And later status changes work on the merged nomination.
    changeStatus(db, { nominationId: kept.id, to: 'lost', actor: 'test', note: 'correction' });
  });

  it('keeps the survivor’s nomination when it is the one further along', () => {
    const { db, category, survivor, duplicate } = setup();
    const relinked = nominate(db, category.id, [duplicate.id], 'nominated');
    const twin = nominate(db, category.id, [survivor.id], 'lost');
    const summary = merge(db, duplicate.id, survivor.id);
    expect(summary.nominations.merged).toMatchObject([{ keptId: twin.id, removedId: relinked.id }]);
    expect(db.select().from(nominations).all()).toMatchObject([{ id: twin.id, status: 'lost' }]);
    // The relinked one's "nominated" said again what the twin's says: it is folded into it, not repeated.
    expect(db.select().from(statusEvents).where(eq(statusEvents.nominationId, twin.id)).all()).toMatchObject([
      { toStatus: 'nominated' },
      { toStatus: 'lost' },
    ]);
  });

  it('cites the sources of a duplicate’s history beside the kept events instead of repeating a status after the win', async () => {
    const { db, category, survivor, duplicate } = setup();
    const paper = ensureSource(
      db,
      { kind: 'article', url: 'https://paper.example/nominees', title: 'The nominees' },
      'test',
    );
    const trade = ensureSource(
      db,
      { kind: 'article', url: 'https://trade.example/noms', title: 'Nominations' },
      'test',
    );
    const blog = ensureSource(
      db,
      { kind: 'article', url: 'https://blog.example/noms', title: 'Also nominated' },
      'test',
    );
    const winner = createNomination(db, {
      categoryId: category.id,
      filmIds: [survivor.id],
      personIds: [],
      status: 'nominated',
      reason: { actor: 'test', sourceId: paper.id },
    }).nomination;
    changeStatus(db, { nominationId: winner.id, to: 'won', actor: 'user:1', note: 'Ceremony night.' });
    // Entered later under the other record, from another outlet, which a third one confirmed.
    const duplicateRecord = createNomination(db, {
      categoryId: category.id,
      filmIds: [duplicate.id],
      personIds: [],
      status: 'nominated',
      reason: { actor: 'job:ingest', sourceId: trade.id, note: 'Read in the trade feed.' },
    }).nomination;
    const [duplicateEvent] = db
      .select()
      .from(statusEvents)
      .where(eq(statusEvents.nominationId, duplicateRecord.id))
      .all();
    citeEvent(db, duplicateEvent!, blog.id, 'job:ingest');

    const summary = merge(db, duplicate.id, survivor.id);

    const [nominatedEvent, wonEvent] = db
      .select()
      .from(statusEvents)
      .where(eq(statusEvents.nominationId, winner.id))
      .all();
    expect(db.select().from(statusEvents).where(eq(statusEvents.nominationId, winner.id)).all()).toHaveLength(2);
    expect(wonEvent).toMatchObject({ toStatus: 'won' });
    const history = (await loadStatusHistory(db, [winner.id])).get(winner.id)!;
    expect(history.map((event) => [event.toStatus, event.furtherSources.map((source) => source.title)])).toEqual([
      ['nominated', ['Nominations', 'Also nominated']],
      ['won', []],
    ]);
    // The folded event is gone from the history but not from the record: the merge's audit entry keeps it.
    expect(summary.nominations.merged).toMatchObject([
      {
        keptId: winner.id,
        removedId: duplicateRecord.id,
        eventsFolded: [
          {
            id: duplicateEvent!.id,
            toStatus: 'nominated',
            sourceId: trade.id,
            note: 'Read in the trade feed.',
            intoEventId: nominatedEvent!.id,
          },
        ],
        eventsMoved: [],
      },
    ]);
    const entries = db.select().from(auditLog).all();
    expect(entries.find((entry) => entry.action === 'nomination.merged')).toMatchObject({
      entityType: 'nomination',
      entityId: duplicateRecord.id,
      after: { mergedInto: winner.id, eventsFolded: [{ note: 'Read in the trade feed.', sourceId: trade.id }] },
    });
    // The merged film's own history ends with the merge too, not only the survivor's.
    expect(entries.find((entry) => entry.action === 'film.merged')).toMatchObject({
      entityType: 'film',
      entityId: duplicate.id,
      after: { mergedInto: survivor.id, redirect: duplicate.slug },
    });
  });

  it('leaves out a result the kept nomination never had, so a winner shows no "lost" a reopen undid', async () => {
    const { db, category, survivor, duplicate } = setup();
    // Ceremony night: marked winner, undone, the category closed (lost) and reopened (nominated again).
    const removed = createNomination(db, {
      categoryId: category.id,
      filmIds: [survivor.id],
      personIds: [],
      status: 'nominated',
      reason: { ...reason, occurredOn: '2001-02-10' },
    }).nomination;
    for (const to of ['won', 'nominated', 'lost', 'nominated'] as const) {
      changeStatus(db, { nominationId: removed.id, to, actor: 'test', note: `to ${to}` });
    }
    const lostEvent = db.select().from(statusEvents).where(eq(statusEvents.toStatus, 'lost')).get()!;
    // The same film, pasted again as a new record with no date, marked a joint winner.
    const kept = nominate(db, category.id, [duplicate.id]);
    changeStatus(db, { nominationId: kept.id, to: 'won', actor: 'test', note: 'joint winner' });

    const summary = merge(db, duplicate.id, survivor.id);

    expect(summary.nominations.merged).toMatchObject([{ keptId: kept.id, removedId: removed.id }]);
    const history = (await loadStatusHistory(db, [kept.id])).get(kept.id)!;
    expect(history.map((event) => [event.fromStatus, event.toStatus, event.occurredOn])).toEqual([
      [null, 'nominated', '2001-02-10'],
      ['nominated', 'won', null],
    ]);
    expect(db.select().from(nominations).where(eq(nominations.id, kept.id)).get()).toMatchObject({ status: 'won' });
    const entry = db.select().from(auditLog).where(eq(auditLog.action, 'nomination.merged')).get()!;
    expect(entry.after).toMatchObject({
      mergedInto: kept.id,
      eventsDropped: [{ id: lostEvent.id, fromStatus: 'nominated', toStatus: 'lost', note: 'to lost' }],
    });
  });

  it('keeps the survivor’s nomination, and so its address, when both are at the same status', () => {
    const { db, category, survivor, duplicate } = setup();
    const twin = nominate(db, category.id, [survivor.id], 'nominated');
    // Recorded later under the duplicate: the more recent of the two, at the same status.
    const relinked = nominate(db, category.id, [duplicate.id], 'nominated');
    const summary = merge(db, duplicate.id, survivor.id);
    expect(summary.nominations.merged).toMatchObject([{ keptId: twin.id, removedId: relinked.id }]);
    expect(db.select().from(nominations).all()).toMatchObject([{ id: twin.id, status: 'nominated' }]);
  });

  it('shows the kept status with the event that set it, not a later event the merge brought over', async () => {
    const { db, category, survivor, duplicate } = setup();
    const twin = nominate(db, category.id, [survivor.id]);
    changeStatus(db, {
      nominationId: twin.id,
      to: 'lost',
      actor: 'user:1',
      note: 'Category closed on ceremony night.',
    });
    // Recorded later under the other record: only nominated, from an import.
    const relinked = createNomination(db, {
      categoryId: category.id,
      filmIds: [duplicate.id],
      personIds: [],
      status: 'nominated',
      reason: { actor: 'import:csv', note: 'Imported from nominees.csv' },
    }).nomination;
    const summary = merge(db, duplicate.id, survivor.id);
    expect(summary.nominations.merged).toMatchObject([{ keptId: twin.id, removedId: relinked.id }]);
    const shown = (await loadLatestStatuses(db, [twin.id])).get(twin.id);
    expect(shown).toMatchObject({ status: 'lost', note: 'Category closed on ceremony night.' });
  });

  it('re-points redirects that led to the merged film', async () => {
    const { db, survivor, duplicate } = setup();
    const third = ensureFilm(db, { title: 'Harbour Nights', year: 2001 }, 'test').film;
    merge(db, third.id, duplicate.id);
    merge(db, duplicate.id, survivor.id);
    expect(await findRedirectSlug(db, 'film', third.slug)).toBe(survivor.slug);
    expect(await findRedirectSlug(db, 'film', duplicate.slug)).toBe(survivor.slug);
    expect(await findRedirectSlug(db, 'film', survivor.slug)).toBeUndefined();
  });

  it('refuses a film merged into itself, unknown ids, stale versions and different IMDb ids, changing nothing', () => {
    const { db, category, survivor, duplicate } = setup();
    nominate(db, category.id, [duplicate.id]);
    const request = {
      fromId: duplicate.id,
      intoId: survivor.id,
      expectedFromVersion: duplicate.version,
      expectedIntoVersion: survivor.version,
      actor: 'user:1',
    };
    const reasonOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(MergeError);
        return (error as MergeError).reason;
      }
      return 'merged';
    };
    expect(reasonOf(() => mergeFilm(db, { ...request, fromId: survivor.id }))).toBe('same');
    expect(reasonOf(() => mergeFilm(db, { ...request, fromId: 9999 }))).toBe('missing');
    expect(reasonOf(() => mergeFilm(db, { ...request, expectedIntoVersion: survivor.version + 1 }))).toBe('conflict');
    expect(reasonOf(() => mergeFilm(db, { ...request, expectedFromVersion: duplicate.version + 1 }))).toBe('conflict');
    db.update(films).set({ imdbId: 'tt0000001' }).where(eq(films.id, survivor.id)).run();
    expect(() => mergeFilm(db, request)).toThrow(/IMDb id tt0000001 .* tt0000091: they are probably not the same film/);
    expect(db.select().from(films).all()).toHaveLength(2);
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'film.merge')).all()).toHaveLength(0);
  });

  it('previews exactly what the merge does, writing nothing', async () => {
    const { db, category, survivor, duplicate } = setup();
    nominate(db, category.id, [duplicate.id]);
    const before = db.select().from(films).all();
    const preview = previewFilmMerge(db, duplicate.id, survivor.id);
    expect(db.select().from(films).all()).toEqual(before);
    expect(await findRedirectSlug(db, 'film', duplicate.slug)).toBeUndefined();
    expect(merge(db, duplicate.id, survivor.id)).toEqual(preview);
  });
});

describe('the films an editor may pick as the duplicate', () => {
  it('are found by words in any order, an alias, the IMDb id or part of a title, never the film kept', async () => {
    const { db } = freshDatabase();
    const kept = ensureFilm(db, { title: 'The Lovers and the Despot', year: 2016 }, 'seed').film;
    const other = ensureFilm(db, { title: 'Lovers & Despot', year: 2015, imdbId: 'tt4183692' }, 'seed').film;
    expect(other.id).not.toBe(kept.id);
    addFilmAlias(db, other.id, 'Los amantes y el déspota');
    const picked = async (text: string) => (await findFilmMergeCandidates(db, text, kept.id)).map((film) => film.id);

    expect(await picked('despot lovers')).toEqual([other.id]);
    expect(await picked('amantes despota')).toEqual([other.id]);
    expect(await picked('TT4183692')).toEqual([other.id]);
    expect(await picked('overs and d')).toEqual([other.id]);
    expect(await picked('nothing like it')).toEqual([]);
  });
});
