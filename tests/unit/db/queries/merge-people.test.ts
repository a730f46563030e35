import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ensureAward, ensureCategory, ensureEdition } from '@/db/queries/catalogue';
import { ensureFilm } from '@/db/queries/films';
import { mergePerson } from '@/db/queries/merge-people';
import { createNomination } from '@/db/queries/nominations';
import { addCredit, addPersonAlias, ensurePerson } from '@/db/queries/people';
import { findRedirectSlug } from '@/db/queries/redirects';
import { auditLog, credits, nominationPeople, nominations, people, personAliases } from '@/db/schema';
import { freshDatabase } from '../../../helpers/db';

function setup() {
  const { db } = freshDatabase();
  const award = ensureAward(db, { slug: 'test-awards', name: 'Test Awards', kind: 'ceremony' }, 'test');
  const edition = ensureEdition(db, { awardId: award.id, slug: '2001', name: 'Test Awards 2001', year: 2001 }, 'test');
  const category = ensureCategory(db, { editionId: edition.id, name: 'Best Director' }, 'test');
  const film = ensureFilm(db, { title: 'Night Harbour', year: 2001 }, 'test').film;
  const survivor = ensurePerson(db, { name: 'Ada Example', wikidataId: 'Q1' }, 'test').person;
  const duplicate = ensurePerson(db, { name: 'A. Example', imdbId: 'nm0000001', wikidataId: 'Q2' }, 'test').person;
  return { db, category, film, survivor, duplicate };
}

describe('mergePerson', () => {
  it('moves nominations, credits (without duplicates) and aliases, fills ids and redirects the old slug', async () => {
    const { db, category, film, survivor, duplicate } = setup();
    const { nomination } = createNomination(db, {
      categoryId: category.id,
      filmIds: [film.id],
      personIds: [duplicate.id],
      status: 'nominated',
      reason: { actor: 'test', note: 'fixture' },
    });
    addCredit(db, film.id, duplicate.id, 'director');
    addCredit(db, film.id, survivor.id, 'director');
    addCredit(db, film.id, duplicate.id, 'editor');
    addPersonAlias(db, duplicate.id, 'Ada X.');

    const summary = mergePerson(db, {
      fromId: duplicate.id,
      intoId: survivor.id,
      expectedFromVersion: duplicate.version,
      expectedIntoVersion: survivor.version,
      actor: 'user:7',
    });

    expect(db.select().from(people).where(eq(people.id, duplicate.id)).get()).toBeUndefined();
    // The IMDb id was missing and comes over; the Wikidata id was set and stays.
    expect(db.select().from(people).where(eq(people.id, survivor.id)).get()).toMatchObject({
      imdbId: 'nm0000001',
      wikidataId: 'Q1',
      version: survivor.version + 1,
    });
    expect(summary.kept).toMatchObject([{ field: 'wikidata_id', survivor: 'Q1', merged: 'Q2' }]);
    expect(
      db.select().from(nominationPeople).where(eq(nominationPeople.nominationId, nomination.id)).all(),
    ).toMatchObject([{ personId: survivor.id }]);
    expect(db.select().from(nominations).where(eq(nominations.id, nomination.id)).get()!.nomineeKey).toBe(
      `f:${film.id}|p:${survivor.id}`,
    );
    const roles = db.select({ role: credits.role }).from(credits).where(eq(credits.personId, survivor.id)).all();
    expect(roles.map((r) => r.role).sort()).toEqual(['director', 'editor']);
    const aliases = db.select().from(personAliases).where(eq(personAliases.personId, survivor.id)).all();
    expect(aliases.map((a) => a.alias).sort()).toEqual(['A. Example', 'Ada X.']);
    expect(await findRedirectSlug(db, 'person', duplicate.slug)).toBe(survivor.slug);
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'person.merge')).all()).toMatchObject([
      { actor: 'user:7', entityType: 'person', entityId: survivor.id },
    ]);
  });

  it('refuses two people with different IMDb ids', () => {
    const { db, survivor, duplicate } = setup();
    db.update(people).set({ imdbId: 'nm0000002' }).where(eq(people.id, survivor.id)).run();
    expect(() =>
      mergePerson(db, {
        fromId: duplicate.id,
        intoId: survivor.id,
        expectedFromVersion: duplicate.version,
        expectedIntoVersion: survivor.version,
        actor: 'user:7',
      }),
    ).toThrow(/probably not the same person/);
    expect(db.select().from(people).all()).toHaveLength(2);
  });
});
