// The admin health reads: the review queue counts only pending candidates and dates the oldest; the latest
// runs come newest first with their durations; runs per day cover exactly the last 14 UTC days, with
// zeros for quiet days, split by outcome.
import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { countRunsPerDay, getReviewQueueHealth, listRecentJobRuns } from '@/db/queries/health';
import { finishJobRun, startJobRun } from '@/db/queries/job-runs';
import { ensureSource } from '@/db/queries/sources';
import { announcements, candidates, type CandidateState } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';

function addCandidates(db: Db, rows: { state: CandidateState; createdAt: string }[]) {
  const source = ensureSource(
    db,
    { kind: 'article', url: 'https://test.example/a', title: 'A', publisher: 'Test' },
    'test',
  );
  const announcement = db
    .insert(announcements)
    .values({ guid: 'a', url: 'https://test.example/a', title: 'A', body: 'A', contentHash: 'a', sourceId: source.id })
    .returning()
    .get();
  for (const row of rows) {
    db.insert(candidates)
      .values({
        announcementId: announcement.id,
        film: 'Test Film',
        status: 'nominated',
        confidence: 0.5,
        evidence: 'Test Film was nominated.',
        ...row,
      })
      .run();
  }
}

function run(db: Db, job: string, startedAt: string, outcome: 'succeeded' | 'failed' | null, endedAt?: string) {
  const started = startJobRun(db, { job, trigger: 'schedule', holder: 'test', startedAt });
  if (outcome)
    finishJobRun(db, started.id, {
      outcome,
      endedAt: endedAt ?? startedAt,
      error: outcome === 'failed' ? 'boom' : null,
    });
  return started.id;
}

describe('getReviewQueueHealth', () => {
  it('counts the pending candidates and gives the oldest one’s time', () => {
    const { db } = freshDatabase();
    expect(getReviewQueueHealth(db)).toEqual({ size: 0, oldestCreatedAt: null });
    addCandidates(db, [
      { state: 'pending', createdAt: '2026-11-20T10:00:00.000Z' },
      { state: 'pending', createdAt: '2026-11-18T09:00:00.000Z' },
      { state: 'applied', createdAt: '2026-11-01T00:00:00.000Z' },
      { state: 'rejected', createdAt: '2026-11-02T00:00:00.000Z' },
    ]);
    expect(getReviewQueueHealth(db)).toEqual({ size: 2, oldestCreatedAt: '2026-11-18T09:00:00.000Z' });
  });
});

describe('listRecentJobRuns', () => {
  it('lists the newest runs first, each with its duration (none while running)', () => {
    const { db } = freshDatabase();
    run(db, 'ingest', '2026-11-20T10:00:00.000Z', 'succeeded', '2026-11-20T10:00:02.500Z');
    run(db, 'sweep', '2026-11-20T11:00:00.000Z', 'failed', '2026-11-20T11:01:00.000Z');
    run(db, 'ingest', '2026-11-20T12:00:00.000Z', null);
    const runs = listRecentJobRuns(db);
    expect(runs.map((r) => [r.job, r.outcome, r.durationMs, r.error])).toEqual([
      ['ingest', 'running', null, null],
      ['sweep', 'failed', 60_000, 'boom'],
      ['ingest', 'succeeded', 2500, null],
    ]);
    expect(listRecentJobRuns(db, 2)).toHaveLength(2);
  });
});

describe('countRunsPerDay', () => {
  it('gives each of the last 14 UTC days, oldest first, with runs by outcome and zeros for quiet days', () => {
    const { db } = freshDatabase();
    const now = new Date('2026-11-25T08:00:00.000Z');
    run(db, 'ingest', '2026-11-11T23:59:00.000Z', 'succeeded'); // 15 days ago: outside
    run(db, 'ingest', '2026-11-12T00:00:00.000Z', 'succeeded'); // the first day
    run(db, 'ingest', '2026-11-24T06:00:00.000Z', 'succeeded');
    run(db, 'sweep', '2026-11-24T07:00:00.000Z', 'failed');
    run(db, 'ingest', '2026-11-24T08:00:00.000Z', 'failed');
    run(db, 'ingest', '2026-11-25T07:00:00.000Z', null);
    run(db, 'ingest', '2026-11-26T00:00:00.000Z', 'succeeded'); // after today: outside
    const days = countRunsPerDay(db, now);
    expect(days).toHaveLength(14);
    expect(days[0]).toEqual({ day: '2026-11-12', succeeded: 1, failed: 0, abandoned: 0, running: 0 });
    expect(days[12]).toEqual({ day: '2026-11-24', succeeded: 1, failed: 2, abandoned: 0, running: 0 });
    expect(days[13]).toEqual({ day: '2026-11-25', succeeded: 0, failed: 0, abandoned: 0, running: 1 });
    expect(days.slice(1, 12).every((d) => d.succeeded + d.failed + d.abandoned + d.running === 0)).toBe(true);
  });
});
