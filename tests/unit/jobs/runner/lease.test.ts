import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { jobLeases } from '@/db/schema';
import { acquireLease, releaseLease, renewLease } from '@/jobs/runner/lease';
import { freshDatabase } from '@/tests/helpers/db';

const at = (iso: string) => new Date(iso);
const MINUTE = 60_000;

describe('job leases', () => {
  it('lets only one of two connections to one file hold a lease until it expires', () => {
    const { db: first, file } = freshDatabase();
    const second = openDatabase(file);
    try {
      expect(acquireLease(first, 'ingest', 'host-a:1:aa', at('2026-01-01T10:00:00Z'), 5 * MINUTE)).toEqual({
        acquired: true,
      });
      expect(acquireLease(second, 'ingest', 'host-b:2:bb', at('2026-01-01T10:04:59Z'), 5 * MINUTE)).toEqual({
        acquired: false,
        holder: 'host-a:1:aa',
        expiresAt: '2026-01-01T10:05:00.000Z',
      });
      // Another job's lease is independent.
      expect(acquireLease(second, 'backup', 'host-b:2:bb', at('2026-01-01T10:04:59Z'))).toEqual({ acquired: true });
      // The first holder died without releasing it: once expired, the second takes it over…
      expect(acquireLease(second, 'ingest', 'host-b:2:bb', at('2026-01-01T10:05:01Z'), 5 * MINUTE)).toEqual({
        acquired: true,
      });
      // …and the first can no longer renew or release it.
      expect(renewLease(first, 'ingest', 'host-a:1:aa', at('2026-01-01T10:05:02Z'))).toBe(false);
      releaseLease(first, 'ingest', 'host-a:1:aa');
      expect(first.select().from(jobLeases).all()).toContainEqual({
        job: 'ingest',
        holder: 'host-b:2:bb',
        expiresAt: '2026-01-01T10:10:01.000Z',
      });
    } finally {
      second.$client.close();
    }
  });

  it('renews while held and frees the lease on release', () => {
    const { db } = freshDatabase();
    acquireLease(db, 'ingest', 'me', at('2026-01-01T10:00:00Z'), 5 * MINUTE);
    expect(renewLease(db, 'ingest', 'me', at('2026-01-01T10:04:00Z'), 5 * MINUTE)).toBe(true);
    expect(acquireLease(db, 'ingest', 'other', at('2026-01-01T10:06:00Z'))).toMatchObject({ acquired: false });
    releaseLease(db, 'ingest', 'me');
    expect(acquireLease(db, 'ingest', 'other', at('2026-01-01T10:06:00Z'))).toEqual({ acquired: true });
  });
});

describe('a lease held by a process of this machine that has died', () => {
  it('is taken over at once rather than waited out', async () => {
    const { hostname } = await import('node:os');
    const { spawnSync } = await import('node:child_process');
    const { db } = freshDatabase();
    // A process that has exited: its pid is free (reuse within the test is vanishingly unlikely).
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const now = at('2026-01-01T10:00:00Z');
    acquireLease(db, 'ingest', `${hostname()}:${dead}:aa`, now);
    expect(acquireLease(db, 'ingest', 'me', now)).toEqual({ acquired: true });
    // A live process here (this one, under another holder name) keeps its lease.
    acquireLease(db, 'backup', `${hostname()}:${process.ppid}:bb`, now);
    expect(acquireLease(db, 'backup', 'me', now)).toMatchObject({ acquired: false });
  });
});
