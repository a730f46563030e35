// Films and people for a bulk import: ensureFilm / ensurePerson and the alias and credit inserts of
// db/queries/films.ts and people.ts, on statements prepared once (see audit-bulk.ts for why). The lookups
// run the same SQL as findFilm / findPerson, so they find the same record; a found record that would gain
// something (an IMDb id, the documentary flag) goes through ensureFilm / ensurePerson themselves, so each
// update and its audit entry are written by the one function that owns them. Only the common cases, a
// record found unchanged or created, take the fast path.
import type Database from 'better-sqlite3';
import type { Executor } from '../client';
import { foldText, slugify } from '../rules/text';
import { films, people, type Film, type Person } from '../schema';
import { BulkAudit, insertAndRead, mapRow, rawClient } from './audit-bulk';
import { ensureFilm, filmPatch, isFilmCandidate, type FilmInput } from './films';
import { ensurePerson, isPersonCandidate, type PersonInput } from './people';
import { freeSlug } from './slugs';

function prepareFor(client: Database.Database, table: 'films' | 'people') {
  const [folded, aliases, key] =
    table === 'films' ? ['title_folded', 'film_aliases', 'film_id'] : ['name_folded', 'person_aliases', 'person_id'];
  return {
    byId: client.prepare(`select * from ${table} where id = ?`),
    byImdbId: client.prepare(`select * from ${table} where imdb_id = ?`),
    byName: client.prepare(
      `select * from ${table} where ${folded} = ? or id in (select ${key} from ${aliases} where folded = ?)`,
    ),
    slugs: client.prepare(`select slug from ${table}`).pluck(),
    alias: client.prepare(
      `insert into ${aliases} (${key}, alias, folded, kind) values (?, ?, ?, ?) on conflict (${key}, folded) do nothing`,
    ),
  };
}

export class BulkCatalogue {
  private readonly film;
  private readonly person;
  private readonly insertFilm: Database.Statement;
  private readonly insertPerson: Database.Statement;
  private readonly insertCredit: Database.Statement;
  private readonly audit: BulkAudit;
  /**
   * Every film and person slug, read once when the first record is created (a few milliseconds even at
   * 100,000 films) and kept up to date by this writer, which holds the write lock for the whole import.
   */
  private readonly slugs = new Map<Database.Statement, Set<string>>();

  constructor(
    private readonly tx: Executor,
    private readonly actor: string,
  ) {
    const client = rawClient(tx);
    this.film = prepareFor(client, 'films');
    this.person = prepareFor(client, 'people');
    this.insertFilm = client.prepare(
      'insert into films (slug, title, title_folded, year, is_documentary, imdb_id) values (?, ?, ?, ?, ?, ?)',
    );
    this.insertPerson = client.prepare(
      'insert into people (slug, name, name_folded, kind, imdb_id) values (?, ?, ?, ?, ?)',
    );
    this.insertCredit = client.prepare(
      'insert into credits (film_id, person_id, role, position) values (?, ?, ?, ?) on conflict do nothing',
    );
    this.audit = new BulkAudit(client);
  }

  /** ensureFilm for an input of title, IMDb id, year and the documentary flag. */
  ensureFilm(input: Required<Pick<FilmInput, 'title' | 'imdbId' | 'year' | 'isDocumentary'>>): Film {
    const found = this.findFilm(input);
    if (found) return Object.keys(filmPatch(found, input)).length ? ensureFilm(this.tx, input, this.actor).film : found;
    const titleFolded = foldText(input.title);
    const slug = this.slug(this.film.slugs, input.year ? `${input.title} ${input.year}` : input.title);
    const values = [slug, input.title, titleFolded, input.year, input.isDocumentary ? 1 : 0, input.imdbId];
    const film = insertAndRead<Film>(this.insertFilm, this.film.byId, films, values);
    this.audit.record({ actor: this.actor, action: 'film.create', entityType: 'film', entityId: film.id, after: film });
    return film;
  }

  /** ensurePerson for an input of name, kind and IMDb id. */
  ensurePerson(input: Required<Pick<PersonInput, 'name' | 'kind' | 'imdbId'>>): Person {
    const found = this.findPerson(input);
    if (found) return input.imdbId && !found.imdbId ? ensurePerson(this.tx, input, this.actor).person : found;
    const slug = this.slug(this.person.slugs, input.name);
    const values = [slug, input.name, foldText(input.name), input.kind, input.imdbId];
    const person = insertAndRead<Person>(this.insertPerson, this.person.byId, people, values);
    this.audit.record({
      actor: this.actor,
      action: 'person.create',
      entityType: 'person',
      entityId: person.id,
      after: person,
    });
    return person;
  }

  addFilmAlias(filmId: number, alias: string, kind: string | null): void {
    this.film.alias.run(filmId, alias, foldText(alias), kind);
  }

  addPersonAlias(personId: number, alias: string, kind: string | null): void {
    this.person.alias.run(personId, alias, foldText(alias), kind);
  }

  addCredit(filmId: number, personId: number, role: string, position: number): void {
    this.insertCredit.run(filmId, personId, role, position);
  }

  private findFilm(input: Pick<FilmInput, 'title' | 'year' | 'imdbId'>): Film | undefined {
    const lookups = this.film;
    const row = (raw: unknown) => mapRow<Film>(films, raw as Record<string, unknown>);
    if (input.imdbId) {
      const byId = lookups.byImdbId.get(input.imdbId);
      if (byId) return row(byId);
    }
    const folded = foldText(input.title);
    return lookups.byName
      .all(folded, folded)
      .map(row)
      .find((film) => isFilmCandidate(film, input));
  }

  private findPerson(input: Pick<PersonInput, 'name' | 'imdbId'>): Person | undefined {
    const row = (raw: unknown) => mapRow<Person>(people, raw as Record<string, unknown>);
    if (input.imdbId) {
      const byId = this.person.byImdbId.get(input.imdbId);
      if (byId) return row(byId);
    }
    const folded = foldText(input.name);
    return this.person.byName
      .all(folded, folded)
      .map(row)
      .find((person) => isPersonCandidate(person, input));
  }

  private slug(statement: Database.Statement, base: string): string {
    let taken = this.slugs.get(statement);
    if (!taken) {
      taken = new Set(statement.all() as string[]);
      this.slugs.set(statement, taken);
    }
    const slug = freeSlug(slugify(base), taken);
    taken.add(slug);
    return slug;
  }
}
