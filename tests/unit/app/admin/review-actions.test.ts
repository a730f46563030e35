// The review queue's Server Actions as its forms call them: a signed-in editor's decision is written with
// the editor as actor and sends the editor back to the queue; a stale click and an unknown film come back
// as messages. The request and next/cache are stand-ins; the database, session code and guards are real.
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import {
  acceptCandidateAction,
  correctCandidateAction,
  mergeCandidateAction,
  rejectCandidateAction,
} from '@/app/admin/review/actions';
import { ensureFilm } from '@/db/queries/films';
import { candidates } from '@/db/schema';
import type { Db } from '@/db/client';
import { resetRequest, signInAs, useAppDatabase } from '@/tests/helpers/next-request';
import { processAnnouncement } from '@/db/queries/candidates/process';
import { announce, candidate, setup as setupCatalogue } from '../../db/queries/candidates/fixtures';
import { redirectedTo } from '@/tests/helpers/redirects';

vi.mock('next/headers', async () => (await import('@/tests/helpers/next-request')).nextHeadersModule);
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock('next/cache', () => ({ revalidatePath }));

function form(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
}

function setup(film = 'E2E Action Film') {
  const catalogue = setupCatalogue();
  const { db } = catalogue;
  useAppDatabase(db);
  resetRequest();
  const announcement = announce(db);
  processAnnouncement(db, { announcementId: announcement.id, candidates: [candidate({ film })], actor: 'job:ingest' });
  const row = db.select().from(candidates).where(eq(candidates.announcementId, announcement.id)).get()!;
  return { ...catalogue, row, editor: signInAs(db, 'editor') };
}

function stateOf(db: Db, id: number) {
  return db.select().from(candidates).where(eq(candidates.id, id)).get();
}

describe('review actions', () => {
  it('refuse an anonymous caller', async () => {
    const { db, row } = setup();
    resetRequest();
    const result = await rejectCandidateAction(null, form({ candidateId: row.id, expectedVersion: row.version }));
    expect(result.ok).toBe(false);
    expect(stateOf(db, row.id)?.state).toBe('pending');
  });

  it('reject with the editor as actor and return to the queue; a second click is refused clearly', async () => {
    const { db, row, editor } = setup();
    const fields = { candidateId: row.id, expectedVersion: row.version, note: 'an opinion piece' };
    expect(await redirectedTo(rejectCandidateAction(null, form(fields)))).toBe(`/admin/review?decided=${row.id}`);
    expect(stateOf(db, row.id)).toMatchObject({ state: 'rejected', decidedBy: `user:${editor.id}` });
    expect(await rejectCandidateAction(null, form(fields))).toEqual({
      ok: false,
      // The person who decided, as the editor knows them, not an internal id.
      message: `This candidate was already rejected by ${editor.email}. Reload the review queue.`,
    });
  });

  it('correct then accept: an unknown film without the tick is a field message, with the tick it is created', async () => {
    const { db, row, category } = setup('E2E Corrected Film');
    const fields = {
      candidateId: row.id,
      expectedVersion: row.version,
      categoryId: category.id,
      status: 'nominated',
      filmTitle: 'E2E Corrected Film',
      filmYear: '2016',
    };
    const refused = await correctCandidateAction(null, form(fields));
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { filmTitle: [expect.stringMatching(/Create a new film/)] },
    });
    expect(stateOf(db, row.id)?.state).toBe('pending');

    // A new film is made from the title and year alone: without the year it is refused beside the field.
    const yearless = await correctCandidateAction(null, form({ ...fields, filmYear: '', createFilm: 'on' }));
    expect(yearless).toMatchObject({
      ok: false,
      fieldErrors: { filmYear: ['A new film needs its year: give the year of its release, such as 2016.'] },
    });
    // The film forms' own year rule: two digits are refused as such.
    expect(await correctCandidateAction(null, form({ ...fields, filmYear: '16', createFilm: 'on' }))).toMatchObject({
      ok: false,
      fieldErrors: { filmYear: ['Give the year as four digits, such as 2016.'] },
    });
    expect(stateOf(db, row.id)?.state).toBe('pending');

    await redirectedTo(correctCandidateAction(null, form({ ...fields, createFilm: 'on' })));
    expect(stateOf(db, row.id)).toMatchObject({ state: 'accepted', categoryId: category.id });
  });

  it('merge into an existing film found by title, and accept', async () => {
    const { db, row } = setup('E2E Merge Title');
    const { film } = ensureFilm(db, { title: 'E2E Existing Film', year: 2016 }, 'test');
    await redirectedTo(
      mergeCandidateAction(
        null,
        form({ candidateId: row.id, expectedVersion: row.version, filmTitle: 'E2E Existing Film' }),
      ),
    );
    expect(stateOf(db, row.id)).toMatchObject({ state: 'accepted', filmId: film.id });
  });

  it('accept refuses a candidate that does not match fully', async () => {
    const { db, row } = setup('E2E Unknown Film');
    const result = await acceptCandidateAction(null, form({ candidateId: row.id, expectedVersion: row.version }));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/not fully matched/) });
    expect(stateOf(db, row.id)?.state).toBe('pending');
  });
});
