// A confirming announcement as the public pages read it: the status event keeps its first source and
// lists the announcement as "also reported by"; the announcement's source page lists the status it confirms.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { processAnnouncement } from '@/db/queries/candidates/process';
import { listFilmTimeline } from '@/db/queries/films';
import { listStatusesForSource } from '@/db/queries/sources';
import { nominationFilms } from '@/db/schema';
import { announce, candidate, setup } from './fixtures';

describe('further citations on public reads', () => {
  it('shows the confirming announcement beside the event and on its own source page', async () => {
    const { db, lovers } = setup();
    const announcement = announce(db);
    processAnnouncement(db, { announcementId: announcement.id, candidates: [candidate()], actor: 'job:ingest' });

    const { filmId } = db.select().from(nominationFilms).where(eq(nominationFilms.nominationId, lovers.id)).get()!;
    const [entry] = await listFilmTimeline(db, filmId);
    const [event] = entry!.events;
    expect(event!.source?.id).not.toBe(announcement.sourceId);
    expect(event!.alsoReportedBy).toEqual([
      expect.objectContaining({ id: announcement.sourceId, url: announcement.url }),
    ]);

    const statuses = await listStatusesForSource(db, announcement.sourceId, { limit: 10, offset: 0 });
    expect(statuses.total).toBe(1);
    expect(statuses.rows).toEqual([
      expect.objectContaining({ nominationId: lovers.id, status: 'nominated', confirms: true }),
    ]);

    const original = await listStatusesForSource(db, event!.source!.id, { limit: 10, offset: 0 });
    expect(original.rows.every((row) => row.confirms === false)).toBe(true);
  });
});
