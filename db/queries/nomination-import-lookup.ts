// What an import plan looks up in the catalogue: awards, editions and categories by name or slug, and the
// nominations already in a category (films and people: nomination-import-records.ts).
// Everything is read once and kept for the rest of the plan, so 5,000 rows cost a few hundred queries,
// not tens of thousands. Synchronous, so that the plan can run again inside the write transaction.
import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../client';
import { foldText } from '../rules/text';
import { statusEventIdSql } from './awards';
import {
  awardAliases,
  awards,
  categories,
  editions,
  nominationFilms,
  nominationPeople,
  nominations,
  sources,
  statusEvents,
  type NominationStatus,
} from '../schema';

export interface CategoryRef {
  id: number;
  name: string;
  label: string;
  editionYear: number;
  /** Closed on the results screen: its results are final, so no row may add to it or change it. */
  isClosed: boolean;
}

export interface ExistingNomination {
  id: number;
  status: NominationStatus;
  version: number;
}

export interface CategoryState {
  byKey: Map<string, ExistingNomination>;
  filmIds: Set<number>;
  personIds: Set<number>;
  nextPosition: number;
}

export const same = (value: string) => foldText(value);

export class ImportLookup {
  private awardList?: { id: number; names: Set<string>; name: string }[];
  private readonly editionsOf = new Map<number, (typeof editions.$inferSelect)[]>();
  private readonly categoriesOf = new Map<number, (typeof categories.$inferSelect)[]>();
  private readonly states = new Map<number, CategoryState>();
  private readonly found = new Map<string, CategoryRef | string>();

  constructor(private readonly db: Executor) {}

  /** The category a row names, or why it cannot be found (the CSV never creates awards, editions or categories). */
  category(award: string, edition: string, ordinal: string | null, category: string): CategoryRef | string {
    // Most rows repeat the award, edition and category of the row before: each combination is looked up once.
    const key = JSON.stringify([award, edition, ordinal, category]);
    return cached(this.found, key, () => this.findCategory(award, edition, ordinal, category));
  }

  private findCategory(award: string, edition: string, ordinal: string | null, category: string): CategoryRef | string {
    const foundAward = this.awards().find((row) => row.names.has(same(award)));
    if (!foundAward) return `award "${award}" is not in the catalogue`;
    const editionRows = cached(this.editionsOf, foundAward.id, () =>
      this.db.select().from(editions).where(eq(editions.awardId, foundAward.id)).all(),
    );
    const foundEdition =
      editionRows.find((row) => same(row.name) === same(edition) || row.slug === edition.trim().toLowerCase()) ??
      (ordinal ? editionRows.find((row) => String(row.ordinal) === ordinal) : undefined);
    if (!foundEdition) return `edition "${edition}" of ${foundAward.name} is not in the catalogue`;
    const categoryRows = cached(this.categoriesOf, foundEdition.id, () =>
      this.db.select().from(categories).where(eq(categories.editionId, foundEdition.id)).all(),
    );
    const foundCategory = categoryRows.find(
      (row) => same(row.name) === same(category) || row.slug === category.trim().toLowerCase(),
    );
    if (!foundCategory) {
      return `category "${category}" is not in the ${foundEdition.name}; add it in the catalogue editor first`;
    }
    return {
      id: foundCategory.id,
      name: foundCategory.name,
      label: `${foundEdition.name} › ${foundCategory.name}`,
      editionYear: foundEdition.year,
      isClosed: foundCategory.closedAt !== null,
    };
  }

  /** The nominations already in a category, by nominee key, with the films and people they name. */
  state(categoryId: number): CategoryState {
    return cached(this.states, categoryId, () => {
      const rows = this.db
        .select({
          id: nominations.id,
          key: nominations.nomineeKey,
          status: nominations.status,
          version: nominations.version,
          position: nominations.position,
        })
        .from(nominations)
        .where(eq(nominations.categoryId, categoryId))
        .all();
      const ids = rows.map((row) => row.id);
      const filmIds = ids.length
        ? this.db
            .select({ id: nominationFilms.filmId })
            .from(nominationFilms)
            .where(inArray(nominationFilms.nominationId, ids))
            .all()
        : [];
      const personIds = ids.length
        ? this.db
            .select({ id: nominationPeople.personId })
            .from(nominationPeople)
            .where(inArray(nominationPeople.nominationId, ids))
            .all()
        : [];
      return {
        byKey: new Map(rows.map((row) => [row.key, { id: row.id, status: row.status, version: row.version }])),
        filmIds: new Set(filmIds.map((row) => row.id)),
        personIds: new Set(personIds.map((row) => row.id)),
        nextPosition: Math.max(-1, ...rows.map((row) => row.position)) + 1,
      };
    });
  }

  /** The source URL, note and date of a nomination's current status (the event it rests on, as exported). */
  currentReason(nominationId: number): { url: string | null; note: string | null; occurredOn: string | null } {
    const eventId = this.db
      .select({ id: statusEventIdSql })
      .from(statusEvents)
      .innerJoin(nominations, eq(nominations.id, statusEvents.nominationId))
      .where(eq(statusEvents.nominationId, nominationId));
    const row = this.db
      .select({ url: sources.url, note: statusEvents.note, occurredOn: statusEvents.occurredOn })
      .from(statusEvents)
      .leftJoin(sources, eq(sources.id, statusEvents.sourceId))
      .where(inArray(statusEvents.id, eventId))
      .get();
    return { url: row?.url ?? null, note: row?.note ?? null, occurredOn: row?.occurredOn ?? null };
  }

  private awards() {
    this.awardList ??= (() => {
      const aliases = this.db.select().from(awardAliases).all();
      return this.db
        .select()
        .from(awards)
        .all()
        .map((award) => ({
          id: award.id,
          name: award.name,
          names: new Set(
            [
              award.name,
              award.slug,
              award.shortName ?? award.name,
              ...aliases.filter((a) => a.awardId === award.id).map((a) => a.alias),
            ].map(same),
          ),
        }));
    })();
    return this.awardList;
  }
}

/** The value kept under `key`, loaded on first use. */
export function cached<K, V>(map: Map<K, V>, key: K, load: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = load();
    map.set(key, value);
  }
  return value;
}
