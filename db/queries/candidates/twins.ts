// One claim reported twice: two announcements (an RSS and an Atom copy of one press release, or two
// outlets) that give one film the same status at the same award, year and category. The queue shows the
// first as one card naming the others, and an editor's decision on it decides them too: an acceptance
// cites each twin's announcement as a further source of the status, and a rejection rejects them with it.
import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import type { Executor } from '../../client';
import { STATUS_LABELS } from '../../rules/status';
import { foldText } from '../../rules/text';
import { announcements, candidates, type Candidate, type NominationStatus } from '../../schema';
import { recordAudit } from '../audit';
import { citeEvent, findStatusEvent } from './citations';
import { nameWords } from './names';

type Claim = Pick<Candidate, 'film' | 'status' | 'award' | 'awardId' | 'year' | 'category' | 'categoryId' | 'filmId'>;

/**
 * What a candidate claims: the award, category and film it matched, else its words for them, compared as
 * the matching compares names (nameWords: "VideoSource" and "Video Source" are one category). A title is
 * only folded and closed up, since its every word tells it apart ("13th").
 */
export function claimKey(claim: Claim): string {
  // An id is marked as one, so that no title or name can read as it.
  const id = (value: number | null) => (value === null ? null : `#${value}`);
  const words = (text: string | null) => nameWords(text ?? '').join('');
  return [
    id(claim.filmId) ?? foldText(claim.film).replaceAll(' ', ''),
    claim.status,
    id(claim.awardId) ?? words(claim.award),
    claim.year ?? '',
    id(claim.categoryId) ?? words(claim.category),
  ].join('\t');
}

/** The announcement a report of a claim came in: what the queue names it by. */
export interface AlsoReported {
  sourceId: number;
  title: string | null;
  url: string | null;
}

export type Twin = Candidate & { announcement: AlsoReported };

/** The other pending candidates that make the same claim as `row`, oldest first, with their announcements. */
export function pendingTwins(tx: Executor, row: Candidate): Twin[] {
  const key = claimKey(row);
  return tx
    .select({
      candidate: candidates,
      announcement: { sourceId: announcements.sourceId, title: announcements.title, url: announcements.url },
    })
    .from(candidates)
    .innerJoin(announcements, eq(announcements.id, candidates.announcementId))
    .where(
      and(
        eq(candidates.state, 'pending'),
        ne(candidates.id, row.id),
        eq(candidates.status, row.status),
        row.year === null ? isNull(candidates.year) : eq(candidates.year, row.year),
      ),
    )
    .orderBy(asc(candidates.createdAt), asc(candidates.id))
    .all()
    .filter(({ candidate }) => claimKey(candidate) === key)
    .map(({ candidate, announcement }) => ({ ...candidate, announcement }));
}

export type TwinDecision =
  | { kind: 'accepted'; nominationId: number; categoryId: number; filmId: number; status: NominationStatus }
  | { kind: 'rejected'; note: string | null };

/** Decides the pending twins of `row` as the editor decided it; in the caller's transaction. */
export function settleTwins(tx: Executor, row: Candidate, decision: TwinDecision, actor: string): void {
  const decidedAt = new Date().toISOString();
  const event = decision.kind === 'accepted' ? findStatusEvent(tx, decision.nominationId, decision.status) : undefined;
  for (const twin of pendingTwins(tx, row)) {
    let after: Partial<Candidate>;
    if (decision.kind === 'accepted') {
      const { nominationId, categoryId, filmId, status } = decision;
      if (event) citeEvent(tx, event, twin.announcement.sourceId, actor);
      const reason = `confirms ${STATUS_LABELS[status].toLowerCase()} (accepted with candidate #${row.id})`;
      after = { state: 'confirmed', reason, nominationId, categoryId, filmId };
    } else {
      const why = decision.note ? `: ${decision.note}` : '';
      after = { state: 'rejected', reason: `rejected with candidate #${row.id}${why}` };
    }
    tx.update(candidates)
      .set({ ...after, decidedBy: actor, decidedAt, version: twin.version + 1 })
      .where(eq(candidates.id, twin.id))
      .run();
    recordAudit(tx, {
      actor,
      action: decision.kind === 'accepted' ? 'candidate.confirm' : 'candidate.reject',
      entityType: 'candidate',
      entityId: twin.id,
      before: { state: twin.state, reason: twin.reason },
      after: { state: after.state, reason: after.reason, twinOf: row.id },
    });
  }
}
