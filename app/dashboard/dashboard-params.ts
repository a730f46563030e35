// The dashboard's query string (?season=2016-17&award=…&category=…&sort=…&page=…), read with zod. A value that
// cannot be read is dropped with a sentence saying so, never an error page; links are built here too,
// so every link and form keeps the other choices.
import { z } from 'zod';
import type { Check, DASHBOARD_KEYS, ExactKeys } from '@/app/_lib/cached-views';
import { pageNumberSchema } from '@/app/_lib/page-number';
import { parseSeason, seasonParam, type SeasonStart } from '@/db/rules/awards-season';
import { SCOREBOARD_SORTS, type ScoreboardSort } from '@/db/queries/dashboard-scoreboard';

export interface DashboardParams {
  season: SeasonStart | null;
  award: string | null;
  category: number | null;
  sort: ScoreboardSort;
  /** The scoreboard's page, from 1. */
  page: number;
}

/** The cached address of a dashboard view (app/_lib/cached-views.ts) carries exactly these parameters. */
export type DashboardKeysCached = Check<ExactKeys<typeof DASHBOARD_KEYS, DashboardParams>>;

const fieldSchemas = {
  season: z
    .string()
    .refine((value) => parseSeason(value) !== null, 'The season must be written like 2016-17.')
    .transform((value) => parseSeason(value)!),
  award: z.string().regex(/^[a-z0-9-]{1,120}$/, 'The award is not one Laurels knows.'),
  category: z.coerce.number('The category is not known.').int().positive('The category is not known.'),
  sort: z.enum(SCOREBOARD_SORTS, 'Sort by wins, nominations or title.'),
  page: pageNumberSchema('The scoreboard page must be a whole number.', 'The scoreboard page must be 1 or more.'),
};

/** One field: absent or blank is null; unreadable is null with a message. */
function readField<T>(schema: z.ZodType<T, unknown>, raw: unknown, problems: string[]): T | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return null;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  problems.push(result.error.issues[0]?.message ?? 'A choice could not be read.');
  return null;
}

/** The choices in the query string, and a message for each one that was dropped. */
export function parseDashboardParams(raw: Record<string, string | string[] | undefined>): {
  params: DashboardParams;
  problems: string[];
} {
  const problems: string[] = [];
  const params: DashboardParams = {
    season: readField(fieldSchemas.season, raw.season, problems),
    award: readField(fieldSchemas.award, raw.award, problems),
    category: readField(fieldSchemas.category, raw.category, problems),
    sort: readField(fieldSchemas.sort, raw.sort, problems) ?? 'wins',
    page: readField(fieldSchemas.page, raw.page, problems) ?? 1,
  };
  return { params, problems };
}

/**
 * A link to the dashboard with these choices (the default sort and the first page are left out). Any
 * other change starts the scoreboard again at its first page.
 */
export function dashboardHref(params: DashboardParams, changes: Partial<DashboardParams> = {}): string {
  const next = { ...params, page: 1, ...changes };
  const query = new URLSearchParams();
  if (next.season !== null) query.set('season', seasonParam(next.season));
  if (next.award) query.set('award', next.award);
  if (next.category) query.set('category', String(next.category));
  if (next.sort !== 'wins') query.set('sort', next.sort);
  if (next.page > 1) query.set('page', String(next.page));
  const text = query.toString();
  return text ? `/dashboard?${text}` : '/dashboard';
}
