// Reads for the award side of the public site: the awards, their editions, an edition's categories
// with nominees, winners and the source of each status, and what the home page shows.
// Every page costs a handful of queries whatever its size: rows are fetched in bulk and grouped here,
// never one query per nomination, so an edition of 24 categories reads as fast as one of 2.
import {
  and,
  asc,
  count,
  countDistinct,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  lte,
  max,
  min,
  or,
  sql,
} from 'drizzle-orm';
import type { Executor } from '../client';
import { ceremonyOffset } from '../rules/ceremony-year';
import { shortened } from '../rules/text';
import {
  awards,
  canonicalCategories,
  categories,
  editions,
  films,
  nominationFilms,
  nominationPeople,
  nominations,
  organizations,
  people,
  sources,
  statusEvents,
  type NominationStatus,
} from '../schema';
import { citedSourceColumns, withCitedSource, type CitedSource } from './sources';

export interface FilmRef {
  id: number;
  slug: string;
  title: string;
  year: number | null;
}

export interface PersonRef {
  id: number;
  slug: string;
  name: string;
}

/** A nomination's current status as its latest history event records it, with why it is believed. */
export interface LatestStatus {
  status: NominationStatus;
  occurredOn: string | null;
  note: string | null;
  source: CitedSource | null;
}

export interface Nominee {
  films: FilmRef[];
  people: PersonRef[];
}

/** A category that counts as documentary: flagged so, or not yet linked to a canonical category. */
const isDocumentaryCategory = sql`coalesce(${canonicalCategories.isDocumentary}, 1) = 1`;

/**
 * A documentary win, checked on each row of a query that already joins the nomination's category and
 * its canonical category (left join). Queries reach the rows through a bounded set first (an award's
 * editions, the newest wins), so this is a check per row and never a list of every documentary category.
 * Concatenating '' hides the status column from SQLite's index choice (portable SQL, unlike `+col`):
 * with the whole oscar_data file one nomination in five is won, so the status index is the slow road.
 */
const isDocumentaryWinRow = and(isDocumentaryCategory, sql`(${nominations.status} || '') = 'won'`);

/** Ceremony year when the date is known, else the awards year: how "recent" is judged without inventing dates. */
const editionSortYear = sql`coalesce(cast(substr(${editions.ceremonyDate}, 1, 4) as integer), ${editions.year})`;

// Long id lists are read in slices so that no statement nears SQLite's bound-parameter limit.
const SLICE = 500;

function slices<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += SLICE) out.push(items.slice(i, i + SLICE));
  return out;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The rows, each with the films and people of its nomination in their billed order: two queries for
 * any number of rows (one when a list shows films only and leaves the people out).
 */
export async function withNominees<T>(
  db: Executor,
  rows: readonly T[],
  nominationIdOf: (row: T) => number,
  options: { withPeople?: boolean } = {},
): Promise<(T & Nominee)[]> {
  const nominees = await loadNominees(db, rows.map(nominationIdOf), options);
  return rows.map((row) => ({ ...row, ...(nominees.get(nominationIdOf(row)) ?? { films: [], people: [] }) }));
}

async function loadNominees(
  db: Executor,
  nominationIds: readonly number[],
  { withPeople = true }: { withPeople?: boolean },
): Promise<Map<number, Nominee>> {
  const result = new Map<number, Nominee>(nominationIds.map((id) => [id, { films: [], people: [] }]));
  for (const ids of slices([...new Set(nominationIds)])) {
    const filmRows = await db
      .select({
        nominationId: nominationFilms.nominationId,
        id: films.id,
        slug: films.slug,
        title: films.title,
        year: films.year,
      })
      .from(nominationFilms)
      .innerJoin(films, eq(films.id, nominationFilms.filmId))
      .where(inArray(nominationFilms.nominationId, ids))
      .orderBy(asc(nominationFilms.nominationId), asc(nominationFilms.position));
    for (const { nominationId, ...film } of filmRows) result.get(nominationId)?.films.push(film);
    if (!withPeople) continue;

    const personRows = await db
      .select({ nominationId: nominationPeople.nominationId, id: people.id, slug: people.slug, name: people.name })
      .from(nominationPeople)
      .innerJoin(people, eq(people.id, nominationPeople.personId))
      .where(inArray(nominationPeople.nominationId, ids))
      .orderBy(asc(nominationPeople.nominationId), asc(nominationPeople.position));
    for (const { nominationId, ...person } of personRows) result.get(nominationId)?.people.push(person);
  }
  return result;
}

/**
 * Of a nomination's events (an aggregate over them, joined to the nomination), the id of the one its status
 * now rests on: the latest event to that status that cites a source, else the latest event to it, else (in
 * a history that has none) the latest event. It need not be the latest event. A win undone or a category
 * reopened on ceremony night returns the nominee to a status a source gave it before, without a source of
 * its own: the status still rests on that source. And a merge of two nominations (merge-nominations.ts)
 * keeps the history of both, so the twin's later "nominated" may follow the "lost" the kept status rests on.
 */
export const statusEventIdSql = sql<number>`coalesce(
  max(case when ${statusEvents.toStatus} = ${nominations.status} and ${statusEvents.sourceId} is not null then ${statusEvents.id} end),
  max(case when ${statusEvents.toStatus} = ${nominations.status} then ${statusEvents.id} end),
  max(${statusEvents.id}))`;

/** The history event each nomination's status now rests on (statusEventIdSql), with its source; one query for any number. */
export async function loadLatestStatuses(
  db: Executor,
  nominationIds: readonly number[],
): Promise<Map<number, LatestStatus>> {
  const result = new Map<number, LatestStatus>();
  for (const ids of slices([...new Set(nominationIds)])) {
    const latestIds = db
      .select({ id: statusEventIdSql })
      .from(statusEvents)
      .innerJoin(nominations, eq(nominations.id, statusEvents.nominationId))
      .where(inArray(statusEvents.nominationId, ids))
      .groupBy(statusEvents.nominationId);
    const rows = await db
      .select({
        nominationId: statusEvents.nominationId,
        status: statusEvents.toStatus,
        occurredOn: statusEvents.occurredOn,
        note: statusEvents.note,
        ...citedSourceColumns,
      })
      .from(statusEvents)
      .leftJoin(sources, eq(sources.id, statusEvents.sourceId))
      .where(inArray(statusEvents.id, latestIds));
    for (const { nominationId, ...row } of rows) result.set(nominationId, withCitedSource(row));
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Awards

/** Every award with its organization, how many editions we hold and the years they span. */
export async function listAwards(db: Executor) {
  const firstLabel = sql<string | null>`(
    select coalesce(first.year_label, first.year) from ${editions} as first
     where first.award_id = ${awards.id} order by first.year, first.ordinal limit 1)`;
  return db
    .select({
      slug: awards.slug,
      name: awards.name,
      kind: awards.kind,
      organization: organizations.name,
      editionCount: count(editions.id),
      firstYearLabel: firstLabel.mapWith(String),
      lastYear: max(editions.year),
    })
    .from(awards)
    .leftJoin(organizations, eq(organizations.id, awards.organizationId))
    .leftJoin(editions, eq(editions.awardId, awards.id))
    .groupBy(awards.id)
    .orderBy(asc(awards.name));
}

/** The name of the award with this slug, or undefined. */
export function awardNameOf(db: Executor, slug: string): string | undefined {
  return db.select({ name: awards.name }).from(awards).where(eq(awards.slug, slug)).get()?.name;
}

export async function getAwardBySlug(db: Executor, slug: string) {
  const [award] = await db
    .select({
      id: awards.id,
      slug: awards.slug,
      name: awards.name,
      shortName: awards.shortName,
      kind: awards.kind,
      description: awards.description,
      url: awards.url,
      organization: organizations.name,
      organizationUrl: organizations.url,
    })
    .from(awards)
    .leftJoin(organizations, eq(organizations.id, awards.organizationId))
    .where(eq(awards.slug, slug))
    .limit(1);
  return award;
}

export interface WinnerInBrief extends Nominee {
  nominationId: number;
  category: string;
  displayName: string | null;
}

/**
 * The award's editions, newest first, each with the winners of its documentary categories in brief.
 * Three queries in all, whatever the number of editions.
 */
export async function listEditionsForAward(db: Executor, awardId: number) {
  const rows = await db
    .select({
      id: editions.id,
      slug: editions.slug,
      name: editions.name,
      ordinal: editions.ordinal,
      year: editions.year,
      yearLabel: editions.yearLabel,
      ceremonyDate: editions.ceremonyDate,
    })
    .from(editions)
    .where(eq(editions.awardId, awardId))
    .orderBy(desc(editions.year), desc(editions.ordinal), desc(editions.id));

  // From the award's editions (tens) to their categories and nominations through their indexes.
  const editionIds = rows.map((edition) => edition.id);
  const winners = await db
    .select({
      nominationId: nominations.id,
      editionId: categories.editionId,
      category: categories.name,
      displayName: nominations.displayName,
    })
    .from(nominations)
    .innerJoin(categories, eq(categories.id, nominations.categoryId))
    .leftJoin(canonicalCategories, eq(canonicalCategories.id, categories.canonicalCategoryId))
    .where(and(inArray(categories.editionId, editionIds), isDocumentaryWinRow))
    .orderBy(asc(categories.position), asc(categories.id), asc(nominations.position), asc(nominations.id));
  // The brief shows the winning films only; a winner without a film shows its name as written.
  const briefs = await withNominees(db, winners, (w) => w.nominationId, { withPeople: false });

  const byEdition = new Map<number, WinnerInBrief[]>();
  for (const { editionId, ...winner } of briefs) pushTo(byEdition, editionId, winner);
  return rows.map((edition) => ({ ...edition, winners: byEdition.get(edition.id) ?? [] }));
}

/** The award's categories across years, documentary ones first, with how often and when each was given. */
export async function listCanonicalCategories(db: Executor, awardId: number) {
  return db
    .select({
      id: canonicalCategories.id,
      slug: canonicalCategories.slug,
      name: canonicalCategories.name,
      groupName: canonicalCategories.groupName,
      isDocumentary: canonicalCategories.isDocumentary,
      editionCount: countDistinct(categories.editionId),
      firstYear: min(editions.year),
      lastYear: max(editions.year),
    })
    .from(canonicalCategories)
    .leftJoin(categories, eq(categories.canonicalCategoryId, canonicalCategories.id))
    .leftJoin(editions, eq(editions.id, categories.editionId))
    .where(eq(canonicalCategories.awardId, awardId))
    .groupBy(canonicalCategories.id)
    .orderBy(
      desc(canonicalCategories.isDocumentary),
      asc(canonicalCategories.groupName),
      asc(canonicalCategories.name),
    );
}

/**
 * The award's categories not yet linked to a category across the years, by name (one row for a name given
 * in several editions), with how often and when each was given: listed apart, since nothing ties them to
 * the categories above yet.
 */
export async function listUnlinkedCategories(db: Executor, awardId: number) {
  return db
    .select({
      name: categories.name,
      editionCount: countDistinct(categories.editionId),
      firstYear: min(editions.year),
      lastYear: max(editions.year),
    })
    .from(categories)
    .innerJoin(editions, eq(editions.id, categories.editionId))
    .where(and(eq(editions.awardId, awardId), isNull(categories.canonicalCategoryId)))
    .groupBy(categories.name)
    .orderBy(asc(categories.name));
}

/**
 * The award's category across the years that `slug` names: its own slug ("documentary-feature"), or the
 * slug an edition gave it ("documentary-feature-film" at the 95th); undefined for none, or for an
 * edition's slug that stands for two categories.
 */
export function findCanonicalCategoryId(db: Executor, awardId: number, slug: string): number | undefined {
  const own = db
    .select({ id: canonicalCategories.id })
    .from(canonicalCategories)
    .where(and(eq(canonicalCategories.awardId, awardId), eq(canonicalCategories.slug, slug)))
    .get();
  if (own) return own.id;
  const named = db
    .selectDistinct({ id: categories.canonicalCategoryId })
    .from(categories)
    .innerJoin(editions, eq(editions.id, categories.editionId))
    .where(and(eq(editions.awardId, awardId), eq(categories.slug, slug), isNotNull(categories.canonicalCategoryId)))
    .limit(2)
    .all();
  return named.length === 1 ? (named[0]!.id ?? undefined) : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Editions

const editionColumns = {
  id: editions.id,
  slug: editions.slug,
  name: editions.name,
  ordinal: editions.ordinal,
  year: editions.year,
  yearLabel: editions.yearLabel,
  submissionsDate: editions.submissionsDate,
  shortlistDate: editions.shortlistDate,
  nominationsDate: editions.nominationsDate,
  ceremonyDate: editions.ceremonyDate,
  datesNote: editions.datesNote,
  venue: editions.venue,
  resultsComplete: editions.resultsComplete,
  awardId: awards.id,
  awardSlug: awards.slug,
  awardName: awards.name,
};

export async function getEdition(db: Executor, awardSlug: string, editionSlug: string) {
  const [edition] = await db
    .select(editionColumns)
    .from(editions)
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .where(and(eq(awards.slug, awardSlug), eq(editions.slug, editionSlug)))
    .limit(1);
  return edition;
}

export type EditionMatch =
  | { kind: 'none' }
  | { kind: 'one'; slug: string }
  | { kind: 'many'; editions: { slug: string; name: string; year: number; ceremonyDate: string | null }[] };

const YEAR = /^\d{4}$/;
const ORDINAL = /^(\d{1,3})(?:st|nd|rd|th)?$/;

/**
 * The edition a non-canonical slug stands for: another case of a slug, a year ("2017": the awards
 * year or the ceremony year, since announcements use either) or an ordinal ("89", "89th").
 * The caller redirects on exactly one match and never guesses between several.
 */
export async function matchEditionSlug(db: Executor, awardId: number, term: string): Promise<EditionMatch> {
  const wanted = term.trim().toLowerCase();
  const ordinal = ORDINAL.exec(wanted)?.[1];
  const conditions = [eq(editions.slug, wanted)];
  if (YEAR.test(wanted)) {
    conditions.push(eq(editions.year, Number(wanted)), sql`substr(${editions.ceremonyDate}, 1, 4) = ${wanted}`);
    // An edition without a ceremony date is held when the award's dated editions are (the 98th Academy
    // Awards, of 2025, in 2026), as search reads a year.
    const offset = (await listCeremonyOffsets(db, awardId)).get(awardId);
    if (offset) {
      conditions.push(sql`(${editions.ceremonyDate} is null and ${editions.year} + ${offset} = ${Number(wanted)})`);
    }
  } else if (ordinal !== undefined) {
    conditions.push(eq(editions.ordinal, Number(ordinal)));
  }
  const found = await db
    .select({ slug: editions.slug, name: editions.name, year: editions.year, ceremonyDate: editions.ceremonyDate })
    .from(editions)
    .where(and(eq(editions.awardId, awardId), or(...conditions)))
    .orderBy(asc(editions.year), asc(editions.ordinal))
    .limit(10);
  const exact = found.find((edition) => edition.slug === wanted);
  if (exact) return { kind: 'one', slug: exact.slug };
  if (found.length === 1) return { kind: 'one', slug: found[0]!.slug };
  return found.length ? { kind: 'many', editions: found } : { kind: 'none' };
}

export type EditionLookup =
  { edition: NonNullable<Awaited<ReturnType<typeof getEdition>>>; asNamed: boolean } | { missing: string };

/**
 * The edition of `award` that `term` names: by its slug (`asNamed`), else as matchEditionSlug reads a year,
 * an ordinal or another case, so that a caller with an address of its own can move to the edition's; or
 * why there is none, naming the editions a year could mean. One reading for the API and the export.
 */
export async function lookUpEdition(
  db: Executor,
  award: { id: number; slug: string; name: string },
  term: string,
): Promise<EditionLookup> {
  const edition = await getEdition(db, award.slug, term);
  if (edition) return { edition, asNamed: true };
  const match = await matchEditionSlug(db, award.id, term);
  const matched = match.kind === 'one' ? await getEdition(db, award.slug, match.slug) : undefined;
  if (matched) return { edition: matched, asNamed: false };
  const many = match.kind === 'many' ? ` It could be any of: ${match.editions.map((e) => e.slug).join(', ')}.` : '';
  return { missing: `${award.name} has no edition “${shortened(term)}”.${many}` };
}

/** An edition named with its award, as the export and the API take it: "ida-documentary-awards/2016". */
export function splitEditionAddress(address: string): { award: string; edition: string } | undefined {
  const slash = address.indexOf('/');
  if (slash <= 0 || slash === address.length - 1) return undefined;
  return { award: address.slice(0, slash), edition: address.slice(slash + 1) };
}

/**
 * Each award's years from awards year to ceremony, as its editions with a ceremony date show
 * (db/rules/ceremony-year.ts), for the awards where it is not 0 (the Academy Awards' 1): one award's, or
 * every award's. Search and edition addresses read a year with it.
 */
export async function listCeremonyOffsets(db: Executor, awardId?: number): Promise<Map<number, number>> {
  const dated = await db
    .select({
      awardId: editions.awardId,
      year: editions.year,
      ceremonyYear: sql<number>`cast(substr(${editions.ceremonyDate}, 1, 4) as integer)`,
    })
    .from(editions)
    .where(and(isNotNull(editions.ceremonyDate), awardId === undefined ? undefined : eq(editions.awardId, awardId)));
  const byAward = new Map<number, typeof dated>();
  for (const edition of dated) byAward.set(edition.awardId, [...(byAward.get(edition.awardId) ?? []), edition]);
  const offsets = new Map<number, number>();
  for (const [id, each] of byAward) {
    const offset = ceremonyOffset(each);
    if (offset !== 0) offsets.set(id, offset);
  }
  return offsets;
}

/** The editions just before and after this one in the award's order (awards year, then ordinal). */
export async function getEditionNeighbours(db: Executor, awardId: number, editionId: number) {
  const all = await db
    .select({ id: editions.id, slug: editions.slug, name: editions.name })
    .from(editions)
    .where(eq(editions.awardId, awardId))
    .orderBy(asc(editions.year), asc(editions.ordinal), asc(editions.id));
  const at = all.findIndex((edition) => edition.id === editionId);
  return { previous: at > 0 ? all[at - 1] : undefined, next: at >= 0 ? all[at + 1] : undefined };
}

export interface EditionNomination extends Nominee {
  id: number;
  status: NominationStatus;
  displayName: string | null;
  detail: string | null;
  note: string | null;
  citation: string | null;
  latest: LatestStatus | null;
}

/**
 * The edition's categories in order, each with its nominees in order, their films and people and the
 * latest status event with its source. Five queries, whatever the size of the edition.
 */
export async function listEditionCategories(db: Executor, editionId: number) {
  const categoryRows = await db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      closedAt: categories.closedAt,
      isDocumentary: sql<boolean>`${isDocumentaryCategory}`.mapWith(Boolean),
    })
    .from(categories)
    .leftJoin(canonicalCategories, eq(canonicalCategories.id, categories.canonicalCategoryId))
    .where(eq(categories.editionId, editionId))
    .orderBy(asc(categories.position), asc(categories.id));
  const nominationRows = await db
    .select({
      id: nominations.id,
      categoryId: nominations.categoryId,
      status: nominations.status,
      displayName: nominations.displayName,
      detail: nominations.detail,
      note: nominations.note,
      citation: nominations.citation,
    })
    .from(nominations)
    .innerJoin(categories, eq(categories.id, nominations.categoryId))
    .where(eq(categories.editionId, editionId))
    .orderBy(asc(nominations.categoryId), asc(nominations.position), asc(nominations.id));

  const withFilmsAndPeople = await withNominees(db, nominationRows, (n) => n.id);
  const latest = await loadLatestStatuses(
    db,
    nominationRows.map((n) => n.id),
  );
  const byCategory = new Map<number, EditionNomination[]>();
  for (const { categoryId, ...nomination } of withFilmsAndPeople) {
    pushTo(byCategory, categoryId, { ...nomination, latest: latest.get(nomination.id) ?? null });
  }
  return categoryRows.map((category) => ({ ...category, nominations: byCategory.get(category.id) ?? [] }));
}

// ---------------------------------------------------------------------------------------------------
// Home

const editionCardColumns = {
  slug: editions.slug,
  name: editions.name,
  year: editions.year,
  yearLabel: editions.yearLabel,
  ceremonyDate: editions.ceremonyDate,
  awardSlug: awards.slug,
  awardName: awards.name,
};

/**
 * Editions whose ceremony is today or later, soonest first, but for one of today whose results are
 * already complete: it has been held. `today` is an ISO date.
 */
export async function listUpcomingEditions(db: Executor, today: string, limit = 6) {
  return db
    .select(editionCardColumns)
    .from(editions)
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .where(
      sql`${editions.ceremonyDate} >= ${today} and not (${editions.ceremonyDate} = ${today} and ${editions.resultsComplete})`,
    )
    .orderBy(asc(editions.ceremonyDate), asc(awards.name))
    .limit(limit);
}

/**
 * Editions already held, latest first, at most `perAward` of each award so that one award with a long
 * history does not fill the list. An edition without a known ceremony date counts by its awards year
 * (never a guessed date), and only once that year is over, as until then it may not have happened.
 */
export async function listRecentEditions(db: Executor, today: string, limit = 8, perAward = 2) {
  const thisYear = Number(today.slice(0, 4));
  const recency = sql`${editionSortYear} desc, ${editions.year} desc, ${editions.ceremonyDate} desc nulls last, ${editions.ordinal} desc`;
  // Inside a subquery every column needs its own name: editions and awards both have slug and name.
  const ranked = db
    .select({
      ...editionCardColumns,
      awardSlug: sql<string>`${awards.slug}`.as('award_slug'),
      awardName: sql<string>`${awards.name}`.as('award_name'),
      rankInAward: sql<number>`row_number() over (partition by ${editions.awardId} order by ${recency})`.as(
        'rank_in_award',
      ),
      rankOverall: sql<number>`row_number() over (order by ${recency}, ${awards.name})`.as('rank_overall'),
    })
    .from(editions)
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .where(
      or(
        sql`${editions.ceremonyDate} < ${today}`,
        sql`${editions.ceremonyDate} is null and ${editions.year} < ${thisYear}`,
      ),
    )
    .as('ranked');
  const rows = await db
    .select()
    .from(ranked)
    .where(lte(ranked.rankInAward, perAward))
    .orderBy(asc(ranked.rankOverall))
    .limit(limit);
  return rows.map(({ rankInAward: _rank, rankOverall: _overall, ...edition }) => edition);
}

/**
 * The most recent wins in documentary categories, as their 'won' events record them, with the source.
 * A win later withdrawn (the nomination is no longer won) is not shown.
 *
 * Wins are ordered by the date they happened, so the newest are found through the won events' date
 * index: the date of the `depth`-th newest dated win bounds a prefix of that order (see latestWinsSince),
 * and only that prefix is sorted. The prefix grows until it holds `limit` wins that qualify; only when
 * it cannot (few wins in documentary categories) is every win read.
 */
export async function listLatestResults(db: Executor, limit = 10) {
  let rows: LatestWinRow[] = [];
  for (let depth = limit * 4; ; depth *= 4) {
    const since = nthNewestWinDate(db, depth);
    rows = latestWins(db, limit, since);
    if (since === undefined || rows.length >= limit) break;
  }
  const results = rows.map((row) => withCitedSource(row));
  return withNominees(db, results, (row) => row.nominationId, { withPeople: false });
}

/** The date of the n-th newest won event that has a date, or undefined when there are fewer. */
function nthNewestWinDate(db: Executor, n: number): string | undefined {
  const [row] = db
    .select({ on: statusEvents.occurredOn })
    .from(statusEvents)
    .where(and(eq(statusEvents.toStatus, 'won'), sql`${statusEvents.occurredOn} is not null`))
    .orderBy(desc(statusEvents.occurredOn))
    .limit(1)
    .offset(n - 1)
    .all();
  return row?.on ?? undefined;
}

/**
 * The won events that sort at or before `since` in listLatestResults' order (a win's year, then its
 * date, nulls last): those that happened on or after it, and those without any date whose awards year is
 * later than its year. Every other win sorts after all of these, so the newest wins are among them.
 */
function latestWinsSince(db: Executor, since: string) {
  const sinceYear = Number(since.slice(0, 4));
  const dated = db
    .select({ id: statusEvents.id })
    .from(statusEvents)
    .where(and(eq(statusEvents.toStatus, 'won'), sql`${statusEvents.occurredOn} >= ${since}`));
  const undated = db
    .select({ id: statusEvents.id })
    .from(editions)
    .innerJoin(categories, eq(categories.editionId, editions.id))
    .innerJoin(nominations, eq(nominations.categoryId, categories.id))
    .innerJoin(statusEvents, eq(statusEvents.nominationId, nominations.id))
    .where(
      and(
        eq(statusEvents.toStatus, 'won'),
        sql`${statusEvents.occurredOn} is null`,
        or(
          sql`${editions.ceremonyDate} >= ${since}`,
          sql`${editions.ceremonyDate} is null and ${editions.year} > ${sinceYear}`,
        ),
      ),
    );
  return inArray(statusEvents.id, dated.unionAll(undated));
}

type LatestWinRow = ReturnType<typeof latestWins>[number];

function latestWins(db: Executor, limit: number, since: string | undefined) {
  const happenedOn = sql`coalesce(${statusEvents.occurredOn}, ${editions.ceremonyDate})`;
  return db
    .select({
      eventId: statusEvents.id,
      nominationId: nominations.id,
      displayName: nominations.displayName,
      occurredOn: statusEvents.occurredOn,
      note: statusEvents.note,
      category: categories.name,
      editionSlug: editions.slug,
      editionName: editions.name,
      ceremonyDate: editions.ceremonyDate,
      awardSlug: awards.slug,
      ...citedSourceColumns,
    })
    .from(statusEvents)
    .innerJoin(nominations, eq(nominations.id, statusEvents.nominationId))
    .innerJoin(categories, eq(categories.id, nominations.categoryId))
    .leftJoin(canonicalCategories, eq(canonicalCategories.id, categories.canonicalCategoryId))
    .innerJoin(editions, eq(editions.id, categories.editionId))
    .innerJoin(awards, eq(awards.id, editions.awardId))
    .leftJoin(sources, eq(sources.id, statusEvents.sourceId))
    .where(
      and(
        // With a bound, its id list is the road and the status is hidden from the index choice (else
        // SQLite would walk every 'won' event); without one, every 'won' event is the road.
        since === undefined
          ? eq(statusEvents.toStatus, 'won')
          : and(latestWinsSince(db, since), sql`(${statusEvents.toStatus} || '') = 'won'`),
        isDocumentaryWinRow,
        // A win undone and entered again has two 'won' events: list the nomination once, at the latest.
        sql`not exists (select 1 from status_events later where later.nomination_id = ${statusEvents.nominationId}
              and later.to_status = 'won' and later.id > ${statusEvents.id})`,
      ),
    )
    .orderBy(
      desc(sql`coalesce(cast(substr(${happenedOn}, 1, 4) as integer), ${editions.year})`),
      sql`${happenedOn} desc nulls last`,
      asc(categories.position),
      desc(statusEvents.id),
    )
    .limit(limit)
    .all();
}
