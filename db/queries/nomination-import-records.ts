// The films and people an import plan looks up: by IMDb id, or by title or name (aliases too), all read
// in a few bulk queries before the rows are planned.
import { eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { filmAliases, films, personAliases, people } from '../schema';
import { same } from './nomination-import-lookup';

export interface Candidate {
  id: number;
  label: string;
  year: number | null;
  imdbId: string | null;
}

/** Films or people by folded name, and films by IMDb id, for the names one import mentions. */
export class RecordLookup {
  private readonly filmsByTitle = new Map<string, Candidate[]>();
  private readonly filmsByImdbId = new Map<string, Candidate>();
  private readonly peopleByName = new Map<string, Candidate[]>();

  constructor(private readonly db: Executor) {}

  /**
   * Reads every film and person the import names, in slices of a few hundred names per query, so that
   * 5,000 rows cost a few dozen queries; the lookups below then answer from memory.
   */
  prime(titles: Iterable<string>, imdbIds: Iterable<string>, names: Iterable<string>): void {
    const filmColumns = { id: films.id, label: films.title, year: films.year, imdbId: films.imdbId };
    const foldedTitles = [...new Set([...titles].map(same))];
    for (const slice of slices(foldedTitles)) {
      const byTitle = this.db
        .select({ ...filmColumns, folded: films.titleFolded })
        .from(films)
        .where(inArray(films.titleFolded, slice))
        .all();
      const byAlias = this.db
        .select({ ...filmColumns, folded: filmAliases.folded })
        .from(filmAliases)
        .innerJoin(films, eq(films.id, filmAliases.filmId))
        .where(inArray(filmAliases.folded, slice))
        .all();
      group(this.filmsByTitle, [...byTitle, ...byAlias]);
    }
    for (const slice of slices([...new Set(imdbIds)])) {
      for (const film of this.db.select(filmColumns).from(films).where(inArray(films.imdbId, slice)).all()) {
        this.filmsByImdbId.set(film.imdbId!, film);
      }
    }
    const personColumns = { id: people.id, label: people.name, year: sql<null>`null`, imdbId: people.imdbId };
    for (const slice of slices([...new Set([...names].map(same))])) {
      const byName = this.db
        .select({ ...personColumns, folded: people.nameFolded })
        .from(people)
        .where(inArray(people.nameFolded, slice))
        .all();
      const byAlias = this.db
        .select({ ...personColumns, folded: personAliases.folded })
        .from(personAliases)
        .innerJoin(people, eq(people.id, personAliases.personId))
        .where(inArray(personAliases.folded, slice))
        .all();
      group(this.peopleByName, [...byName, ...byAlias]);
    }
  }

  filmByImdbId(imdbId: string): Candidate | undefined {
    return this.filmsByImdbId.get(imdbId);
  }

  /** Films whose title or alias folds to the same text (among those primed). */
  filmsTitled(title: string): Candidate[] {
    return this.filmsByTitle.get(same(title)) ?? [];
  }

  /** People and companies whose name or alias folds to the same text (among those primed). */
  peopleNamed(name: string): Candidate[] {
    return this.peopleByName.get(same(name)) ?? [];
  }
}

function slices<T>(items: T[], size = 400): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Adds each row to the list of its folded name, once per record (a title and an alias may both match). */
function group(map: Map<string, Candidate[]>, rows: (Candidate & { folded: string })[]): void {
  for (const { folded, ...candidate } of rows) {
    const list = map.get(folded) ?? [];
    if (!list.some((known) => known.id === candidate.id)) list.push(candidate);
    map.set(folded, list);
  }
}
