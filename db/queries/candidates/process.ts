// Processing one announcement's candidates, in ONE transaction: each is matched to the catalogue,
// confirmed, applied or queued for review (decide.ts), stored with what it matched, and the
// announcement is marked processed. A crash leaves nothing half-done, and a rerun on a processed
// announcement does nothing.
import { eq } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../../client';
import { announcements, candidates, ingestionSources } from '../../schema';
import { recordAudit } from '../audit';
import { decideCandidate } from './decide';
import { matchCandidate } from './match';
import { isoDay } from './resolve';
import { autoApplyThreshold } from './threshold';
import type { ExtractedCandidate } from './types';

export interface ProcessInput {
  announcementId: number;
  candidates: ExtractedCandidate[];
  actor: string;
}

export interface ProcessCounts {
  applied: number;
  confirmed: number;
  queued: number;
}

export function processAnnouncement(db: Executor, input: ProcessInput): ProcessCounts {
  return writeTransaction(db, (tx) => {
    const counts: ProcessCounts = { applied: 0, confirmed: 0, queued: 0 };
    const announcement = tx
      .select({
        id: announcements.id,
        sourceId: announcements.sourceId,
        publishedAt: announcements.publishedAt,
        processedAt: announcements.processedAt,
        awardHint: ingestionSources.awardId,
      })
      .from(announcements)
      .leftJoin(ingestionSources, eq(ingestionSources.id, announcements.ingestionSourceId))
      .where(eq(announcements.id, input.announcementId))
      .get();
    if (!announcement) throw new Error(`There is no announcement ${input.announcementId}.`);
    if (announcement.processedAt) return counts;

    const context = {
      actor: input.actor,
      sourceId: announcement.sourceId,
      occurredOn: isoDay(announcement.publishedAt),
      threshold: autoApplyThreshold(tx),
    };
    const now = new Date().toISOString();
    for (const raw of input.candidates) {
      const candidate = { ...raw, confidence: Math.min(1, Math.max(0, raw.confidence || 0)) };
      const match = matchCandidate(tx, candidate, announcement.awardHint);
      const decision = decideCandidate(tx, candidate, match, context);
      const decided = decision.state !== 'pending';
      const row = tx
        .insert(candidates)
        .values({
          announcementId: announcement.id,
          film: candidate.film,
          status: candidate.status,
          category: candidate.category,
          award: candidate.award,
          year: candidate.year,
          confidence: candidate.confidence,
          evidence: candidate.evidence,
          awardId: match.awardId,
          editionId: match.editionId,
          categoryId: match.categoryId,
          filmId: match.filmId,
          nominationId: match.nominationId,
          state: decision.state,
          reason: decision.reason,
          decidedBy: decided ? input.actor : null,
          decidedAt: decided ? now : null,
        })
        .returning({ id: candidates.id })
        .get();
      if (decision.state === 'applied') {
        recordAudit(tx, {
          actor: input.actor,
          action: 'candidate.apply',
          entityType: 'candidate',
          entityId: row.id,
          after: { nominationId: match.nominationId, status: candidate.status, sourceId: announcement.sourceId },
        });
      }
      counts[decision.state === 'pending' ? 'queued' : decision.state]++;
    }
    tx.update(announcements).set({ processedAt: now }).where(eq(announcements.id, announcement.id)).run();
    return counts;
  });
}
