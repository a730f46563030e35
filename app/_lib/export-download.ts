// Downloads of the catalogue, open data as the API is: ?edition=AWARD/EDITION, ?award=AWARD or ?film=FILM,
// with format=csv (default) or json. The CSV is the import's format (db/queries/export.ts), so a
// journalist's spreadsheet and an editor's correction file are one format. Answered at /export
// (app/export/route.ts) and, for the links editors kept, /admin/export.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { listExportNominations, nominationsToCsv, type ExportScope } from '@/db/queries/export';
import { getFilmBySlug } from '@/db/queries/films';
import { awards, editions } from '@/db/schema';
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

/** The scope the query names, and a file name for it; null when it names nothing we hold. */
async function resolveScope(query: z.infer<typeof querySchema>): Promise<{ scope: ExportScope; name: string } | null> {
  const db = getDb();
  if (query.edition) {
    const [awardSlug, editionSlug] = query.edition.split('/') as [string, string];
    const [row] = await db
      .select({ id: editions.id })
      .from(editions)
      .innerJoin(awards, eq(awards.id, editions.awardId))
      .where(and(eq(awards.slug, awardSlug), eq(editions.slug, editionSlug)))
      .limit(1);
    return row ? { scope: { kind: 'edition', id: row.id }, name: `${awardSlug}-${editionSlug}` } : null;
  }
  if (query.award) {
    const [row] = await db.select({ id: awards.id }).from(awards).where(eq(awards.slug, query.award)).limit(1);
    return row ? { scope: { kind: 'award', id: row.id }, name: query.award } : null;
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
  return film ? { scope: { kind: 'film', id: film.id }, name: film.slug } : null;
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
  const target = await resolveScope(parsed.data);
  if (!target) return exportProblem(404, 'There is no such edition, award or film.');

  const rows = await listExportNominations(getDb(), target.scope);
  const file = `laurels-${target.name}.${parsed.data.format}`;
  // Read afresh on every request: the catalogue may have changed since the last download.
  const headers = { 'Content-Disposition': `attachment; filename="${file}"`, 'Cache-Control': 'no-store' };
  if (parsed.data.format === 'json') {
    return Response.json(
      { exportedAt: new Date().toISOString(), scope: target.scope.kind, nominations: rows },
      { headers },
    );
  }
  return new Response(nominationsToCsv(rows), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
}
