// Nominations as the public JSON API gives them: each with its award, edition, category, films and
// people, its whole status history (who recorded each change, by kind only) and every source cited.
// Any number of nominations costs five queries (rows, films, people, events, further citations), never
// one per nomination. Which nominations, and in what order, is api-nomination-lists.ts.
import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../client';
import { awards, canonicalCategories, categories, editions, nominations, type NominationStatus } from '../schema';
import { withNominees } from './awards';
import type { CitedSource } from './sources';
import { loadStatusHistory } from './timeline';

export type ActorKind = 'editor' | 'seed' | 'import' | 'job' | 'system';

export interface ApiStatusEvent {
  id: number;
  fromStatus: NominationStatus | null;
  toStatus: NominationStatus;
  occurredOn: string | null;
  recordedAt: string;
  actor: { kind: ActorKind; name: string | null };
  note: string | null;
  source: CitedSource | null;
  furtherSources: CitedSource[];
}

export interface ApiNomination {
  id: number;
  status: NominationStatus;
  displayName: string | null;
  detail: string | null;
  note: string | null;
  citation: string | null;
  award: { slug: string; name: string };
  edition: { slug: string; name: string; year: number; yearLabel: string | null; ceremonyDate: string | null };
  /** The category as the edition named it, and the category it is across the years (null: none recorded). */
  category: { slug: string; name: string; canonical: { slug: string; name: string } | null };
  films: { slug: string; title: string; year: number | null }[];
  people: { slug: string; name: string }[];
  history: ApiStatusEvent[];
  sources: CitedSource[];
}

/**
 * Who recorded a change, by kind: a person is only ever "editor" (never their id or address), while
 * the name of an importer or job is public and useful ("oscar-data", "ingest").
 */
export function actorOf(actor: string): ApiStatusEvent['actor'] {
  if (actor.startsWith('user:')) return { kind: 'editor', name: null };
  if (actor === 'seed') return { kind: 'seed', name: null };
  const [prefix, ...rest] = actor.split(':');
  const name = rest.join(':') || null;
  if (prefix === 'import' || prefix === 'job') return { kind: prefix, name };
  return { kind: 'system', name: null };
}

/** The nominations with these ids, fully described; the map is keyed by id so the caller keeps its order. */
export async function loadApiNominations(db: Executor, ids: readonly number[]): Promise<Map<number, ApiNomination>> {
  const result = new Map<number, ApiNomination>();
  if (ids.length === 0) return result;
  const rows = [];
  for (let i = 0; i < ids.length; i += 500) {
    rows.push(
      ...(await db
        .select({
          id: nominations.id,
          status: nominations.status,
          displayName: nominations.displayName,
          detail: nominations.detail,
          note: nominations.note,
          citation: nominations.citation,
          awardSlug: awards.slug,
          awardName: awards.name,
          editionSlug: editions.slug,
          editionName: editions.name,
          editionYear: editions.year,
          yearLabel: editions.yearLabel,
          ceremonyDate: editions.ceremonyDate,
          categorySlug: categories.slug,
          categoryName: categories.name,
          canonicalSlug: canonicalCategories.slug,
          canonicalName: canonicalCategories.name,
        })
        .from(nominations)
        .innerJoin(categories, eq(categories.id, nominations.categoryId))
        .leftJoin(canonicalCategories, eq(canonicalCategories.id, categories.canonicalCategoryId))
        .innerJoin(editions, eq(editions.id, categories.editionId))
        .innerJoin(awards, eq(awards.id, editions.awardId))
        .where(inArray(nominations.id, ids.slice(i, i + 500)))),
    );
  }
  const withPeople = await withNominees(db, rows, (row) => row.id);
  const history = await loadHistory(
    db,
    rows.map((row) => row.id),
  );
  for (const row of withPeople) {
    const events = history.get(row.id) ?? [];
    result.set(row.id, {
      id: row.id,
      status: row.status,
      displayName: row.displayName,
      detail: row.detail,
      note: row.note,
      citation: row.citation,
      award: { slug: row.awardSlug, name: row.awardName },
      edition: {
        slug: row.editionSlug,
        name: row.editionName,
        year: row.editionYear,
        yearLabel: row.yearLabel,
        ceremonyDate: row.ceremonyDate,
      },
      category: {
        slug: row.categorySlug,
        name: row.categoryName,
        canonical: row.canonicalSlug === null ? null : { slug: row.canonicalSlug, name: row.canonicalName! },
      },
      films: row.films.map(({ slug, title, year }) => ({ slug, title, year })),
      people: row.people.map(({ slug, name }) => ({ slug, name })),
      history: events,
      sources: distinctSources(events),
    });
  }
  return result;
}

/** Every source the history cites, once each, in the order first cited. */
function distinctSources(events: readonly ApiStatusEvent[]): CitedSource[] {
  const seen = new Map<number, CitedSource>();
  for (const event of events) {
    for (const source of [event.source, ...event.furtherSources]) {
      if (source && !seen.has(source.id)) seen.set(source.id, source);
    }
  }
  return [...seen.values()];
}

/** Every status event of these nominations (db/queries/timeline.ts), with the actor shown as its kind only. */
async function loadHistory(db: Executor, ids: readonly number[]): Promise<Map<number, ApiStatusEvent[]>> {
  const history = await loadStatusHistory(db, ids);
  return new Map(
    [...history].map(([id, events]) => [
      id,
      events.map(({ actor, ...event }) => ({ ...event, actor: actorOf(actor) })),
    ]),
  );
}
