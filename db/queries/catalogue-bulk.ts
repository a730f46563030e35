// Films and people for a bulk import: ensureFilm / ensurePerson and the alias and credit inserts of
// db/queries/films.ts and people.ts, queued (insert-bulk.ts) and found again from memory
// (name-index-bulk.ts), so they find the record findFilm / findPerson would find. A found record that
// would gain something (an IMDb id, the documentary flag) goes, after a flush, through ensureFilm /
// ensurePerson themselves, so each update and its audit entry are written by the one function that owns
// them. Only the common cases, a record found unchanged or created, take the fast path.
import { rawClient, type Executor } from '../client';
import { personNameColumns } from '../rules/sort-name';
import { slugOfFolded } from '../rules/text';
import { indexNewRecords } from '../search';
import { films, people, type Film, type Person } from '../schema';
import { auditCreates, rowOf } from './audit-bulk';
import { ensureFilm, filmPatch, isFilmCandidate, type FilmInput } from './films';
import type { InsertBatch, InsertQueue } from './insert-bulk';
import { NameIndex } from './name-index-bulk';
import { ensurePerson, isPersonCandidate, type PersonInput } from './people';
import { filmSlugRoot, freeSlug } from './slugs';

type BulkFilmInput = Required<Pick<FilmInput, 'title' | 'imdbId' | 'year' | 'isDocumentary'>>;
type BulkPersonInput = Required<Pick<PersonInput, 'name' | 'kind' | 'imdbId'>>;

export class BulkCatalogue {
  private readonly films: NameIndex<Film>;
  private readonly people: NameIndex<Person>;
  private readonly filmRows: InsertQueue;
  private readonly personRows: InsertQueue;
  private readonly filmAliases: InsertQueue;
  private readonly personAliases: InsertQueue;
  private readonly credits: InsertQueue;
  /**
   * Every film and person slug, read once when the first record is created (a few milliseconds even at
   * 100,000 films) and kept up to date by this writer, which holds the write lock for the whole import.
   */
  private readonly slugs = new Map<'films' | 'people', Set<string>>();

  constructor(
    private readonly tx: Executor,
    private readonly actor: string,
    private readonly batch: InsertBatch,
  ) {
    const client = rawClient(tx);
    this.films = new NameIndex(client, films, {
      table: 'films',
      folded: 'title_folded',
      aliases: 'film_aliases',
      key: 'film_id',
    });
    this.people = new NameIndex(client, people, {
      table: 'people',
      folded: 'name_folded',
      aliases: 'person_aliases',
      key: 'person_id',
    });
    this.filmRows = batch.queue('films', ['id', 'slug', 'title', 'title_folded', 'year', 'is_documentary', 'imdb_id'], {
      fillIns: [
        (client, first, last) => indexNewRecords(client, 'film', first, last),
        auditCreates(actor, 'film', films),
      ],
    });
    this.personRows = batch.queue('people', ['id', 'slug', 'name', 'name_folded', 'sort_name', 'kind', 'imdb_id'], {
      fillIns: [
        (client, first, last) => indexNewRecords(client, 'person', first, last),
        auditCreates(actor, 'person', people),
      ],
    });
    const aliasColumns = (key: string) => [key, 'alias', 'folded', 'kind'];
    this.filmAliases = batch.queue('film_aliases', aliasColumns('film_id'), {
      conflict: 'on conflict (film_id, folded) do nothing',
    });
    this.personAliases = batch.queue('person_aliases', aliasColumns('person_id'), {
      conflict: 'on conflict (person_id, folded) do nothing',
    });
    this.credits = batch.queue('credits', ['film_id', 'person_id', 'role', 'position'], {
      conflict: 'on conflict do nothing',
    });
  }

  /** ensureFilm for an input of title, IMDb id, year and the documentary flag; `folded` is foldText(title). */
  ensureFilm(input: BulkFilmInput, folded: string): Film {
    const found = this.films.find(input.imdbId, folded, (film) => isFilmCandidate(film, input));
    if (found) {
      if (!Object.keys(filmPatch(found, input)).length) return found;
      return this.handOver(found, () => ensureFilm(this.tx, input, this.actor).film, this.films, folded);
    }
    const id = this.filmRows.newId();
    const slug = this.slug('films', filmSlugRoot(folded, input.year));
    const { title, year, isDocumentary, imdbId } = input;
    this.filmRows.add([id, slug, title, folded, year, isDocumentary ? 1 : 0, imdbId]);
    const film = rowOf<Film>(films, { id, slug, title, titleFolded: folded, year, isDocumentary, imdbId });
    this.films.set(film, folded);
    return film;
  }

  /** ensurePerson for an input of name, kind and IMDb id; `folded` is foldText(name). */
  ensurePerson(input: BulkPersonInput, folded: string): Person {
    const found = this.people.find(input.imdbId, folded, (person) => isPersonCandidate(person, input));
    if (found) {
      if (!input.imdbId || found.imdbId) return found;
      return this.handOver(found, () => ensurePerson(this.tx, input, this.actor).person, this.people, folded);
    }
    const id = this.personRows.newId();
    const slug = this.slug('people', slugOfFolded(folded));
    const { name, kind, imdbId } = input;
    const { sortName } = personNameColumns(name, kind, null, folded);
    this.personRows.add([id, slug, name, folded, sortName, kind, imdbId]);
    const person = rowOf<Person>(people, { id, slug, name, nameFolded: folded, sortName, kind, imdbId });
    this.people.set(person, folded);
    return person;
  }

  /** addFilmAlias; `folded` is foldText(alias). */
  addFilmAlias(filmId: number, alias: string, folded: string, kind: string | null): void {
    this.filmAliases.add([filmId, alias, folded, kind]);
    this.films.addAlias(filmId, folded);
  }

  /** addPersonAlias; `folded` is foldText(alias). */
  addPersonAlias(personId: number, alias: string, folded: string, kind: string | null): void {
    this.personAliases.add([personId, alias, folded, kind]);
    this.people.addAlias(personId, folded);
  }

  addCredit(filmId: number, personId: number, role: string, position: number): void {
    this.credits.add([filmId, personId, role, position]);
  }

  /**
   * Lets the function that owns an update write it, on tables that hold everything queued so far. It
   * finds with SQL what the index found in memory; should the two ever disagree, the import stops
   * (and its transaction is rolled back) rather than writing to another record than the one it meant.
   */
  private handOver<T extends { id: number; imdbId: string | null }>(
    found: T,
    update: () => T,
    index: NameIndex<T>,
    folded: string,
  ): T {
    this.batch.flush();
    const updated = update();
    if (updated.id !== found.id) {
      throw new Error(`Bulk import: found record ${found.id} in memory but ${updated.id} in the database.`);
    }
    index.set(updated, folded);
    return updated;
  }

  /** The root, or the first free "-2", "-3", … among the table's slugs and those this import gave out. */
  private slug(table: 'films' | 'people', root: string): string {
    let taken = this.slugs.get(table);
    if (!taken) {
      taken = new Set(this.batch.client.prepare(`select slug from ${table}`).pluck().all() as string[]);
      this.slugs.set(table, taken);
    }
    const slug = freeSlug(root, taken);
    taken.add(slug);
    return slug;
  }
}
