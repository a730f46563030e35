// The Laurels catalogue: award bodies → awards → editions → categories → nominations, with films,
// people, the status history of every nomination and the source of every claim.
//
// SQLite does not enforce text enums, so every closed list below is declared once `as const`, reused by
// drizzle, zod and db/rules, and enforced in the database with a CHECK constraint.
// Dates are ISO text ('2016-12-09'); moments are ISO timestamps in UTC.
import { relations, sql, type SQL } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import { sortTitleSql } from './rules/sort-title';

export const NOMINATION_STATUSES = [
  'submitted',
  'shortlisted',
  'nominated',
  'won',
  'lost',
  'honorable_mention',
  'runner_up',
  'withdrawn',
] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

export const AWARD_KINDS = ['ceremony', 'festival'] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];

export const PERSON_KINDS = ['person', 'company'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

export const USER_ROLES = ['admin', 'editor'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const SOURCE_KINDS = ['article', 'press_release', 'dataset', 'feed', 'admin'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** `column IN ('a','b')` for a CHECK constraint built from one of the lists above. */
function oneOf(column: AnySQLiteColumn, values: readonly string[]): SQL {
  return sql`${column} in (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`;
}

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
const isoDate = (column: AnySQLiteColumn) =>
  sql`${column} is null or ${column} glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;

// ---------------------------------------------------------------------------------------------------
// Award bodies, awards, editions, categories

export const organizations = sqliteTable('organizations', {
  id: integer('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  shortName: text('short_name'),
  url: text('url'),
});

export const awards = sqliteTable(
  'awards',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    organizationId: integer('organization_id').references(() => organizations.id),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind', { enum: AWARD_KINDS }).notNull(),
    description: text('description'),
    url: text('url'),
    /** Bumped on every edit, so that a second editor's stale save is refused instead of overwriting. */
    version: integer('version').notNull().default(1),
  },
  (t) => [check('awards_kind', oneOf(t.kind, AWARD_KINDS))],
);

/**
 * One occurrence of an award. Its ordinal (the 89th), its awards year (the films of 2016) and its
 * ceremony date (26 February 2017) are kept apart because announcements use either year.
 */
export const editions = sqliteTable(
  'editions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    awardId: integer('award_id')
      .notNull()
      .references(() => awards.id),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    ordinal: integer('ordinal'),
    /** The year of the work honoured; for a split season ("1927/28") its last year. */
    year: integer('year').notNull(),
    /** How the period is written when it is not one calendar year, e.g. "1927/28". */
    yearLabel: text('year_label'),
    submissionsDate: text('submissions_date'),
    shortlistDate: text('shortlist_date'),
    nominationsDate: text('nominations_date'),
    ceremonyDate: text('ceremony_date'),
    /** Why a date is uncertain, e.g. inferred rather than stated by a source. */
    datesNote: text('dates_note'),
    venue: text('venue'),
    resultsComplete: integer('results_complete', { mode: 'boolean' }).notNull().default(false),
    /** Bumped on every edit, so that a second editor's stale save is refused instead of overwriting. */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('editions_award_slug').on(t.awardId, t.slug),
    uniqueIndex('editions_award_ordinal').on(t.awardId, t.ordinal),
    // Newest first within a year by ceremony date (search's order), walked in the index's order.
    index('editions_year_date').on(t.year, t.ceremonyDate),
    index('editions_ceremony_date').on(t.ceremonyDate),
    check('editions_submissions_date', isoDate(t.submissionsDate)),
    check('editions_shortlist_date', isoDate(t.shortlistDate)),
    check('editions_nominations_date', isoDate(t.nominationsDate)),
    check('editions_ceremony_date', isoDate(t.ceremonyDate)),
  ],
);

/** A category as it persists across years and renames ("DOCUMENTARY (Feature)"). */
export const canonicalCategories = sqliteTable(
  'canonical_categories',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    awardId: integer('award_id')
      .notNull()
      .references(() => awards.id),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /** A grouping such as the oscar_data class ("Documentary", "Acting"). */
    groupName: text('group_name'),
    isDocumentary: integer('is_documentary', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('canonical_categories_award_slug').on(t.awardId, t.slug)],
);

/** A category as named in one edition ("Documentary (Feature)" at the 89th Academy Awards). */
export const categories = sqliteTable(
  'categories',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    editionId: integer('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'cascade' }),
    canonicalCategoryId: integer('canonical_category_id').references(() => canonicalCategories.id),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    position: integer('position').notNull().default(0),
    /** Set when the results of this category are final (the others then show as lost). */
    closedAt: text('closed_at'),
    /** Set by the sweep job when the ceremony date has passed and no winner is recorded; cleared once one is. */
    awaitingResultsSince: text('awaiting_results_since'),
    /** Bumped on every edit, so that a second editor's stale save is refused instead of overwriting. */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('categories_edition_slug').on(t.editionId, t.slug),
    index('categories_canonical').on(t.canonicalCategoryId),
  ],
);

// ---------------------------------------------------------------------------------------------------
// Films, people, credits

export const films = sqliteTable(
  'films',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    /** The title after foldText, for matching without regard to case, accents or "&". */
    titleFolded: text('title_folded').notNull(),
    originalTitle: text('original_title'),
    year: integer('year'),
    runtimeMinutes: integer('runtime_minutes'),
    /** ISO 3166-1 alpha-2 codes, comma-separated. */
    countries: text('countries'),
    synopsis: text('synopsis'),
    isDocumentary: integer('is_documentary', { mode: 'boolean' }).notNull().default(false),
    imdbId: text('imdb_id').unique(),
    wikidataId: text('wikidata_id').unique(),
    tmdbId: integer('tmdb_id').unique(),
    /** Bumped on every edit, so that a second editor's stale save is refused instead of overwriting. */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // With the year: a title's films found by title (and year) straight from the index.
    index('films_title_folded').on(t.titleFolded, t.year),
    // The A–Z list's order (a title without its leading article, then its films by year), read from the index.
    index('films_sort_title').on(sortTitleSql(t.titleFolded), t.year),
    check('films_imdb_id', sql`${t.imdbId} is null or ${t.imdbId} glob 'tt[0-9]*'`),
    check('films_wikidata_id', sql`${t.wikidataId} is null or ${t.wikidataId} glob 'Q[0-9]*'`),
    check('films_runtime', sql`${t.runtimeMinutes} is null or ${t.runtimeMinutes} > 0`),
  ],
);

/** People and companies that can be credited or nominated. */
export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    nameFolded: text('name_folded').notNull(),
    kind: text('kind', { enum: PERSON_KINDS }).notNull().default('person'),
    /** What the A–Z list files the person under (db/rules/sort-name.ts), written with the name and the kind. */
    sortName: text('sort_name').notNull(),
    /**
     * The name as an editor says it is filed, where the rule cannot tell (a family name written first:
     * "Bong Joon-ho" under B); null files by the rule. sort_name is this, folded, when it is set.
     */
    filedUnder: text('filed_under'),
    imdbId: text('imdb_id').unique(),
    wikidataId: text('wikidata_id').unique(),
    tmdbId: integer('tmdb_id').unique(),
    /** Bumped on every edit, so that a second editor's stale save is refused instead of overwriting. */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('people_name_folded').on(t.nameFolded),
    index('people_sort_name').on(t.sortName, t.id),
    check('people_kind', oneOf(t.kind, PERSON_KINDS)),
    check('people_imdb_id', sql`${t.imdbId} is null or ${t.imdbId} glob '[nc][mo][0-9]*'`),
    check('people_wikidata_id', sql`${t.wikidataId} is null or ${t.wikidataId} glob 'Q[0-9]*'`),
  ],
);

export const credits = sqliteTable(
  'credits',
  {
    id: integer('id').primaryKey(),
    filmId: integer('film_id')
      .notNull()
      .references(() => films.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** director, producer, editor, cinematographer, … */
    role: text('role').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    uniqueIndex('credits_film_person_role').on(t.filmId, t.personId, t.role),
    index('credits_person').on(t.personId),
  ],
);

// ---------------------------------------------------------------------------------------------------
// Aliases: other names for the same thing, for search and for matching announcements.
// `folded` is the alias after db/rules/text.ts foldText, so "The Lovers & the Despot" and
// "the lovers and the despot" are one alias.

export const filmAliases = sqliteTable(
  'film_aliases',
  {
    id: integer('id').primaryKey(),
    filmId: integer('film_id')
      .notNull()
      .references(() => films.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
    folded: text('folded').notNull(),
    /** translation, alternative, working title, … */
    kind: text('kind'),
  },
  (t) => [uniqueIndex('film_aliases_unique').on(t.filmId, t.folded), index('film_aliases_folded').on(t.folded)],
);

export const personAliases = sqliteTable(
  'person_aliases',
  {
    id: integer('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
    folded: text('folded').notNull(),
    kind: text('kind'),
  },
  (t) => [uniqueIndex('person_aliases_unique').on(t.personId, t.folded), index('person_aliases_folded').on(t.folded)],
);

export const awardAliases = sqliteTable(
  'award_aliases',
  {
    id: integer('id').primaryKey(),
    awardId: integer('award_id')
      .notNull()
      .references(() => awards.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
    folded: text('folded').notNull(),
  },
  (t) => [uniqueIndex('award_aliases_unique').on(t.awardId, t.folded), index('award_aliases_folded').on(t.folded)],
);

export const categoryAliases = sqliteTable(
  'category_aliases',
  {
    id: integer('id').primaryKey(),
    canonicalCategoryId: integer('canonical_category_id')
      .notNull()
      .references(() => canonicalCategories.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
    folded: text('folded').notNull(),
  },
  (t) => [
    uniqueIndex('category_aliases_unique').on(t.canonicalCategoryId, t.folded),
    index('category_aliases_folded').on(t.folded),
  ],
);

export const REDIRECT_ENTITIES = ['film', 'person'] as const;
export type RedirectEntity = (typeof REDIRECT_ENTITIES)[number];

/**
 * The public slug of a film or person that was merged into another, so that old links and bookmarks
 * still arrive. Merging again re-points every redirect to the surviving record (no chains).
 */
export const slugRedirects = sqliteTable(
  'slug_redirects',
  {
    id: integer('id').primaryKey(),
    entityType: text('entity_type', { enum: REDIRECT_ENTITIES }).notNull(),
    oldSlug: text('old_slug').notNull(),
    targetId: integer('target_id').notNull(),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('slug_redirects_entity_slug').on(t.entityType, t.oldSlug),
    index('slug_redirects_target').on(t.entityType, t.targetId),
    check('slug_redirects_entity', oneOf(t.entityType, REDIRECT_ENTITIES)),
  ],
);

// ---------------------------------------------------------------------------------------------------
// Sources: where a claim comes from (an article, a press release, a data set, an admin's entry).

export const sources = sqliteTable(
  'sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** A stable key for sources written by code (seed, importers), so reruns find them again. */
    key: text('key').unique(),
    kind: text('kind', { enum: SOURCE_KINDS }).notNull(),
    url: text('url'),
    publisher: text('publisher'),
    title: text('title'),
    publishedOn: text('published_on'),
    /** The announcement's text, when we hold it (shown on the source's page). */
    body: text('body'),
    retrievedAt: text('retrieved_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('sources_url').on(t.url),
    check('sources_kind', oneOf(t.kind, SOURCE_KINDS)),
    check('sources_published_on', isoDate(t.publishedOn)),
    check('sources_url_scheme', sql`${t.url} is null or ${t.url} glob 'http*://*'`),
  ],
);

// ---------------------------------------------------------------------------------------------------
// Nominations and their history

/**
 * A nominee in a category of an edition: one or more films and/or people or companies, or neither
 * (an honorary award). `nomineeKey` identifies the nominee within the category (see
 * db/rules/nominee-key.ts), so the same nominee cannot be entered twice in one category.
 */
export const nominations = sqliteTable(
  'nominations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'cascade' }),
    nomineeKey: text('nominee_key').notNull(),
    status: text('status', { enum: NOMINATION_STATUSES }).notNull(),
    /** The nominee as the award wrote it ("Ezra Edelman and Caroline Waterlow"). */
    displayName: text('display_name'),
    /** Role, song or other detail the award names with the nominee. */
    detail: text('detail'),
    note: text('note'),
    citation: text('citation'),
    position: integer('position').notNull().default(0),
    /** Bumped on every change so that two admins editing at once cannot overwrite each other. */
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('nominations_category_nominee').on(t.categoryId, t.nomineeKey),
    index('nominations_status').on(t.status),
    // A season's or an edition's counts by status read from the index alone, not from each nomination.
    index('nominations_category_status').on(t.categoryId, t.status),
    check('nominations_status', oneOf(t.status, NOMINATION_STATUSES)),
  ],
);

export const nominationFilms = sqliteTable(
  'nomination_films',
  {
    nominationId: integer('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    filmId: integer('film_id')
      .notNull()
      .references(() => films.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.nominationId, t.filmId] }), index('nomination_films_film').on(t.filmId)],
);

export const nominationPeople = sqliteTable(
  'nomination_people',
  {
    nominationId: integer('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.nominationId, t.personId] }), index('nomination_people_person').on(t.personId)],
);

/**
 * Every status a nomination has had. A change without a source must carry an admin's note, so
 * no status is ever shown without a reason for believing it.
 */
export const statusEvents = sqliteTable(
  'status_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    nominationId: integer('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status', { enum: NOMINATION_STATUSES }),
    toStatus: text('to_status', { enum: NOMINATION_STATUSES }).notNull(),
    /** When the change happened in the world (an announcement or a ceremony), if known. */
    occurredOn: text('occurred_on'),
    sourceId: integer('source_id').references(() => sources.id),
    note: text('note'),
    /** Who recorded it: 'seed', 'import:oscar-data', 'user:3', 'job:ingest'. */
    actor: text('actor').notNull(),
    recordedAt: text('recorded_at').notNull().default(now),
  },
  (t) => [
    index('status_events_nomination').on(t.nominationId),
    // The newest wins of all (the home page) in date order, without reading every event.
    index('status_events_status_occurred').on(t.toStatus, t.occurredOn),
    index('status_events_recorded_at').on(t.recordedAt),
    index('status_events_source').on(t.sourceId),
    check('status_events_to_status', oneOf(t.toStatus, NOMINATION_STATUSES)),
    check('status_events_from_status', sql`${t.fromStatus} is null or ${oneOf(t.fromStatus, NOMINATION_STATUSES)}`),
    check('status_events_reason', sql`${t.sourceId} is not null or ${t.note} is not null`),
    check('status_events_occurred_on', isoDate(t.occurredOn)),
  ],
);

/**
 * How many nominations of each edition stand at each status: what the dashboard's seasons, edition
 * status and per-year chart add up, read here instead of counting a million nominations per page.
 * Only the triggers of migration 0008 write it (on every insert, delete and move of a nomination and
 * every change of its status), so it cannot drift from the nominations whichever code writes them.
 */
export const editionStatusCounts = sqliteTable(
  'edition_status_counts',
  {
    editionId: integer('edition_id').notNull(),
    status: text('status', { enum: NOMINATION_STATUSES }).notNull(),
    nominations: integer('nominations').notNull(),
  },
  (t) => [primaryKey({ columns: [t.editionId, t.status] })],
);

/**
 * A further source for a status already recorded: an announcement that says again what an event says
 * (a nomination reported by a second outlet) is cited beside the event instead of repeating it.
 */
export const eventCitations = sqliteTable(
  'event_citations',
  {
    statusEventId: integer('status_event_id')
      .notNull()
      .references(() => statusEvents.id, { onDelete: 'cascade' }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    actor: text('actor').notNull(),
    recordedAt: text('recorded_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.statusEventId, t.sourceId] }), index('event_citations_source').on(t.sourceId)],
);

// ---------------------------------------------------------------------------------------------------
// Ingestion: the feeds and pages read on a schedule, the announcements read there, and the facts found.

export const INGESTION_KINDS = ['rss', 'atom', 'json', 'html'] as const;
export type IngestionKind = (typeof INGESTION_KINDS)[number];

/**
 * A feed or a single article page, read on its cron schedule. `url` is http(s), or `bundled:NAME` for a
 * feed shipped with Laurels (the offline demo). Failures back off (retry_after) without stopping the others.
 */
export const ingestionSources = sqliteTable(
  'ingestion_sources',
  {
    id: integer('id').primaryKey(),
    url: text('url').notNull().unique(),
    kind: text('kind', { enum: INGESTION_KINDS }).notNull(),
    name: text('name'),
    /** A five-field cron expression, in UTC. */
    schedule: text('schedule').notNull(),
    /** The award the source is about, a hint for extraction. */
    awardId: integer('award_id').references(() => awards.id),
    enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
    /** Validators of the last successful response, sent back for a conditional GET. */
    etag: text('etag'),
    lastModified: text('last_modified'),
    lastRunAt: text('last_run_at'),
    lastSuccessAt: text('last_success_at'),
    lastError: text('last_error'),
    lastErrorAt: text('last_error_at'),
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    /** After a failure, the source is not read again before this moment. */
    retryAfter: text('retry_after'),
    createdAt: text('created_at').notNull().default(now),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('ingestion_sources_kind', oneOf(t.kind, INGESTION_KINDS)),
    check(
      'ingestion_sources_url',
      sql`${t.url} glob 'http://*' or ${t.url} glob 'https://*' or ${t.url} glob 'bundled:*'`,
    ),
  ],
);

/**
 * An article read from a source, stored once (its guid is unique) together with the citation source
 * (sources row) that status events point at. Extraction sets processed_at in the same transaction that
 * stores its candidates, so a crash between the two leaves it unprocessed and the next run does it.
 */
export const announcements = sqliteTable(
  'announcements',
  {
    id: integer('id').primaryKey(),
    ingestionSourceId: integer('ingestion_source_id').references(() => ingestionSources.id, {
      onDelete: 'set null',
    }),
    /** The item's id, else its link, else `sha256:<content hash>`. */
    guid: text('guid').notNull().unique(),
    url: text('url'),
    title: text('title'),
    publisher: text('publisher'),
    publishedAt: text('published_at'),
    body: text('body').notNull(),
    /** SHA-256 of the normalised text: the same article under another guid is recognised. */
    contentHash: text('content_hash').notNull(),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    fetchedAt: text('fetched_at').notNull().default(now),
    processedAt: text('processed_at'),
  },
  (t) => [
    index('announcements_content_hash').on(t.contentHash),
    index('announcements_processed').on(t.processedAt),
    index('announcements_source').on(t.ingestionSourceId, t.fetchedAt),
  ],
);

export const CANDIDATE_STATUSES = ['shortlisted', 'nominated', 'won'] as const;
export const CANDIDATE_STATES = ['pending', 'applied', 'confirmed', 'accepted', 'rejected'] as const;
export type CandidateState = (typeof CANDIDATE_STATES)[number];

/**
 * A fact an announcement states (film, status, category, award, year), with what it matched in the
 * catalogue. `applied`/`confirmed`: done automatically; `pending`: waits in the review queue;
 * `accepted`/`rejected`: an editor's decision.
 */
export const candidates = sqliteTable(
  'candidates',
  {
    id: integer('id').primaryKey(),
    announcementId: integer('announcement_id')
      .notNull()
      .references(() => announcements.id, { onDelete: 'cascade' }),
    film: text('film').notNull(),
    status: text('status', { enum: CANDIDATE_STATUSES }).notNull(),
    category: text('category'),
    award: text('award'),
    year: integer('year'),
    confidence: real('confidence').notNull(),
    evidence: text('evidence').notNull(),
    awardId: integer('award_id').references(() => awards.id),
    editionId: integer('edition_id').references(() => editions.id),
    categoryId: integer('category_id').references(() => categories.id),
    filmId: integer('film_id').references(() => films.id),
    nominationId: integer('nomination_id').references(() => nominations.id),
    state: text('state', { enum: CANDIDATE_STATES }).notNull().default('pending'),
    /** Why it waits, or what was done (shown in the review queue). */
    reason: text('reason'),
    decidedBy: text('decided_by'),
    decidedAt: text('decided_at'),
    createdAt: text('created_at').notNull().default(now),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('candidates_announcement').on(t.announcementId),
    index('candidates_state_created').on(t.state, t.createdAt),
    check('candidates_status', oneOf(t.status, CANDIDATE_STATUSES)),
    check('candidates_state', oneOf(t.state, CANDIDATE_STATES)),
    check('candidates_confidence', sql`${t.confidence} between 0 and 1`),
  ],
);

// ---------------------------------------------------------------------------------------------------
// Jobs: who may run a job now (a lease shared by every process on the database) and every run's record.

export const JOB_OUTCOMES = ['running', 'succeeded', 'failed', 'abandoned'] as const;
export type JobOutcome = (typeof JOB_OUTCOMES)[number];

export const jobLeases = sqliteTable('job_leases', {
  job: text('job').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: text('expires_at').notNull(),
});

export const jobRuns = sqliteTable(
  'job_runs',
  {
    id: integer('id').primaryKey(),
    job: text('job').notNull(),
    /** The schedule slot this run serves (for catching up a missed run once). */
    scheduledFor: text('scheduled_for'),
    trigger: text('trigger').notNull(),
    holder: text('holder').notNull(),
    startedAt: text('started_at').notNull().default(now),
    endedAt: text('ended_at'),
    outcome: text('outcome', { enum: JOB_OUTCOMES }).notNull().default('running'),
    counts: text('counts', { mode: 'json' }),
    error: text('error'),
  },
  (t) => [
    index('job_runs_job_started').on(t.job, t.startedAt),
    index('job_runs_started').on(t.startedAt),
    check('job_runs_outcome', oneOf(t.outcome, JOB_OUTCOMES)),
  ],
);

// ---------------------------------------------------------------------------------------------------
// Audit: an append-only record of every change by a person or a job (triggers refuse UPDATE and DELETE).

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey(),
    at: text('at').notNull().default(now),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: integer('entity_id'),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
  },
  // One index per filter of the audit log browser, each in time order, so any filter reads newest first.
  (t) => [
    index('audit_log_entity').on(t.entityType, t.entityId),
    index('audit_log_at').on(t.at),
    index('audit_log_actor_at').on(t.actor, t.at),
    index('audit_log_action_at').on(t.action, t.at),
    index('audit_log_type_at').on(t.entityType, t.at),
  ],
);

// ---------------------------------------------------------------------------------------------------
// Accounts: the people who keep the catalogue. Admins may do everything; editors enter results, edit
// the catalogue and review what the jobs found. Audit entries name them as 'user:<id>'.

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey(),
    /** Stored lower-cased, so one address is one account. */
    email: text('email').notNull().unique(),
    name: text('name'),
    role: text('role', { enum: USER_ROLES }).notNull(),
    /** scrypt, with its parameters and salt (see app/_lib/passwords.ts). */
    passwordHash: text('password_hash').notNull(),
    createdAt: text('created_at').notNull().default(now),
    disabledAt: text('disabled_at'),
  },
  (t) => [check('users_role', oneOf(t.role, USER_ROLES)), check('users_email', sql`${t.email} = lower(${t.email})`)],
);

/** Server-side sessions; the cookie holds a random token and only its SHA-256 is stored here. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull().default(now),
    expiresAt: text('expires_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull().default(now),
    address: text('address'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user').on(t.userId), index('sessions_expires_at').on(t.expiresAt)],
);

export const ACCOUNT_LINK_PURPOSES = ['invite', 'reset'] as const;

/**
 * A one-time link an admin hands to someone to set their own password: for a new account (invite) or a
 * forgotten password (reset), so a password never passes through an admin. Like a session, only the
 * SHA-256 of the link's token is stored.
 */
export const accountLinks = sqliteTable(
  'account_links',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: ACCOUNT_LINK_PURPOSES }).notNull(),
    createdAt: text('created_at').notNull().default(now),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [
    index('account_links_user').on(t.userId),
    check('account_links_purpose', oneOf(t.purpose, ACCOUNT_LINK_PURPOSES)),
  ],
);

/** Recent sign-in attempts, per account and per address, for limiting password guessing. */
export const loginAttempts = sqliteTable(
  'login_attempts',
  {
    id: integer('id').primaryKey(),
    /** 'account:<email>' or 'address:<ip>'. */
    key: text('key').notNull(),
    at: text('at').notNull().default(now),
    succeeded: integer('succeeded', { mode: 'boolean' }).notNull(),
  },
  (t) => [index('login_attempts_key_at').on(t.key, t.at)],
);

// ---------------------------------------------------------------------------------------------------
// Settings: small named values the app keeps about itself (when it was seeded, thresholds).

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull().default(now),
});

// ---------------------------------------------------------------------------------------------------
// Relations, for drizzle's relational queries

export const organizationsRelations = relations(organizations, ({ many }) => ({ awards: many(awards) }));

export const awardsRelations = relations(awards, ({ one, many }) => ({
  organization: one(organizations, { fields: [awards.organizationId], references: [organizations.id] }),
  editions: many(editions),
  canonicalCategories: many(canonicalCategories),
  aliases: many(awardAliases),
}));

export const editionsRelations = relations(editions, ({ one, many }) => ({
  award: one(awards, { fields: [editions.awardId], references: [awards.id] }),
  categories: many(categories),
}));

export const canonicalCategoriesRelations = relations(canonicalCategories, ({ one, many }) => ({
  award: one(awards, { fields: [canonicalCategories.awardId], references: [awards.id] }),
  categories: many(categories),
  aliases: many(categoryAliases),
}));

export const categoriesRelations = relations(categories, ({ one, many }) => ({
  edition: one(editions, { fields: [categories.editionId], references: [editions.id] }),
  canonical: one(canonicalCategories, {
    fields: [categories.canonicalCategoryId],
    references: [canonicalCategories.id],
  }),
  nominations: many(nominations),
}));

export const filmsRelations = relations(films, ({ many }) => ({
  aliases: many(filmAliases),
  credits: many(credits),
  nominations: many(nominationFilms),
}));

export const peopleRelations = relations(people, ({ many }) => ({
  aliases: many(personAliases),
  credits: many(credits),
  nominations: many(nominationPeople),
}));

export const creditsRelations = relations(credits, ({ one }) => ({
  film: one(films, { fields: [credits.filmId], references: [films.id] }),
  person: one(people, { fields: [credits.personId], references: [people.id] }),
}));

export const nominationsRelations = relations(nominations, ({ one, many }) => ({
  category: one(categories, { fields: [nominations.categoryId], references: [categories.id] }),
  films: many(nominationFilms),
  people: many(nominationPeople),
  events: many(statusEvents),
}));

export const nominationFilmsRelations = relations(nominationFilms, ({ one }) => ({
  nomination: one(nominations, { fields: [nominationFilms.nominationId], references: [nominations.id] }),
  film: one(films, { fields: [nominationFilms.filmId], references: [films.id] }),
}));

export const nominationPeopleRelations = relations(nominationPeople, ({ one }) => ({
  nomination: one(nominations, { fields: [nominationPeople.nominationId], references: [nominations.id] }),
  person: one(people, { fields: [nominationPeople.personId], references: [people.id] }),
}));

export const statusEventsRelations = relations(statusEvents, ({ one }) => ({
  nomination: one(nominations, { fields: [statusEvents.nominationId], references: [nominations.id] }),
  source: one(sources, { fields: [statusEvents.sourceId], references: [sources.id] }),
}));

export const filmAliasesRelations = relations(filmAliases, ({ one }) => ({
  film: one(films, { fields: [filmAliases.filmId], references: [films.id] }),
}));
export const personAliasesRelations = relations(personAliases, ({ one }) => ({
  person: one(people, { fields: [personAliases.personId], references: [people.id] }),
}));
export const awardAliasesRelations = relations(awardAliases, ({ one }) => ({
  award: one(awards, { fields: [awardAliases.awardId], references: [awards.id] }),
}));
export const categoryAliasesRelations = relations(categoryAliases, ({ one }) => ({
  canonical: one(canonicalCategories, {
    fields: [categoryAliases.canonicalCategoryId],
    references: [canonicalCategories.id],
  }),
}));

export type Award = typeof awards.$inferSelect;
export type Edition = typeof editions.$inferSelect;
export type Category = typeof categories.$inferSelect;
export type Film = typeof films.$inferSelect;
export type Person = typeof people.$inferSelect;
export type Nomination = typeof nominations.$inferSelect;
export type StatusEvent = typeof statusEvents.$inferSelect;
export type Source = typeof sources.$inferSelect;
export type User = typeof users.$inferSelect;
export type IngestionSource = typeof ingestionSources.$inferSelect;
export type Announcement = typeof announcements.$inferSelect;
export type Candidate = typeof candidates.$inferSelect;
export type JobRun = typeof jobRuns.$inferSelect;
