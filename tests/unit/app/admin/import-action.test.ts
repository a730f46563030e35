// The import Server Action as the import page calls it: a file posted for a preview comes back as a plan
// (nothing written), the confirmation posts the same text back and writes it as the signed-in editor,
// a stale confirmation writes nothing and shows the new preview, a file that would undo results is applied
// only once that is confirmed, and a bad file is refused line by line.
// The request is a stand-in; the database, the session code and the guards are real.
import { describe, expect, it, vi } from 'vitest';
import { importNominationsAction } from '@/app/admin/import/actions';
import type { ImportView } from '@/app/admin/import/import-view';
import { ensureAward, ensureCategory, ensureEdition } from '@/db/queries/catalogue';
import { freshDatabase } from '@/tests/helpers/db';
import { tableCounts } from '@/tests/helpers/counts';
import { resetRequest, signInAs, useAppDatabase } from '@/tests/helpers/next-request';

vi.mock('next/headers', async () => (await import('@/tests/helpers/next-request')).nextHeadersModule);

const HEADER = 'award,edition,category,films,film_imdb_ids,nominees,status,source_url\n';
const ROW = 'Test Awards,Test Awards 2001,Best Test Documentary,Action Test Film,,Action Test Director,nominated,\n';

function setup() {
  const { db } = freshDatabase();
  useAppDatabase(db);
  resetRequest();
  const award = ensureAward(db, { slug: 'test-awards', name: 'Test Awards', kind: 'ceremony' }, 'test');
  const edition = ensureEdition(db, { awardId: award.id, slug: '2001', name: 'Test Awards 2001', year: 2001 }, 'test');
  ensureCategory(db, { editionId: edition.id, name: 'Best Test Documentary' }, 'test');
  const editor = signInAs(db, 'editor');
  return { db, editor };
}

function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const count = (db: ReturnType<typeof setup>['db'], sql: string) => db.$client.prepare(sql).pluck().get() as number;

describe('importNominationsAction', () => {
  it('previews an uploaded file without writing, then applies the same text as the editor', async () => {
    const { db, editor } = setup();
    const before = tableCounts(db);
    const file = new File([HEADER + ROW], 'awards.csv', { type: 'text/csv' });
    const previewed = await importNominationsAction(null, form({ intent: 'preview', file, csv: '' }));
    expect(previewed).toMatchObject({
      ok: true,
      message: expect.stringContaining('Preview of awards.csv: 1 new nomination'),
    });
    expect(tableCounts(db)).toEqual(before);
    const view = (previewed as { data: ImportView }).data;
    expect(view).toMatchObject({
      stage: 'preview',
      newFilms: ['Action Test Film'],
      newPeople: ['Action Test Director'],
    });

    const applied = await importNominationsAction(
      null,
      form({
        intent: 'apply',
        csv: view.csv!.replace(/\n/g, '\r\n'),
        fileName: view.fileName,
        fingerprint: view.fingerprint,
      }),
    );
    expect(applied).toMatchObject({
      ok: true,
      message: expect.stringContaining('Imported awards.csv: 1 new nomination'),
    });
    expect(count(db, `select count(*) from nominations where status = 'nominated'`)).toBe(1);
    expect(
      count(
        db,
        `select count(*) from status_events where actor = 'user:${editor.id}' and note = 'Imported from awards.csv'`,
      ),
    ).toBe(1);
    // Notes are public (pages, API, feeds): the importer's address is never in one.
    const notes = db.$client.prepare(`select note from status_events`).pluck().all() as string[];
    expect(notes.filter((note) => note.includes(editor.email))).toEqual([]);
  });

  it('refuses a confirmation whose plan changed since the preview, showing the new preview', async () => {
    const { db } = setup();
    const previewed = await importNominationsAction(null, form({ intent: 'preview', csv: HEADER + ROW }));
    const view = (previewed as { data: ImportView }).data;
    // Someone else imports the same row first.
    await importNominationsAction(
      null,
      form({ intent: 'apply', csv: view.csv!, fileName: 'other.csv', fingerprint: view.fingerprint }),
    );
    const before = tableCounts(db);
    const again = await importNominationsAction(
      null,
      form({ intent: 'apply', csv: view.csv!, fileName: view.fileName, fingerprint: view.fingerprint }),
    );
    expect(again).toMatchObject({
      ok: true,
      message: expect.stringContaining('Nothing was written: the catalogue (or the file) changed since your preview'),
      data: { stage: 'stale', csv: null, counts: { created: 0, unchanged: 1 } },
    });
    expect(tableCounts(db)).toEqual(before);
  });

  it('asks before a file undoes a result: an old export imported again writes nothing until the box is ticked', async () => {
    const { db } = setup();
    const apply = async (csv: string, extra: Record<string, string> = {}) => {
      const previewed = await importNominationsAction(null, form({ intent: 'preview', csv }));
      const view = (previewed as { data: ImportView }).data;
      const fields = { intent: 'apply', csv: view.csv!, fileName: view.fileName, fingerprint: view.fingerprint };
      return { previewed, applied: await importNominationsAction(null, form({ ...fields, ...extra })) };
    };
    // The export taken on nominations day, then the results entered from a later file.
    await apply(HEADER + ROW);
    await apply(HEADER + ROW.replace(',nominated,', ',won,'));
    expect(count(db, `select count(*) from nominations where status = 'won'`)).toBe(1);

    const before = tableCounts(db);
    const { previewed, applied } = await apply(HEADER + ROW);
    expect(previewed).toMatchObject({
      ok: true,
      message: expect.stringContaining('1 status change would change or undo a result'),
      data: { counts: { changed: 1, revisions: 1 }, revisions: [{ line: 2, detail: 'Won → Nominated' }] },
    });
    expect(applied).toMatchObject({
      ok: true,
      message: expect.stringContaining('Nothing was written. 1 status change would change or undo a result'),
      data: { stage: 'preview', counts: { revisions: 1 } },
    });
    expect(tableCounts(db)).toEqual(before);
    expect(count(db, `select count(*) from nominations where status = 'won'`)).toBe(1);

    // Ticked, the file is taken as the newer record.
    const confirmed = await apply(HEADER + ROW, { undoResults: 'on' });
    expect(confirmed.applied).toMatchObject({ ok: true, message: expect.stringContaining('Imported pasted text') });
    expect(count(db, `select count(*) from nominations where status = 'nominated'`)).toBe(1);
  });

  it('says when a changed row still names the source of the status held now, which it does not cite', async () => {
    const { db } = setup();
    const apply = async (csv: string) => {
      const previewed = await importNominationsAction(null, form({ intent: 'preview', csv }));
      const view = (previewed as { data: ImportView }).data;
      await importNominationsAction(
        null,
        form({ intent: 'apply', csv: view.csv!, fileName: view.fileName, fingerprint: view.fingerprint }),
      );
      return view;
    };
    const announced = 'https://example.test/nominees-announced';
    await apply(HEADER + ROW.replace(/,\n$/, `,${announced}\n`));
    // The export of that edition, its status edited to "won" and its source left as it was.
    const edited = await apply(HEADER + ROW.replace(',nominated,', ',won,').replace(/,\n$/, `,${announced}\n`));
    expect(edited.changed).toEqual([
      expect.objectContaining({
        detail: expect.stringMatching(/^Nominated → Won, without a source: the source_url given/),
      }),
    ]);
    const citedFor = (status: string) =>
      db.$client
        .prepare(
          `select s.url from status_events e left join sources s on s.id = e.source_id where e.to_status = ? order by e.id`,
        )
        .pluck()
        .all(status);
    expect(citedFor('won')).toEqual([null]);
    // A row naming a source of its own for the change: the preview gives the change alone.
    const reported = 'https://example.test/winners-announced';
    const withSource = await apply(HEADER + ROW.replace(',nominated,', ',lost,').replace(/,\n$/, `,${reported}\n`));
    expect(withSource.revisions).toEqual([expect.objectContaining({ detail: 'Won → Lost' })]);
  });

  it('asks for a file or text, and names each bad line of pasted text', async () => {
    setup();
    expect(await importNominationsAction(null, form({ intent: 'preview', csv: ' ' }))).toMatchObject({
      ok: false,
      fieldErrors: { file: ['Choose a CSV file or paste its text.'] },
    });
    const bad = HEADER + ROW.replace('nominated', 'nominee') + ROW.replace('Test Awards,', 'Tset Awards,');
    const refused = await importNominationsAction(null, form({ intent: 'preview', csv: bad }));
    expect(refused).toMatchObject({
      ok: false,
      // Every bad line at once: the refused row, and the row naming an award not in the catalogue.
      fieldErrors: {
        csv: [
          expect.stringMatching(/^Line 2: status "nominee" is not one of/),
          expect.stringMatching(/^Line 3: .*award "Tset Awards" is not in the catalogue/),
        ],
      },
      values: { csv: bad },
    });
    const unknown = await importNominationsAction(
      null,
      form({ intent: 'preview', csv: HEADER + ROW.replace('Test Awards,', 'Tset Awards,') }),
    );
    expect(unknown).toMatchObject({
      ok: true,
      data: { csv: null, errors: [{ line: 2, detail: 'award "Tset Awards" is not in the catalogue' }] },
    });
  });

  it('refuses an anonymous caller before reading anything', async () => {
    setup();
    resetRequest();
    expect(await importNominationsAction(null, form({ intent: 'preview', csv: HEADER + ROW }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('sign in'),
    });
  });

  it('reads a UTF-16 file with its byte order mark, refuses one that is not UTF-8, and says when a file is empty', async () => {
    const { db } = setup();
    const before = tableCounts(db);
    const text = (HEADER + ROW).replace('Action Test Film', 'Café Test Film');
    const utf16 = new File([new Uint8Array([0xff, 0xfe]), Buffer.from(text, 'utf16le')], 'unicode.csv');
    const previewed = await importNominationsAction(null, form({ intent: 'preview', file: utf16, csv: '' }));
    expect(previewed).toMatchObject({ ok: true, data: { newFilms: ['Café Test Film'] } });

    // Latin-1: "é" is the single byte 0xE9, which no UTF-8 text holds there.
    const latin1 = new File([Buffer.from(text, 'latin1')], 'latin1.csv');
    expect(await importNominationsAction(null, form({ intent: 'preview', file: latin1, csv: '' }))).toMatchObject({
      ok: false,
      message:
        'latin1.csv is not UTF-8 text: save it as “CSV UTF-8” (or UTF-8 CSV) and choose it again. Nothing was written.',
    });
    const empty = new File([], 'empty.csv');
    expect(await importNominationsAction(null, form({ intent: 'preview', file: empty, csv: '' }))).toMatchObject({
      ok: false,
      fieldErrors: { file: ['The file chosen is empty: choose the CSV file again.'] },
    });
    expect(tableCounts(db)).toEqual(before);
  });
});
