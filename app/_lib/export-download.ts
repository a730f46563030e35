// Downloads of the catalogue, open data as the API is: ?edition=AWARD/EDITION, ?award=AWARD or ?film=FILM,
// with format=csv (default) or json. The CSV is the import's format (db/queries/export.ts), so a
// journalist's spreadsheet and an editor's correction file are one format. Answered at /export
// (app/export/route.ts) and, for the links editors kept, /admin/export.
import { z } from 'zod';
import { openSnapshot, type Db } from '@/db/client';
import { exportChunks, nominationsToCsv, type ExportNomination, type ExportScope } from '@/db/queries/export';
import { getAwardBySlug, lookUpEdition, splitEditionAddress } from '@/db/queries/awards';
import { getFilmBySlug } from '@/db/queries/films';
import { resolveFilmAddress } from './page-addresses';

const slug = z.string().regex(/^[a-z0-9-]{1,100}$/, 'is not a valid slug');
// In any capitals, as the film's page takes its address (resolveFilmAddress finds the film in lower case).
const filmAddress = z.string().regex(/^[a-z0-9-]{1,100}$/i, 'is not a valid slug or IMDb id');
const querySchema = z
  .object({
    edition: z
      .string()
      .regex(/^[a-z0-9-]{1,100}\/[a-z0-9-]{1,100}$/, 'must be AWARD/EDITION')
      .optional(),
    award: slug.optional(),
    film: filmAddress.optional(),
    format: z.enum(['csv', 'json'], { error: 'must be csv or json' }).default('csv'),
  })
  .refine((q) => [q.edition, q.award, q.film].filter(Boolean).length === 1, {
    message: 'name exactly one of edition (AWARD/EDITION), award or film',
  });

export function exportProblem(status: number, message: string): Response {
  return Response.json({ error: message }, { status });
}

type Target = { scope: ExportScope; name: string } | { missing: string };

/**
 * The scope the query names, and a file name for it; or, when it names nothing we hold, what was not
 * found, as the API says it: an edition named by a year or an ordinal that stands for one edition is that
 * edition ("academy-awards/89" is the 89th), and one that could be several names them.
 */
async function resolveScope(db: Db, query: z.infer<typeof querySchema>): Promise<Target> {
  const address = query.edition === undefined ? undefined : splitEditionAddress(query.edition);
  if (address) {
    const award = await getAwardBySlug(db, address.award);
    if (!award) return { missing: `there is no award “${address.award}”.` };
    const lookup = await lookUpEdition(db, award, address.edition);
    if ('missing' in lookup) return lookup;
    return { scope: { kind: 'edition', id: lookup.edition.id }, name: `${award.slug}-${lookup.edition.slug}` };
  }
  if (query.award) {
    const award = await getAwardBySlug(db, query.award);
    return award
      ? { scope: { kind: 'award', id: award.id }, name: award.slug }
      : { missing: `there is no award “${query.award}”.` };
  }
  // A film as its page finds it: by slug, IMDb id (tt…) or a merged film's old slug.
  const resolved = await resolveFilmAddress(db, query.film ?? '');
  const slugNow =
    resolved.kind === 'found'
      ? resolved.record.slug
      : resolved.kind === 'moved'
        ? decodeURIComponent(resolved.path.slice('/films/'.length))
        : null;
  const film = slugNow === null ? undefined : await getFilmBySlug(db, slugNow);
  return film
    ? { scope: { kind: 'film', id: film.id }, name: film.slug }
    : { missing: `there is no film “${query.film}” (give its slug or IMDb id).` };
}

/** A parameter given twice, which the export would otherwise read as its last value without a word. */
function repeatedParameter(params: URLSearchParams): string | null {
  const keys = [...params.keys()];
  return keys.find((key, i) => keys.indexOf(key) !== i) ?? null;
}

export async function exportDownload(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const repeated = repeatedParameter(params);
  if (repeated) return exportProblem(400, `Nothing to export: ${repeated} is given more than once; give it once.`);
  const parsed = querySchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')} ${i.message}` : i.message));
    return exportProblem(400, `Nothing to export: ${reasons.join('; ')}.`);
  }
  // One snapshot from naming the scope to the file's last line: the file is the catalogue at one moment,
  // though it is written over many turns of the event loop.
  const snapshot = openSnapshot();
  let streaming = false;
  try {
    const target = await resolveScope(snapshot.db, parsed.data);
    if ('missing' in target) return exportProblem(404, `Nothing to export: ${target.missing}`);
    const { format } = parsed.data;
    const file = `laurels-${target.name}.${format}`;
    // Read afresh on every request: the catalogue may have changed since the last download.
    const headers = {
      'Content-Disposition': `attachment; filename="${file}"`,
      'Cache-Control': 'no-store',
      'Content-Type': format === 'json' ? 'application/json' : 'text/csv; charset=utf-8',
    };
    const chunks = exportChunks(snapshot.db, target.scope);
    const body = streamOf(format === 'json' ? jsonParts(chunks, target.scope) : csvParts(chunks), snapshot.close);
    streaming = true;
    return new Response(body, { headers });
  } finally {
    if (!streaming) snapshot.close();
  }
}

/** The CSV file: the header, then each chunk's lines (the header alone when there is no nomination). */
async function* csvParts(chunks: AsyncIterable<ExportNomination[]>): AsyncGenerator<string> {
  let header = true;
  for await (const rows of chunks) {
    yield nominationsToCsv(rows, { header });
    header = false;
  }
  if (header) yield nominationsToCsv([]);
}

/** The JSON file, { exportedAt, scope, nominations: [...] }, written a chunk of nominations at a time. */
async function* jsonParts(chunks: AsyncIterable<ExportNomination[]>, scope: ExportScope): AsyncGenerator<string> {
  yield `{"exportedAt":${JSON.stringify(new Date().toISOString())},"scope":${JSON.stringify(scope.kind)},"nominations":[`;
  let first = true;
  for await (const rows of chunks) {
    if (!rows.length) continue;
    yield (first ? '' : ',') + rows.map((row) => JSON.stringify(row)).join(',');
    first = false;
  }
  yield ']}';
}

/**
 * A response body written part by part, giving the event loop a turn after each: the reads are
 * synchronous, and a whole award's file took seconds, during which no other request was answered. The
 * parts are made as fast as that allows, not as fast as the client reads them, so the snapshot is let go
 * (done) as soon as the last is made. A failure part-way can no longer change the status: the download
 * is cut short, and the error is logged.
 */
function streamOf(parts: AsyncGenerator<string>, done: () => void): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cancelled = false;
  return new ReadableStream({
    async start(controller) {
      try {
        for await (const part of parts) {
          if (cancelled) return;
          controller.enqueue(encoder.encode(part));
          await new Promise((resolve) => setImmediate(resolve));
        }
        if (!cancelled) controller.close();
      } catch (error) {
        console.error('export: the download was cut short', error);
        if (!cancelled) controller.error(error);
      } finally {
        done();
      }
    },
    cancel() {
      cancelled = true;
    },
  });
}
