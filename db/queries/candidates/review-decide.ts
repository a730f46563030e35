// The steps every review decision shares: loading the pending candidate at the version the editor saw
// (else a clear refusal), reading its announcement, and recording an acceptance (the status through
// applyResolution, the candidate's new state and the audit entry, and the same claim's other reports, twins.ts).
// Callers run them in one transaction.
import { eq } from 'drizzle-orm';
import type { Executor } from '../../client';
import { announcements, candidates, categories, editions, ingestionSources, type Candidate } from '../../schema';
import { describeActor, recordAudit } from '../audit';
import { applyResolution, ReviewError, type Resolution } from './resolve';
import { settleTwins } from './twins';

export interface Decision {
  candidateId: number;
  expectedVersion: number;
  actor: string;
}

/** The pending candidate at the version the editor saw, or a clear refusal. */
export function loadPending(tx: Executor, input: Decision): Candidate {
  const row = tx.select().from(candidates).where(eq(candidates.id, input.candidateId)).get();
  if (!row) throw new ReviewError('This candidate no longer exists. Reload the review queue.');
  if (row.state !== 'pending' || row.version !== input.expectedVersion) {
    const by = row.decidedBy ? ` by ${describeActor(tx, row.decidedBy)}` : '';
    throw new ReviewError(
      row.state === 'pending'
        ? 'Someone else changed this candidate since you loaded it. Reload the review queue and try again.'
        : `This candidate was already ${row.state}${by}. Reload the review queue.`,
    );
  }
  return row;
}

/** The announcement's citation source, publication day and source award. */
export function announcementOf(tx: Executor, announcementId: number) {
  const row = tx
    .select({
      sourceId: announcements.sourceId,
      publishedAt: announcements.publishedAt,
      awardId: ingestionSources.awardId,
    })
    .from(announcements)
    .leftJoin(ingestionSources, eq(ingestionSources.id, announcements.ingestionSourceId))
    .where(eq(announcements.id, announcementId))
    .get();
  if (!row) throw new ReviewError('The announcement of this candidate no longer exists.');
  return row;
}

export function decide(tx: Executor, row: Candidate, input: Decision, resolution: Resolution, action: string) {
  const announcement = announcementOf(tx, row.announcementId);
  const outcome = applyResolution(tx, resolution, {
    actor: input.actor,
    sourceId: announcement.sourceId,
    publishedAt: announcement.publishedAt,
  });
  const after = {
    state: 'accepted' as const,
    categoryId: resolution.categoryId,
    filmId: resolution.filmId,
    nominationId: outcome.nominationId,
    reason: outcome.summary,
    decidedBy: input.actor,
    decidedAt: new Date().toISOString(),
    version: row.version + 1,
  };
  const category = tx
    .select({ editionId: categories.editionId, awardId: editions.awardId })
    .from(categories)
    .innerJoin(editions, eq(editions.id, categories.editionId))
    .where(eq(categories.id, resolution.categoryId))
    .get();
  tx.update(candidates)
    .set({ ...after, editionId: category?.editionId ?? null, awardId: category?.awardId ?? null })
    .where(eq(candidates.id, row.id))
    .run();
  recordAudit(tx, {
    actor: input.actor,
    action,
    entityType: 'candidate',
    entityId: row.id,
    before: { state: row.state, film: row.film, status: row.status },
    after: { state: 'accepted', status: resolution.status, ...outcome },
  });
  const { categoryId, filmId, status } = resolution;
  settleTwins(
    tx,
    row,
    { kind: 'accepted', nominationId: outcome.nominationId, categoryId, filmId, status },
    input.actor,
  );
  return outcome;
}
