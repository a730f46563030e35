// The download at /export as a client reads it: a whole award's file written a chunk at a time, the
// event loop free between chunks for other requests, valid CSV and JSON across chunk boundaries, and the
// header alone for a scope with no nomination.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDownload } from '@/app/_lib/export-download';
import { ensureFilm } from '@/db/queries/films';
import { CSV_COLUMNS, EXPORT_CHUNK_SIZE, listExportNominations } from '@/db/queries/export';
import { seedDatabase } from '@/db/seed';
import { freshDatabase } from '@/tests/helpers/db';

const { db, file } = freshDatabase();
const previous = process.env.LAURELS_DB;
let awardSize = 0;
beforeAll(async () => {
  process.env.LAURELS_DB = file;
  await seedDatabase(db);
  ensureFilm(db, { title: 'Export Test Film Without Nominations', year: 2020 }, 'test');
  const award = db.$client.prepare(`select id from awards where slug = 'academy-awards'`).pluck().get() as number;
  awardSize = (await listExportNominations(db, { kind: 'award', id: award })).length;
});
afterAll(() => {
  if (previous === undefined) delete process.env.LAURELS_DB;
  else process.env.LAURELS_DB = previous;
});

const download = (query: string) => exportDownload(new Request(`http://localhost/export?${query}`));

/** The body's parts as they arrive, each with whether other work had had a turn of the event loop by then. */
async function readParts(response: Response): Promise<{ text: string; othersRan: boolean }[]> {
  let othersRan = false;
  setImmediate(() => (othersRan = true));
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const parts: { text: string; othersRan: boolean }[] = [];
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    parts.push({ text: decoder.decode(read.value), othersRan });
  }
  return parts;
}

describe('/export', () => {
  it('writes a whole award a chunk at a time, letting other work run before the file is done', async () => {
    expect(awardSize).toBeGreaterThan(2 * EXPORT_CHUNK_SIZE);
    const response = await download('award=academy-awards&format=json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const parts = await readParts(response);
    // Before the last part arrived, a callback queued when the download began had run.
    expect(parts.at(-1)!.othersRan).toBe(true);
    const file = JSON.parse(parts.map((part) => part.text).join('')) as { scope: string; nominations: unknown[] };
    expect(file.scope).toBe('award');
    expect(file.nominations).toHaveLength(awardSize);
  });

  it('writes a CSV of many chunks with one header and every nomination once', async () => {
    const response = await download('award=academy-awards&format=csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="laurels-academy-awards.csv"');
    const lines = parse(await response.text(), { columns: true }) as Record<string, string>[];
    expect(lines).toHaveLength(awardSize);
    expect(Object.keys(lines[0]!)).toEqual([...CSV_COLUMNS]);
    expect(lines.filter((line) => line.award === 'award')).toEqual([]);
  });

  it('writes the header alone, or an empty list, for a film with no nomination', async () => {
    const csv = await (await download('film=export-test-film-without-nominations-2020')).text();
    expect(csv).toBe(`${CSV_COLUMNS.join(',')}\n`);
    const json = await (await download('film=export-test-film-without-nominations-2020&format=json')).json();
    expect(json).toMatchObject({ scope: 'film', nominations: [] });
  });

  it('answers 404 for a scope it does not hold, naming what was not found, and 400 for a bad query', async () => {
    const missing = await download('award=no-such-award');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'Nothing to export: there is no award “no-such-award”.' });
    // A year two editions answer to is not guessed between: both are named, as the API names them.
    const ambiguous = await download('edition=academy-awards/2016');
    expect(ambiguous.status).toBe(404);
    expect(await ambiguous.json()).toEqual({
      error: 'Nothing to export: Academy Awards has no edition “2016”. It could be any of: 88th, 89th.',
    });
    expect((await download('film=no-such-film')).status).toBe(404);
    expect((await download('award=academy-awards&format=xml')).status).toBe(400);
  });

  it('exports an edition named by its ordinal as that edition', async () => {
    const response = await download('edition=academy-awards/89');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="laurels-academy-awards-89th.csv"');
    const lines = parse(await response.text(), { columns: true }) as Record<string, string>[];
    expect(new Set(lines.map((line) => line.edition))).toEqual(new Set(['89th Academy Awards']));
  });
});
