// Queued inserts for a bulk import: rows wait in memory and reach SQLite a few hundred per INSERT
// statement instead of one statement each. What a statement costs is paid per statement, not per row:
// the driver's call, and above all the full-text index, whose triggers (migration 0001) write the
// index's pending terms out at the end of every statement. On the whole oscar_data file this took the
// films and people from about 500 ms to about 110 ms, with the same triggers writing the same index.
//
// The caller's transaction holds everything, so nobody sees a row before its batch is written; but reads
// in that transaction do not see queued rows either, which is why the bulk writers keep in memory what
// they queued and flush before they hand over to a function that reads the tables itself.
//
// What follows from new rows (their entries in the search index, the dashboard's counts and the audit log)
// is filled in once per flush rather than a row at a time: the batch holds the derived-data triggers back
// while its queues write (migration 0009, table bulk_fill), then each queue runs its fill-ins over the
// ids it wrote.
import type Database from 'better-sqlite3';

/** Rows per statement, largest first: a batch goes out in as few statements as these sizes allow. */
const CHUNK_SIZES = [256, 64, 16, 4, 1];

/**
 * Statements by SQL, per connection, so that the next flush or import on it need not prepare them again.
 * The fill-ins prepare theirs here too.
 */
const prepared = new WeakMap<Database.Database, Map<string, Database.Statement>>();
export function prepare(client: Database.Database, sql: string): Database.Statement {
  let statements = prepared.get(client);
  if (!statements) {
    statements = new Map();
    prepared.set(client, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = client.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}

const hasSequences = (client: Database.Database) =>
  prepare(client, `select count(*) from sqlite_master where name = 'sqlite_sequence'`).pluck().get() === 1;

/** What follows from a table's new rows, written for those with ids first to last (inclusive). */
export type FillIn = (client: Database.Database, first: number, last: number) => void;

export interface QueueOptions {
  /** A conflict clause for every row ('on conflict do nothing'); without one a conflict fails the import. */
  conflict?: string;
  /**
   * Run once per flush, in order, over the rows it wrote: what the table's held-back insert trigger would
   * have derived row by row, the audit entries. Every row of such a queue takes its id from newId, so the
   * ids written form one range.
   */
  fillIns?: readonly FillIn[];
}

export class InsertQueue {
  private values: unknown[] = [];
  private rows = 0;
  private readonly statements = new Map<number, Database.Statement>();
  private lastId: number | undefined;
  /** The first id newId gave out since the last flush. */
  private firstId: number | undefined;

  constructor(
    private readonly client: Database.Database,
    readonly table: string,
    private readonly columns: readonly string[],
    private readonly options: QueueOptions = {},
  ) {}

  /** Queues a row: its values in the order of the columns, as the driver takes them (booleans as 0 or 1). */
  add(values: readonly unknown[]): void {
    if (values.length !== this.columns.length) {
      throw new Error(`${this.table}: expected ${this.columns.length} values, got ${values.length}`);
    }
    this.values.push(...values);
    this.rows++;
  }

  /**
   * The id of a row about to be queued: one past the highest in the table, the queue, and (for a table
   * with AUTOINCREMENT, migration 0015) the highest it ever held, which is the id SQLite itself would give
   * the row. Read again after every flush, so a write by someone else in between (a function the bulk
   * writer handed over to) is taken into account.
   */
  newId(): number {
    this.lastId ??= Math.max(
      prepare(this.client, `select coalesce(max(id), 0) from ${this.table}`).pluck().get() as number,
      // SQLite makes sqlite_sequence with the first AUTOINCREMENT table (a database before 0015 has none).
      hasSequences(this.client)
        ? ((prepare(this.client, `select seq from sqlite_sequence where name = ?`).pluck().get(this.table) as
            number | undefined) ?? 0)
        : 0,
    );
    this.firstId ??= this.lastId + 1;
    return ++this.lastId;
  }

  get pending(): number {
    return this.rows;
  }

  /** Writes the queued rows; returns the fill-ins still to run over them. */
  flush(): (() => void)[] {
    const width = this.columns.length;
    let at = 0;
    for (const size of CHUNK_SIZES) {
      while (this.rows - at >= size) {
        this.statement(size).run(this.values.slice(at * width, (at + size) * width));
        at += size;
      }
    }
    const { fillIns = [] } = this.options;
    const [first, last, rows] = [this.firstId, this.lastId, this.rows];
    this.values = [];
    this.rows = 0;
    this.lastId = this.firstId = undefined;
    if (!fillIns.length || rows === 0) return [];
    if (first === undefined || last === undefined || last - first + 1 !== rows) {
      throw new Error(`${this.table}: a queue with fill-ins must take every row's id from newId`);
    }
    return fillIns.map((fillIn) => () => fillIn(this.client, first, last));
  }

  private statement(rows: number): Database.Statement {
    let statement = this.statements.get(rows);
    if (!statement) {
      const row = `(${this.columns.map(() => '?').join(', ')})`;
      const sql = `insert into ${this.table} (${this.columns.join(', ')}) values ${Array(rows).fill(row).join(', ')}`;
      const { conflict } = this.options;
      statement = prepare(this.client, conflict ? `${sql} ${conflict}` : sql);
      this.statements.set(rows, statement);
    }
    return statement;
  }
}

/**
 * The queues of one import, flushed together in the order they were created: create a table's queue
 * after the queues of the tables it references, so that every foreign key finds its row.
 */
export class InsertBatch {
  private readonly queues: InsertQueue[] = [];
  private failed = false;

  constructor(readonly client: Database.Database) {}

  queue(table: string, columns: readonly string[], options: QueueOptions = {}): InsertQueue {
    const queue = new InsertQueue(this.client, table, columns, options);
    this.queues.push(queue);
    return queue;
  }

  /** Rows waiting in all the queues. */
  get pending(): number {
    return this.queues.reduce((sum, queue) => sum + queue.pending, 0);
  }

  /**
   * Writes every queue with the derived-data triggers held back, then fills in for the rows written. The
   * hold is a row of main.bulk_fill (the table the triggers read), added and removed within this flush,
   * which is a transaction of its own (a savepoint within the caller's): should a statement fail, its rows
   * and the hold are undone together. The writers still remember what they queued, so after a failure the
   * batch writes nothing more: the caller's transaction is to be given up with it.
   */
  flush(): void {
    if (this.failed) throw new Error('InsertBatch: an earlier flush failed, so this batch writes nothing more');
    if (this.pending === 0) {
      for (const queue of this.queues) queue.flush();
      return;
    }
    try {
      this.client
        .transaction(() => {
          prepare(this.client, 'insert into main.bulk_fill (id) values (1)').run();
          const fillIns = this.queues.flatMap((queue) => queue.flush());
          prepare(this.client, 'delete from main.bulk_fill').run();
          for (const fillIn of fillIns) fillIn();
        })
        .immediate();
    } catch (error) {
      this.failed = true;
      throw error;
    }
  }
}
