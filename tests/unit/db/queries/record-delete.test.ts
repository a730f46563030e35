// Deleting a record entered by mistake: refused, naming what still refers to it, while anything does;
// otherwise gone with its own parts (aliases, credits, old addresses, an award's canonical categories),
// out of the search index, and copied into the audit log. Nothing else is touched.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ensureAward, ensureCanonicalCategory, ensureEdition } from '@/db/queries/catalogue';
import { addFilmAlias, ensureFilm } from '@/db/queries/films';
import { deleteNomination } from '@/db/queries/nomination-delete';
import { addCredit, addPersonAlias, ensurePerson } from '@/db/queries/people';
import { ensureSource } from '@/db/queries/sources';
import { NOTICE_MINUTES } from '@/db/queries/audit';
import { deletedRecordName, deleteUnusedRecord, DeleteRefusedError } from '@/db/queries/record-delete';
import {
  announcements,
  auditLog,
  awards,
  candidates,
  canonicalCategories,
  categories,
  credits,
  editions,
  filmAliases,
  films,
  ingestionSources,
  people,
  personAliases,
  slugRedirects,
} from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';
import { seedVideoSourceCategory } from '../../../helpers/video-source-category';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DeleteRefusedError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
};
const searchRows = (db: ReturnType<typeof freshDatabase>['db'], rowid: number) =>
  db.$client.prepare('select count(*) from search_index where rowid = ?').pluck().get(rowid) as number;

describe('deleteUnusedRecord', () => {
  it('refuses a film or category still named by nominations, saying so, and deletes nothing', () => {
    const { db } = freshDatabase();
    const { category, lovers, thirteenth } = seedVideoSourceCategory(db);
    const film = db.select().from(films).where(eq(films.title, '13th')).get()!;
    expect(refusal(() => deleteUnusedRecord(db, { kind: 'film', id: film.id, actor: 'user:1' }))).toBe(
      '“13th” was not deleted: 1 nomination names it (delete them, or merge the film).',
    );
    expect(refusal(() => deleteUnusedRecord(db, { kind: 'category', id: category.id, actor: 'user:1' }))).toBe(
      '“ABC News VideoSource Award” was not deleted: it holds 2 nominations (delete them first).',
    );
    expect(db.select().from(films).where(eq(films.id, film.id)).all()).toHaveLength(1);

    // Emptied, the category can go; then its edition and award, each once the one below has.
    for (const nomination of [thirteenth, lovers]) {
      deleteNomination(db, { nominationId: nomination.id, expectedVersion: nomination.version, actor: 'user:1' });
    }
    const edition = db.select().from(editions).get()!;
    expect(refusal(() => deleteUnusedRecord(db, { kind: 'edition', id: edition.id, actor: 'user:1' }))).toMatch(
      /it has 1 category \(delete it first\)/,
    );
    const deleted = deleteUnusedRecord(db, { kind: 'category', id: category.id, actor: 'user:1' });
    expect(deleted).toEqual({ name: 'ABC News VideoSource Award', auditId: expect.any(Number) });
    const now = new Date();
    expect(deletedRecordName(db, deleted.auditId, { actor: 'user:1', now })).toBe('ABC News VideoSource Award');
    // The message is the deleter's, shortly after: not another admin's, nor one reading it later.
    expect(deletedRecordName(db, deleted.auditId, { actor: 'user:2', now })).toBeUndefined();
    const later = new Date(now.getTime() + (NOTICE_MINUTES + 1) * 60_000);
    expect(deletedRecordName(db, deleted.auditId, { actor: 'user:1', now: later })).toBeUndefined();
    deleteUnusedRecord(db, { kind: 'edition', id: edition.id, actor: 'user:1' });
    const award = db.select().from(awards).get()!;
    deleteUnusedRecord(db, { kind: 'award', id: award.id, actor: 'user:1' });
    expect(db.select().from(categories).all()).toEqual([]);
    expect(searchRows(db, award.id * 4 + 3)).toBe(0);
    expect(
      db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(eq(auditLog.actor, 'user:1'))
        .all()
        .map((entry) => entry.action)
        .filter((action) => action.endsWith('.delete') && !action.startsWith('nomination')),
    ).toEqual(['category.delete', 'edition.delete', 'award.delete']);
  });

  it('takes a film’s aliases, credits and old addresses with it, and leaves the people', () => {
    const { db } = freshDatabase();
    const film = ensureFilm(db, { title: 'Camerapersn', year: 2016 }, 'test').film;
    addFilmAlias(db, film.id, 'Camerapersn (typo)');
    const director = ensurePerson(db, { name: 'Kirsten Johnson' }, 'test').person;
    addCredit(db, film.id, director.id, 'director', 0);
    db.insert(slugRedirects).values({ entityType: 'film', oldSlug: 'older-typo', targetId: film.id }).run();

    deleteUnusedRecord(db, { kind: 'film', id: film.id, actor: 'user:1' });

    expect(db.select().from(films).all()).toEqual([]);
    expect(db.select().from(filmAliases).all()).toEqual([]);
    expect(db.select().from(credits).all()).toEqual([]);
    expect(db.select().from(slugRedirects).all()).toEqual([]);
    expect(db.select().from(people).all()).toHaveLength(1);
    expect(searchRows(db, film.id * 4 + 1)).toBe(0);
    const [entry] = db.select().from(auditLog).where(eq(auditLog.action, 'film.delete')).all();
    expect(entry).toMatchObject({
      actor: 'user:1',
      entityId: film.id,
      before: {
        title: 'Camerapersn',
        aliases: [expect.objectContaining({ alias: 'Camerapersn (typo)' })],
        credits: [expect.objectContaining({ role: 'director' })],
        redirects: [expect.objectContaining({ old_slug: 'older-typo' })],
      },
    });
  });

  it('takes an award’s canonical categories with it, and refuses one that still has editions', () => {
    const { db } = freshDatabase();
    const award = ensureAward(db, { slug: 'zz-award', name: 'ZZ Award', kind: 'ceremony' }, 'test');
    ensureCanonicalCategory(db, { awardId: award.id, name: 'Best Feature' });
    const edition = ensureEdition(db, { awardId: award.id, slug: '2026', name: '2026 ZZ Award', year: 2026 }, 'test');
    expect(refusal(() => deleteUnusedRecord(db, { kind: 'award', id: award.id, actor: 'user:1' }))).toMatch(
      /it has 1 edition/,
    );
    deleteUnusedRecord(db, { kind: 'edition', id: edition.id, actor: 'user:1' });
    deleteUnusedRecord(db, { kind: 'award', id: award.id, actor: 'user:1' });
    expect(db.select().from(canonicalCategories).all()).toEqual([]);
    expect(refusal(() => deleteUnusedRecord(db, { kind: 'award', id: award.id, actor: 'user:1' }))).toBe(
      'This award no longer exists: someone else deleted it.',
    );
  });
});

describe('what else refers to a record', () => {
  it('a candidate waiting for review refuses the deletion; a decided one only loses its link', () => {
    const { db } = freshDatabase();
    const film = ensureFilm(db, { title: 'Camerapersn', year: 2016 }, 'test').film;
    const source = ensureSource(db, { kind: 'article', url: 'https://example.test/a' }, 'test');
    const announcement = db
      .insert(announcements)
      .values({ guid: 'a', url: 'https://example.test/a', body: 'text', contentHash: 'h', sourceId: source.id })
      .returning()
      .get();
    const waiting = db
      .insert(candidates)
      .values({
        announcementId: announcement.id,
        film: 'Camerapersn',
        status: 'nominated',
        confidence: 0.5,
        evidence: 'Camerapersn is up for it.',
        filmId: film.id,
      })
      .returning()
      .get();
    expect(refusal(() => deleteUnusedRecord(db, { kind: 'film', id: film.id, actor: 'user:1' }))).toBe(
      '“Camerapersn” was not deleted: 1 candidate in the review queue (decide them first).',
    );
    db.update(candidates).set({ state: 'rejected' }).where(eq(candidates.id, waiting.id)).run();
    deleteUnusedRecord(db, { kind: 'film', id: film.id, actor: 'user:1' });
    expect(db.select().from(candidates).get()).toMatchObject({ film: 'Camerapersn', filmId: null, state: 'rejected' });
  });

  it('an ingestion source about an award refuses it; a person goes with their aliases kept in the audit entry', () => {
    const { db } = freshDatabase();
    const award = ensureAward(db, { slug: 'zz-award', name: 'ZZ Award', kind: 'ceremony' }, 'test');
    db.insert(ingestionSources)
      .values({ url: 'https://example.test/feed', kind: 'rss', schedule: '0 * * * *', awardId: award.id })
      .run();
    expect(refusal(() => deleteUnusedRecord(db, { kind: 'award', id: award.id, actor: 'user:1' }))).toMatch(
      /1 ingestion source is about it/,
    );

    const person = ensurePerson(db, { name: 'Kirsten Jonson' }, 'test').person;
    addPersonAlias(db, person.id, 'K. Jonson');
    deleteUnusedRecord(db, { kind: 'person', id: person.id, actor: 'user:1' });
    expect(db.select().from(people).all()).toEqual([]);
    expect(db.select().from(personAliases).all()).toEqual([]);
    const [entry] = db.select().from(auditLog).where(eq(auditLog.action, 'person.delete')).all();
    expect(entry!.before).toMatchObject({ name: 'Kirsten Jonson', aliases: [{ alias: 'K. Jonson' }] });
  });
});
