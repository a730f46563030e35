// Processing an announcement's candidates on a real database: confirmations cite the announcement,
// confident forward moves are applied through changeStatus, everything else waits with a reason, and
// a processed announcement is never processed twice.
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { processAnnouncement } from '@/db/queries/candidates/process';
import { AUTO_APPLY_THRESHOLD_KEY } from '@/db/queries/candidates/threshold';
import { changeStatus } from '@/db/queries/nominations';
import { setSetting } from '@/db/queries/settings';
import {
  announcements,
  auditLog,
  categories,
  candidates,
  eventCitations,
  nominations,
  statusEvents,
} from '@/db/schema';
import type { Db } from '@/db/client';
import { announce, candidate, setup } from './fixtures';

const actor = 'job:ingest';

function rowsOf(db: Db, announcementId: number) {
  return db.select().from(candidates).where(eq(candidates.announcementId, announcementId)).all();
}

describe('processAnnouncement', () => {
  it('confirms a known nomination by citing the announcement once, and does nothing on a rerun', () => {
    const { db, lovers } = setup();
    const announcement = announce(db);
    const input = { announcementId: announcement.id, candidates: [candidate()], actor };
    expect(processAnnouncement(db, input)).toEqual({ applied: 0, confirmed: 1, queued: 0 });
    expect(processAnnouncement(db, input)).toEqual({ applied: 0, confirmed: 0, queued: 0 });

    const [row] = rowsOf(db, announcement.id);
    expect(row).toMatchObject({ state: 'confirmed', nominationId: lovers.id, decidedBy: actor });
    const citations = db.select().from(eventCitations).all();
    expect(citations).toEqual([expect.objectContaining({ sourceId: announcement.sourceId, actor })]);
    expect(
      db.select().from(announcements).where(eq(announcements.id, announcement.id)).get()?.processedAt,
    ).toBeTruthy();
    expect(db.select().from(nominations).where(eq(nominations.id, lovers.id)).get()?.status).toBe('nominated');
  });

  it('applies a confident winner through the status rules, citing the announcement, and leaves the others', () => {
    const { db, lovers, thirteenth } = setup();
    const announcement = announce(db, '2016-12-10T08:00:00Z');
    const counts = processAnnouncement(db, {
      announcementId: announcement.id,
      candidates: [candidate({ status: 'won', confidence: 0.9 })],
      actor,
    });
    expect(counts).toEqual({ applied: 1, confirmed: 0, queued: 0 });
    expect(db.select().from(nominations).where(eq(nominations.id, lovers.id)).get()?.status).toBe('won');
    expect(db.select().from(nominations).where(eq(nominations.id, thirteenth.id)).get()?.status).toBe('nominated');
    const event = db
      .select()
      .from(statusEvents)
      .where(and(eq(statusEvents.nominationId, lovers.id), eq(statusEvents.toStatus, 'won')))
      .get();
    expect(event).toMatchObject({ sourceId: announcement.sourceId, occurredOn: '2016-12-10', actor });
    const [row] = rowsOf(db, announcement.id);
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'candidate.apply')).all()).toEqual([
      expect.objectContaining({ entityType: 'candidate', entityId: row!.id, actor }),
    ]);
  });

  it('queues a confident winner in a closed category: its results are final until an editor reopens it', () => {
    const { db, lovers, category } = setup();
    db.update(categories).set({ closedAt: '2016-12-10T05:00:00.000Z' }).where(eq(categories.id, category.id)).run();
    const announcement = announce(db, '2016-12-10T08:00:00Z');
    const input = {
      announcementId: announcement.id,
      candidates: [candidate({ status: 'won', confidence: 0.9 })],
      actor,
    };
    expect(processAnnouncement(db, input)).toEqual({ applied: 0, confirmed: 0, queued: 1 });
    expect(rowsOf(db, announcement.id)[0]).toMatchObject({
      state: 'pending',
      reason:
        'ABC News VideoSource Award is closed, so its results are final: reopen it on the results screen to change them.',
    });
    expect(db.select().from(nominations).where(eq(nominations.id, lovers.id)).get()?.status).toBe('nominated');
  });

  it('queues a move below the threshold, which is a setting', () => {
    const { db, lovers } = setup();
    const first = announce(db);
    const low = [candidate({ status: 'won', confidence: 0.6 })];
    expect(processAnnouncement(db, { announcementId: first.id, candidates: low, actor }).queued).toBe(1);
    expect(rowsOf(db, first.id)[0]).toMatchObject({ state: 'pending', reason: 'confidence 0.6 below 0.85' });

    setSetting(db, AUTO_APPLY_THRESHOLD_KEY, '0.5');
    const second = announce(db);
    expect(processAnnouncement(db, { announcementId: second.id, candidates: low, actor }).applied).toBe(1);
    expect(db.select().from(nominations).where(eq(nominations.id, lovers.id)).get()?.status).toBe('won');
  });

  it('queues what does not match, or what the rules do not allow, with the reason', () => {
    const { db, lovers } = setup();
    changeStatus(db, { nominationId: lovers.id, to: 'lost', actor: 'test', note: 'ceremony' });
    const announcement = announce(db);
    const counts = processAnnouncement(db, {
      announcementId: announcement.id,
      candidates: [
        candidate({ year: 2012 }),
        candidate({ film: 'E2E Unknown Film' }),
        candidate({ status: 'shortlisted' }),
        candidate({ status: 'won' }),
      ],
      actor,
    });
    expect(counts).toEqual({ applied: 0, confirmed: 0, queued: 4 });
    expect(rowsOf(db, announcement.id).map((row) => row.reason)).toEqual([
      'no edition 2012 of IDA Documentary Awards',
      'film not in the catalogue',
      'a correction needs an editor: lost → shortlisted',
      'a correction needs an editor: lost → won',
    ]);

    // Withdrawn: no announcement of a result reinstates it.
    changeStatus(db, { nominationId: lovers.id, to: 'withdrawn', actor: 'test', note: 'withdrawn' });
    const later = announce(db);
    processAnnouncement(db, { announcementId: later.id, candidates: [candidate({ status: 'won' })], actor });
    expect(rowsOf(db, later.id)[0]?.reason).toBe('not allowed: withdrawn → won');
  });
});
