// Writes checked oscar_data rows through db/queries, as an admin's entry would be written. Within one run
// it remembers what it has found or created (editions, categories, films, people, nominations by key), so
// each is looked up once: the full file names about 5,000 films and 9,500 people over 12,000 rows.
// Editions, categories, films, people, credits, nominations and their audit entries, written by the ten
// thousand, go through the bulk writers, which queue them and write them a few hundred per statement
// (flush); the award once, and a status change through changeStatus after a flush, so that it finds every
// row queued before it and its audit entry follows theirs. (Within a flush the audit entries of created
// records are grouped by table, each table's by id: films, people, editions, categories, nominations.)
import { eq } from 'drizzle-orm';
import { rawClient, type Executor } from '../../db/client';
import { BulkAwards } from '../../db/queries/awards-bulk';
import { ensureAward, ensureOrganization } from '../../db/queries/catalogue';
import { BulkCatalogue } from '../../db/queries/catalogue-bulk';
import { InsertBatch } from '../../db/queries/insert-bulk';
import { changeStatus, type HistoryStep, type StatusReason } from '../../db/queries/nominations';
import { BulkNominations, type BulkNomination } from '../../db/queries/nominations-bulk';
import { ensureSource } from '../../db/queries/sources';
import { nomineeKey, type NomineeIdentity } from '../../db/rules/nominee-key';
import { checkTransition } from '../../db/rules/status';
import { foldText, ordinalSuffix } from '../../db/rules/text';
import { categories, editions, nominations, type NominationStatus, type PersonKind } from '../../db/schema';
import type { OscarFilm, OscarNominee, OscarRow } from './oscar-data-file';
import {
  canonicalAliases,
  creditRole,
  isDocumentaryCategory,
  nomineeKind,
  readableCategoryName,
  unofficialHistory,
} from './oscar-data-names';

export type RowOutcome = 'created' | 'updated' | 'unchanged' | 'duplicate' | 'kept';

export const OSCAR_DATA_SOURCE = {
  key: 'oscar-data',
  kind: 'dataset',
  url: 'https://github.com/DLu/oscar_data',
  publisher: 'DLu/oscar_data',
  title: 'Academy Awards nominations data set',
} as const;

/**
 * The statuses the data set decides, which a rerun moves to what the file gives now (an admin's own
 * change to one of them included: the data set is the record of the Academy's awards). A withdrawal,
 * whether the file's or an admin's, is a decision a rerun does not overrule.
 */
const IMPORTED_STATUSES: readonly NominationStatus[] = ['submitted', 'shortlisted', 'nominated', 'won', 'lost'];

interface KnownFilm {
  id: number;
  isDocumentary: boolean;
  titles: Set<string>;
}
interface KnownPerson {
  id: number;
  kind: PersonKind;
  names: Set<string>;
}
interface KnownCanonical {
  id: number;
  names: Set<string>;
}

export class OscarWriter {
  private readonly awardId: number;
  private readonly reason: StatusReason;
  private readonly nominatedThenWon: HistoryStep[];
  private readonly nominatedThenLost: HistoryStep[];
  private readonly onlyWon: HistoryStep[];
  private readonly onlyNominated: HistoryStep[];
  private readonly editions = new Map<number, number>();
  private readonly canonicals = new Map<string, KnownCanonical>();
  private readonly categories = new Map<string, number>();
  private readonly films = new Map<string, KnownFilm>();
  private readonly people = new Map<string, KnownPerson>();
  private readonly credits = new Set<string>();
  /** foldText of each title and name met so far: most come back row after row. */
  private readonly folded = new Map<string, string>();
  /** Nominations of this award already in the database, by category and nominee key. */
  private readonly nominations: Map<string, BulkNomination>;
  /** Rows written in this run, by category and nominee key, to tell repeats from distinct namesakes. */
  private readonly written = new Map<string, OscarRow[]>();
  private readonly batch: InsertBatch;
  private readonly catalogue: BulkCatalogue;
  private readonly bulkAwards: BulkAwards;
  private readonly bulkNominations: BulkNominations;

  constructor(
    private readonly tx: Executor,
    private readonly actor: string,
    /** Ceremonies with winners; in the others every nominee is still only nominated. */
    private readonly decidedCeremonies: ReadonlySet<number>,
  ) {
    const academy = ensureOrganization(
      tx,
      { slug: 'ampas', name: 'Academy of Motion Picture Arts and Sciences', shortName: 'AMPAS' },
      actor,
    );
    this.awardId = ensureAward(
      tx,
      {
        slug: 'academy-awards',
        name: 'Academy Awards',
        shortName: 'Oscars',
        kind: 'ceremony',
        organizationId: academy.id,
        aliases: ['Oscars', 'The Oscars', 'Academy Award', 'Oscar'],
      },
      actor,
    ).id;
    this.reason = { actor, sourceId: ensureSource(tx, OSCAR_DATA_SOURCE, actor).id };
    const steps = (...statuses: NominationStatus[]) => statuses.map((status) => ({ status, reason: this.reason }));
    this.nominatedThenWon = steps('nominated', 'won');
    this.nominatedThenLost = steps('nominated', 'lost');
    this.onlyWon = steps('won');
    this.onlyNominated = steps('nominated');
    this.nominations = this.existingNominations();
    // The queues flush in the order made here, each table after those its rows refer to.
    this.batch = new InsertBatch(rawClient(tx));
    this.catalogue = new BulkCatalogue(tx, actor, this.batch);
    this.bulkAwards = new BulkAwards(tx, actor, this.batch);
    this.bulkNominations = new BulkNominations(tx, this.batch, actor);
  }

  /** Rows waiting to be written. */
  get pending(): number {
    return this.batch.pending;
  }

  /** Writes every queued row; the caller flushes at the end of the import, and whenever it likes. */
  flush(): void {
    this.batch.flush();
  }

  write(row: OscarRow): RowOutcome {
    const categoryId = this.categoryFor(row);
    // A row may name one nominee twice under two spellings (MGM at line 4508): it is one nominee.
    const filmIds = unique(row.films.map((film) => this.filmFor(film, row)));
    const nominees = unique(row.nominees.map((nominee) => this.personFor(nominee)));
    this.credit(row, filmIds, nominees);

    const identity: NomineeIdentity = {
      filmIds,
      personIds: nominees.map((person) => person.id),
      displayName: row.name,
      detail: row.detail,
    };
    const firstKey = nomineeKey(identity);
    const occurrence = this.occurrence(categoryId, firstKey, row);
    if (occurrence === null) return 'duplicate';
    const history = this.historyFor(row);
    const status = history.at(-1)!.status;
    // The first occurrence's key is the identity's own (nomineeKey leaves out an occurrence of 1).
    const key = occurrence === 1 ? firstKey : nomineeKey({ ...identity, occurrence });
    const existing = this.nominations.get(`${categoryId}\t${key}`);
    if (existing) return this.reconcile(existing, status);

    // Every nomination of the award was read at the start, and this run's keys never repeat (occurrence).
    const result = this.bulkNominations.create(
      {
        ...identity,
        occurrence,
        categoryId,
        note: row.note,
        citation: row.citation,
        position: row.position,
        status,
        reason: this.reason,
        steps: history,
      },
      { key, isNew: true },
    );
    return result.created ? 'created' : this.reconcile(result.nomination, status);
  }

  /** The statuses the row went through, oldest first, each sourced to the data set. */
  private historyFor(row: OscarRow): HistoryStep[] {
    const unofficial = unofficialHistory(row);
    if (unofficial) return unofficial.map((status) => ({ status, reason: this.reason }));
    // A contested win is recorded as the Academy ran it: first nominated, then won.
    if (row.isWinner) return row.isContested ? this.nominatedThenWon : this.onlyWon;
    return this.decidedCeremonies.has(row.ceremony) ? this.nominatedThenLost : this.onlyNominated;
  }

  /**
   * Moves a nomination found again to the status the file gives it now; one the status rules do not allow
   * (nominated → submitted) is kept as it is for an editor to look at, rather than stopping the import.
   */
  private reconcile(existing: BulkNomination, status: NominationStatus): RowOutcome {
    if (existing.status === status || !IMPORTED_STATUSES.includes(existing.status)) return 'unchanged';
    if (!checkTransition(existing.status, status).ok) return 'kept';
    this.batch.flush();
    changeStatus(this.tx, {
      nominationId: existing.id,
      to: status,
      ...this.reason,
      note: `oscar_data now gives ${status} (was ${existing.status}).`,
    });
    existing.status = status;
    return 'updated';
  }

  /**
   * Which nominee of this identity in its category the row is: 1, or 2 and up when the file honours the
   * same films and people again for other work (two Sci-Tech awards to Eastman Kodak at the 60th
   * ceremony, told apart by their citations); null when the row repeats an earlier one word for word.
   */
  private occurrence(categoryId: number, key: string, row: OscarRow): number | null {
    const slot = `${categoryId}\t${key}`;
    const earlier = this.written.get(slot) ?? [];
    if (earlier.some((other) => isSameNomination(other, row))) return null;
    earlier.push(row);
    this.written.set(slot, earlier);
    return earlier.length;
  }

  private existingNominations() {
    const rows = this.tx
      .select({
        id: nominations.id,
        status: nominations.status,
        categoryId: nominations.categoryId,
        key: nominations.nomineeKey,
      })
      .from(nominations)
      .innerJoin(categories, eq(categories.id, nominations.categoryId))
      .innerJoin(editions, eq(editions.id, categories.editionId))
      .where(eq(editions.awardId, this.awardId))
      .all();
    return new Map(rows.map((row) => [`${row.categoryId}\t${row.key}`, { id: row.id, status: row.status }]));
  }

  private editionFor(row: OscarRow): number {
    let id = this.editions.get(row.ceremony);
    if (id === undefined) {
      const ordinal = ordinalSuffix(row.ceremony);
      id = this.bulkAwards.ensureEdition({
        awardId: this.awardId,
        slug: ordinal,
        name: `${ordinal} Academy Awards`,
        ordinal: row.ceremony,
        year: row.year,
        yearLabel: row.yearLabel,
        resultsComplete: this.decidedCeremonies.has(row.ceremony),
      }).id;
      this.editions.set(row.ceremony, id);
    }
    return id;
  }

  private canonicalFor(row: OscarRow): number {
    const name = readableCategoryName(row.category);
    let known = this.canonicals.get(row.canonicalCategory);
    if (!known || !known.names.has(name)) {
      // Each ceremony's own name for the category ("DOCUMENTARY FEATURE FILM") becomes an alias too.
      const canonicalId = this.bulkAwards.ensureCanonicalCategory({
        awardId: this.awardId,
        name: readableCategoryName(row.canonicalCategory),
        groupName: row.className,
        isDocumentary: isDocumentaryCategory(row.canonicalCategory),
        aliases: [...canonicalAliases(row.canonicalCategory), row.category, name],
      });
      known ??= { id: canonicalId, names: new Set() };
      known.names.add(name);
      this.canonicals.set(row.canonicalCategory, known);
    }
    return known.id;
  }

  private categoryFor(row: OscarRow): number {
    const key = `${row.ceremony}\t${row.category}`;
    let id = this.categories.get(key);
    if (id === undefined) {
      id = this.bulkAwards.ensureCategory({
        editionId: this.editionFor(row),
        name: readableCategoryName(row.category),
        canonicalCategoryId: this.canonicalFor(row),
        position: row.categoryPosition,
      }).id;
      this.categories.set(key, id);
    }
    return id;
  }

  private filmFor(film: OscarFilm, row: OscarRow): number {
    const isDocumentary = isDocumentaryCategory(row.canonicalCategory);
    const folded = this.fold(film.title);
    const key = film.imdbId ?? `${folded}\t${row.year}`;
    let known = this.films.get(key);
    if (!known || (isDocumentary && !known.isDocumentary)) {
      const input = { title: film.title, imdbId: film.imdbId, year: row.year, isDocumentary };
      const found = this.catalogue.ensureFilm(input, folded);
      known = { id: found.id, isDocumentary: found.isDocumentary, titles: new Set([found.titleFolded]) };
      this.films.set(key, known);
    }
    if (!known.titles.has(folded)) {
      this.catalogue.addFilmAlias(known.id, film.title, folded, 'alternative');
      known.titles.add(folded);
    }
    return known.id;
  }

  private personFor(nominee: OscarNominee): KnownPerson {
    const kind = nomineeKind(nominee);
    const folded = this.fold(nominee.name);
    const key = nominee.imdbId ?? folded;
    let known = this.people.get(key);
    if (!known) {
      const person = this.catalogue.ensurePerson({ name: nominee.name, imdbId: nominee.imdbId, kind }, folded);
      known = { id: person.id, kind: person.kind, names: new Set([person.nameFolded]) };
      this.people.set(key, known);
    }
    if (!known.names.has(folded)) {
      this.catalogue.addPersonAlias(known.id, nominee.name, folded, 'alternative');
      known.names.add(folded);
    }
    return known;
  }

  private fold(text: string): string {
    let folded = this.folded.get(text);
    if (folded === undefined) {
      folded = foldText(text);
      this.folded.set(text, folded);
    }
    return folded;
  }

  private credit(row: OscarRow, filmIds: number[], nominees: KnownPerson[]): void {
    nominees.forEach((person, position) => {
      const role = creditRole(row, person.kind);
      if (!role) return;
      for (const filmId of filmIds) {
        const key = `${filmId}\t${person.id}\t${role}`;
        if (this.credits.has(key)) continue;
        this.catalogue.addCredit(filmId, person.id, role, position);
        this.credits.add(key);
      }
    });
  }
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

function isSameNomination(a: OscarRow, b: OscarRow): boolean {
  return a.name === b.name && a.isWinner === b.isWinner && a.note === b.note && a.citation === b.citation;
}
