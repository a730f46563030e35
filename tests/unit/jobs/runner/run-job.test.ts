import { describe, expect, it } from 'vitest';
import { jobLeases, jobRuns } from '@/db/schema';
import { acquireLease } from '@/jobs/runner/lease';
import type { JobDefinition } from '@/jobs/runner/job-types';
import { runJob } from '@/jobs/runner/run-job';
import { freshDatabase } from '@/tests/helpers/db';

const fixedNow = () => new Date('2026-03-01T12:00:00Z');

function job(run: JobDefinition['run']): JobDefinition {
  return { name: 'test-job', description: 'a job for tests', run };
}

describe('runJob', () => {
  it('records a successful run with its counts and frees the lease', async () => {
    const { db } = freshDatabase();
    const result = await runJob('test-job', 'manual', {
      db,
      now: fixedNow,
      holder: 'me',
      definition: job(async () => ({ read: 3 })),
    });
    expect(result).toMatchObject({ status: 'succeeded', counts: { read: 3 } });
    expect(db.select().from(jobRuns).all()).toEqual([
      expect.objectContaining({
        job: 'test-job',
        trigger: 'manual',
        holder: 'me',
        outcome: 'succeeded',
        counts: { read: 3 },
        error: null,
        startedAt: '2026-03-01T12:00:00.000Z',
        endedAt: '2026-03-01T12:00:00.000Z',
      }),
    ]);
    expect(acquireLease(db, 'test-job', 'someone else', fixedNow())).toEqual({ acquired: true });
  });

  it('records a failure with its error text instead of throwing', async () => {
    const { db } = freshDatabase();
    const result = await runJob('test-job', 'schedule', {
      db,
      now: fixedNow,
      definition: job(async () => {
        throw new Error('the disk is full');
      }),
    });
    expect(result).toMatchObject({ status: 'failed', error: 'the disk is full' });
    expect(db.select().from(jobRuns).get()).toMatchObject({ outcome: 'failed', error: 'the disk is full' });
  });

  it('skips, without recording a run, while another holder has the lease', async () => {
    const { db } = freshDatabase();
    acquireLease(db, 'test-job', 'other-host:9:ff', fixedNow());
    let ran = false;
    const result = await runJob('test-job', 'schedule', {
      db,
      now: fixedNow,
      holder: 'me',
      definition: job(async () => ((ran = true), {})),
    });
    expect(result).toMatchObject({ status: 'skipped' });
    expect(result.status === 'skipped' && result.reason).toContain('other-host:9:ff');
    expect(ran).toBe(false);
    expect(db.select().from(jobRuns).all()).toEqual([]);
  });

  it('never overlaps itself in one process', async () => {
    const { db } = freshDatabase();
    let release!: () => void;
    const slow = runJob('test-job', 'schedule', {
      db,
      definition: job(() => new Promise((resolve) => (release = () => resolve({ done: 1 })))),
    });
    const second = await runJob('test-job', 'manual', { db, definition: job(async () => ({})) });
    expect(second).toMatchObject({ status: 'skipped', reason: 'test-job is already running in this process.' });
    release();
    expect(await slow).toMatchObject({ status: 'succeeded' });
  });

  it('marks a run left running by a dead holder as abandoned once its lease expired', async () => {
    const { db } = freshDatabase();
    // A process took the lease at 11:00, started a run and died.
    acquireLease(db, 'test-job', 'dead:1:00', new Date('2026-03-01T11:00:00Z'));
    db.insert(jobRuns)
      .values({ job: 'test-job', trigger: 'schedule', holder: 'dead:1:00', startedAt: '2026-03-01T11:00:00.000Z' })
      .run();
    const result = await runJob('test-job', 'catch-up', {
      db,
      now: fixedNow,
      holder: 'me',
      definition: job(async () => ({})),
    });
    expect(result.status).toBe('succeeded');
    const runs = db.select().from(jobRuns).orderBy(jobRuns.id).all();
    expect(runs.map((run) => [run.holder, run.outcome])).toEqual([
      ['dead:1:00', 'abandoned'],
      ['me', 'succeeded'],
    ]);
    expect(runs[0]?.endedAt).toBe('2026-03-01T12:00:00.000Z');
  });

  it('runs a job once per slot when a second process found it due before the first one ran it', async () => {
    const { db } = freshDatabase();
    // Due while no run of the job has started since 12:00, as the sweep and backup jobs decide.
    const definition: JobDefinition = {
      ...job(async () => ({ done: 1 })),
      isDue: (database) =>
        !database
          .select()
          .from(jobRuns)
          .all()
          .some((run) => run.startedAt >= '2026-03-01T12:00:00.000Z'),
    };
    // Both processes ask at 12:00 and hear "due"; the first takes the lease, runs and lets it go.
    expect(definition.isDue!(db, fixedNow())).toBe(true);
    const first = await runJob('test-job', 'schedule', { db, now: fixedNow, holder: 'a:1:00', definition });
    const second = await runJob('test-job', 'schedule', { db, now: fixedNow, holder: 'b:2:00', definition });
    expect(first.status).toBe('succeeded');
    expect(second).toMatchObject({ status: 'skipped', reason: expect.stringContaining('no longer due') });
    expect(
      db
        .select()
        .from(jobRuns)
        .all()
        .map((run) => run.holder),
    ).toEqual(['a:1:00']);
    // The second let the lease go at once, so nobody has to wait out its five minutes; and someone who
    // asks for a run by hand, from a third process, gets one, due or not.
    expect(db.select().from(jobLeases).all()).toEqual([]);
    const manual = await runJob('test-job', 'manual', { db, now: fixedNow, holder: 'c:3:00', definition });
    expect(manual.status).toBe('succeeded');
  });

  it('renews the lease while a long job runs', async () => {
    const { db } = freshDatabase();
    let clock = new Date('2026-03-01T12:00:00Z').getTime();
    const result = await runJob('test-job', 'manual', {
      db,
      now: () => new Date(clock),
      holder: 'me',
      leaseMs: 60,
      definition: job(async () => {
        // Time passes well beyond the first expiry; renewals keep the lease ours.
        for (let i = 0; i < 5; i++) {
          clock += 50;
          await new Promise((resolve) => setTimeout(resolve, 40));
        }
        return { stillOurs: acquireLease(db, 'test-job', 'intruder', new Date(clock)).acquired ? 0 : 1 };
      }),
    });
    expect(result).toMatchObject({ status: 'succeeded', counts: { stillOurs: 1 } });
  });
});
