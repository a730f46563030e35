// One claim reported by two announcements (an RSS and an Atom copy of a press release, worded apart) is
// one card in the review queue, and the editor's decision on it decides the other report too: accepted,
// the other announcement is cited as a further source of the status; rejected, it is rejected with it.
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { processAnnouncement } from '@/db/queries/candidates/process';
import { getCandidateForReview, listPendingCandidates } from '@/db/queries/candidates/queue';
import { acceptCandidate, rejectCandidate } from '@/db/queries/candidates/review';
import { auditLog, candidates, eventCitations, statusEvents } from '@/db/schema';
import type { Db } from '@/db/client';
import { announce, candidate, setup } from './fixtures';

const editor = 'user:7';

/** Queues the candidate as an announcement of its own and returns its row and announcement. */
function report(db: Db, overrides: Parameters<typeof candidate>[0]) {
  const announcement = announce(db);
  // Below any threshold, so that it waits for an editor rather than being applied.
  const queued = candidate({ confidence: 0.3, ...overrides });
  processAnnouncement(db, { announcementId: announcement.id, candidates: [queued], actor: 'job:ingest' });
  const row = db.select().from(candidates).where(eq(candidates.announcementId, announcement.id)).get()!;
  expect(row.state).toBe('pending');
  return { row, announcement };
}

function twoReportsOfOneWin(db: Db) {
  const first = report(db, { film: '13th', status: 'won', evidence: '13th won the ABC News VideoSource Award.' });
  // The other copy writes the film and the category in other capitals and spacing: the same claim.
  const second = report(db, {
    film: '13TH',
    status: 'won',
    category: 'ABC News  VideoSource award',
    evidence: 'The VideoSource Award went to 13th.',
  });
  return { first, second };
}

describe('the same claim from two announcements', () => {
  it('is one card naming the other report, and a different claim is a card of its own', async () => {
    const { db } = setup();
    const { first, second } = twoReportsOfOneWin(db);
    const other = report(db, { status: 'won', evidence: 'The Lovers and the Despot won.' });

    const queue = await listPendingCandidates(db);
    expect(queue.map((card) => card.id)).toEqual([first.row.id, other.row.id]);
    expect(queue[0]!.alsoReportedBy).toEqual([
      { sourceId: second.announcement.sourceId, title: second.announcement.title, url: second.announcement.url },
    ]);
    expect(queue[1]!.alsoReportedBy).toEqual([]);
    // The second report's own page names the first.
    const page = await getCandidateForReview(db, second.row.id);
    expect(page?.alsoReportedBy.map((also) => also.sourceId)).toEqual([first.announcement.sourceId]);
  });

  it('is one card when nothing matched, by the words of the claim as names are compared', async () => {
    const { db } = setup();
    // No 2023 edition is in the catalogue: the claim is told by its words alone.
    const bobi = { film: 'Bobi Wine: The People’s President', status: 'won' as const, year: 2023 };
    const first = report(db, { ...bobi, category: 'Best Feature' });
    const second = report(db, { ...bobi, film: 'BOBI WINE:  the people’s president', category: 'best feature award' });
    const apart = report(db, { ...bobi, category: 'Best Short' });
    expect(first.row.categoryId).toBeNull();

    const queue = await listPendingCandidates(db);
    expect(queue.map((card) => card.id)).toEqual([first.row.id, apart.row.id]);
    expect(queue[0]!.alsoReportedBy.map((also) => also.sourceId)).toEqual([second.announcement.sourceId]);
  });

  it('accepted, confirms the other report, citing its announcement for the win', () => {
    const { db, thirteenth } = setup();
    const { first, second } = twoReportsOfOneWin(db);
    const other = report(db, { status: 'won', evidence: 'The Lovers and the Despot won.' });

    acceptCandidate(db, { candidateId: first.row.id, expectedVersion: first.row.version, actor: editor });

    const twin = db.select().from(candidates).where(eq(candidates.id, second.row.id)).get()!;
    expect(twin).toMatchObject({
      state: 'confirmed',
      nominationId: thirteenth.id,
      decidedBy: editor,
      reason: `confirms won (accepted with candidate #${first.row.id})`,
      version: second.row.version + 1,
    });
    const win = db
      .select()
      .from(statusEvents)
      .where(and(eq(statusEvents.nominationId, thirteenth.id), eq(statusEvents.toStatus, 'won')))
      .get()!;
    expect(win.sourceId).toBe(first.announcement.sourceId);
    const cited = db.select().from(eventCitations).where(eq(eventCitations.statusEventId, win.id)).all();
    expect(cited.map((citation) => citation.sourceId)).toEqual([second.announcement.sourceId]);
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'candidate.confirm')).all();
    expect(audit.map((entry) => entry.entityId)).toEqual([second.row.id]);
    // The other claim still waits.
    expect(db.select().from(candidates).where(eq(candidates.id, other.row.id)).get()?.state).toBe('pending');
  });

  it('rejected, rejects the other report with the editor’s note', () => {
    const { db } = setup();
    const { first, second } = twoReportsOfOneWin(db);

    const decision = { candidateId: first.row.id, expectedVersion: first.row.version, actor: editor };
    rejectCandidate(db, { ...decision, note: 'the winner was not announced yet' });

    expect(db.select().from(candidates).where(eq(candidates.id, second.row.id)).get()).toMatchObject({
      state: 'rejected',
      decidedBy: editor,
      reason: `rejected with candidate #${first.row.id}: the winner was not announced yet`,
    });
    expect(db.select().from(statusEvents).where(eq(statusEvents.toStatus, 'won')).all()).toEqual([]);
  });
});
