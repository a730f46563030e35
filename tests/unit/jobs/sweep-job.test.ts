import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ensureAward, ensureCategory, ensureEdition } from '@/db/queries/catalogue';
import { ensureFilm } from '@/db/queries/films';
import { changeStatus, createNomination } from '@/db/queries/nominations';
import { auditLog, categories, editions } from '@/db/schema';
import { jobRegistry } from '@/jobs/registry';
import { runJob } from '@/jobs/runner/run-job';
import { isSweepDue, sweepAwaitingResults } from '@/jobs/sweep/sweep-job';
import { freshDatabase } from '@/tests/helpers/db';

const ACTOR = 'job:sweep';
const NIGHT_AFTER = new Date('2017-02-27T09:00:00Z');

/** An award with a 26 February 2017 ceremony, one category, and one nominee in it. */
function ceremony(db: ReturnType<typeof freshDatabase>['db'], ceremonyDate: string | null = '2017-02-26') {
  const award = ensureAward(db, { slug: 'test-awards', name: 'Test Documentary Awards', kind: 'ceremony' }, 'test');
  const edition = ensureEdition(
    db,
    { awardId: award.id, slug: '2016', name: '2016 Test Documentary Awards', year: 2016, ceremonyDate },
    'test',
  );
  const category = ensureCategory(db, { editionId: edition.id, name: 'Best Feature' }, 'test');
  const { film } = ensureFilm(db, { title: 'Imaginary Sweep Film', year: 2016, isDocumentary: true }, 'test');
  const { nomination } = createNomination(db, {
    categoryId: category.id,
    filmIds: [film.id],
    personIds: [],
    status: 'nominated',
    reason: { actor: 'test', note: 'test fixture' },
  });
  return { edition, category, nomination };
}

const awaitingSince = (db: ReturnType<typeof freshDatabase>['db'], id: number) =>
  db.select().from(categories).where(eq(categories.id, id)).get()!.awaitingResultsSince;

describe('the sweep job', () => {
  it('flags a category whose ceremony has passed with no winner, once', () => {
    const { db } = freshDatabase();
    const { category } = ceremony(db);
    expect(sweepAwaitingResults(db, NIGHT_AFTER, ACTOR)).toMatchObject({ flagged: 1, cleared: 0, awaiting: 1 });
    expect(awaitingSince(db, category.id)).toBe(NIGHT_AFTER.toISOString());
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'category.awaiting-results')).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: ACTOR, entityType: 'category', entityId: category.id });

    // Idempotent: a second run an hour later keeps the first moment and writes nothing.
    const later = new Date('2017-02-27T10:00:00Z');
    expect(sweepAwaitingResults(db, later, ACTOR)).toMatchObject({ flagged: 0, cleared: 0, awaiting: 1 });
    expect(awaitingSince(db, category.id)).toBe(NIGHT_AFTER.toISOString());
    expect(db.select().from(auditLog).where(eq(auditLog.actor, ACTOR)).all()).toHaveLength(1);
  });

  it('does not flag on the ceremony day itself, before it, or without a ceremony date', () => {
    const { db } = freshDatabase();
    const { category } = ceremony(db);
    expect(sweepAwaitingResults(db, new Date('2017-02-26T23:00:00Z'), ACTOR).flagged).toBe(0);
    expect(sweepAwaitingResults(db, new Date('2017-01-10T12:00:00Z'), ACTOR).flagged).toBe(0);
    expect(awaitingSince(db, category.id)).toBeNull();

    const undated = freshDatabase().db;
    const other = ceremony(undated, null);
    expect(sweepAwaitingResults(undated, NIGHT_AFTER, ACTOR)).toMatchObject({ checked: 0, flagged: 0 });
    expect(awaitingSince(undated, other.category.id)).toBeNull();
  });

  it('clears the flag once a winner is recorded', () => {
    const { db } = freshDatabase();
    const { category, nomination } = ceremony(db);
    sweepAwaitingResults(db, NIGHT_AFTER, ACTOR);
    changeStatus(db, { nominationId: nomination.id, to: 'won', actor: 'test', note: 'announced on stage' });
    expect(sweepAwaitingResults(db, new Date('2017-02-27T10:07:00Z'), ACTOR)).toMatchObject({
      flagged: 0,
      cleared: 1,
      awaiting: 0,
    });
    expect(awaitingSince(db, category.id)).toBeNull();
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'category.results-recorded')).all()).toHaveLength(1);
  });

  it('clears the flag when the results are declared complete without a winner', () => {
    const { db } = freshDatabase();
    const { category, edition } = ceremony(db);
    sweepAwaitingResults(db, NIGHT_AFTER, ACTOR);
    db.update(editions).set({ resultsComplete: true }).where(eq(editions.id, edition.id)).run();
    expect(sweepAwaitingResults(db, NIGHT_AFTER, ACTOR).cleared).toBe(1);
    expect(awaitingSince(db, category.id)).toBeNull();
  });

  it('reads only the categories it may change: not those of an edition whose results are complete', () => {
    const { db } = freshDatabase();
    const { edition } = ceremony(db);
    expect(sweepAwaitingResults(db, new Date('2017-01-10T12:00:00Z'), ACTOR).checked).toBe(1);
    db.update(editions).set({ resultsComplete: true }).where(eq(editions.id, edition.id)).run();
    expect(sweepAwaitingResults(db, NIGHT_AFTER, ACTOR)).toMatchObject({ checked: 0, flagged: 0, cleared: 0 });
  });

  it('is registered as "sweep", due once per hourly slot, and records its run', async () => {
    const { db } = freshDatabase();
    ceremony(db);
    expect(jobRegistry.sweep?.name).toBe('sweep');
    const at = new Date('2017-02-27T09:10:00Z');
    expect(isSweepDue(db, at)).toBe(true);
    const result = await runJob('sweep', 'manual', { db, now: () => at, holder: 'test' });
    expect(result).toMatchObject({ status: 'succeeded', counts: { flagged: 1 } });
    expect(isSweepDue(db, new Date('2017-02-27T09:59:00Z'))).toBe(false);
    expect(isSweepDue(db, new Date('2017-02-27T10:07:00Z'))).toBe(true);
  });
});
