// A backup made while another connection keeps writing is a consistent, verified copy, and restoring
// it over another database brings back every row of every table. Both keep the database's permissions.
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { openDatabase, writeTransaction, type Db } from '@/db/client';
import { MIGRATIONS_FOLDER } from '@/db/migrate';
import { recordAudit } from '@/db/queries/audit';
import { seedDatabase } from '@/db/seed';
import { backupDatabase } from '@/jobs/backup/backup-database';
import { inspectDatabase } from '@/jobs/backup/database-check';
import { matchFileAccess } from '@/jobs/backup/file-access';
import { restoreDatabase } from '@/jobs/backup/restore-database';
import { freshDatabase } from '@/tests/helpers/db';
import { digestTables } from './table-digest';

let seeded: { db: Db; file: string };
beforeAll(async () => {
  seeded = freshDatabase();
  await seedDatabase(seeded.db);
}, 60_000);

/** Writes one audit row per event-loop turn through its own connection until stopped. */
function startWriter(file: string) {
  const writer = openDatabase(file);
  let written = 0;
  let running = true;
  const done = (async () => {
    while (running) {
      writeTransaction(writer, (tx) =>
        recordAudit(tx, { actor: 'test:writer', action: 'test.write', entityType: 'test', entityId: written + 1 }),
      );
      written += 1;
      await new Promise((resolve) => setImmediate(resolve));
    }
    writer.$client.close();
  })();
  return {
    count: () => written,
    stop: async () => {
      running = false;
      await done;
      return written;
    },
  };
}

const writerIds = (file: string): number[] => {
  const db = openDatabase(file, { readonly: true });
  try {
    return db.$client
      .prepare(`select entity_id as id from audit_log where actor = 'test:writer' order by id`)
      .all()
      .map((row) => (row as { id: number }).id);
  } finally {
    db.$client.close();
  }
};

/** A database made by an older Laurels: every migration but the latest, from a trimmed copy of the folder. */
function olderDatabase(file: string): void {
  const folder = mkdtempSync(join(tmpdir(), 'laurels-old-migrations-'));
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, -1) }));
  const db = openDatabase(file);
  migrate(db, { migrationsFolder: folder });
  db.$client.pragma('journal_mode = DELETE');
  db.$client.close();
  rmSync(folder, { recursive: true, force: true });
}

describe('backupDatabase', () => {
  it('copies a consistent, verified snapshot while another connection writes', async () => {
    const before = digestTables(seeded.file);
    const writer = startWriter(seeded.file);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const target = join(dirname(seeded.file), 'during-writes.db');
    // Small steps so the writer lands between them and SQLite has to restart the copy.
    const atStart = writer.count();
    const result = await backupDatabase(seeded.db, target, { pagesPerStep: 5 });
    const atEnd = writer.count();
    await writer.stop();

    expect(result.bytes).toBeGreaterThan(0);
    expect(inspectDatabase(target)).toMatchObject({ ok: true });
    expect(existsSync(`${target}-wal`)).toBe(false);
    expect(readdirSync(dirname(target)).filter((name) => name.includes('.partial-'))).toEqual([]);
    // A snapshot: some prefix of the writer's rows, none missing in the middle, and all seeded data.
    const ids = writerIds(target);
    expect(atEnd).toBeGreaterThan(atStart);
    expect(ids.length).toBeGreaterThanOrEqual(atStart);
    expect(ids.length).toBeLessThanOrEqual(atEnd);
    expect(ids).toEqual(Array.from({ length: ids.length }, (_, n) => n + 1));
    const copy = digestTables(target);
    for (const [table, digest] of Object.entries(before)) {
      if (!['audit_log', 'sqlite_stat1'].includes(table)) expect(copy[table], table).toEqual(digest);
    }
  }, 60_000);

  it('never overwrites an existing file', async () => {
    await expect(backupDatabase(seeded.db, seeded.file)).rejects.toThrow(/already exists/);
  });
});

describe('restoreDatabase', () => {
  it('restores a backup over another database with every row of every table', async () => {
    const backup = join(dirname(seeded.file), 'for-restore.db');
    await backupDatabase(seeded.db, backup);
    const other = freshDatabase();
    other.db.$client.close();
    const result = restoreDatabase(other.file, backup);

    expect(result).toMatchObject({ database: other.file, migrated: false });
    const restored = digestTables(other.file);
    const source = digestTables(seeded.file);
    expect(Object.keys(restored).length).toBeGreaterThan(20);
    expect(restored).toEqual(source);
    expect(source.nominations?.rows).toBeGreaterThan(100);
    // The replaced (empty) database is kept beside it, untouched.
    expect(result.previous && digestTables(result.previous).films?.rows).toBe(0);
  }, 60_000);

  it('replaces a current file SQLite cannot read, keeping it beside the restored one', async () => {
    const backup = join(dirname(seeded.file), 'over-broken.db');
    await backupDatabase(seeded.db, backup);
    const broken = join(mkdtempSync(join(tmpdir(), 'laurels-broken-')), 'laurels.db');
    writeFileSync(broken, 'this used to be a database');
    writeFileSync(`${broken}-wal`, 'and this its log');
    const result = restoreDatabase(broken, backup);
    expect(digestTables(broken)).toEqual(digestTables(backup));
    expect(readFileSync(result.previous ?? '', 'utf8')).toBe('this used to be a database');
    expect(readFileSync(`${result.previous}-wal`, 'utf8')).toBe('and this its log');
    rmSync(dirname(broken), { recursive: true, force: true });
  });

  it('migrates an older backup forward before it replaces the database', () => {
    const backup = join(dirname(seeded.file), 'older.db');
    olderDatabase(backup);
    expect(inspectDatabase(backup)).toMatchObject({ ok: true, behind: true });
    const target = freshDatabase();
    target.db.$client.close();
    expect(restoreDatabase(target.file, backup).migrated).toBe(true);
    expect(inspectDatabase(target.file)).toMatchObject({ ok: true, behind: false });
  });
});

describe('file access', () => {
  const access = (file: string) => {
    const { mode, uid, gid } = statSync(file);
    return { mode: mode & 0o777, uid, gid };
  };
  // Giving a file away takes root; as any other user, the copies are that user's own anyway.
  const owner = process.getuid?.() === 0 ? { uid: 4321, gid: 4321 } : undefined;

  it("gives a backup and a restored database the database's permissions and owner, not the process's defaults", async () => {
    const { db, file } = freshDatabase();
    chmodSync(file, 0o600);
    if (owner) chownSync(file, owner.uid, owner.gid);
    const backup = join(dirname(file), 'private-backup.db');
    await backupDatabase(db, backup);
    db.$client.close();
    expect(access(backup)).toEqual({ ...access(file), mode: 0o600 });

    // Restored over a database of its own access, whatever the backup file's.
    chmodSync(backup, 0o644);
    const other = freshDatabase();
    other.db.$client.close();
    chmodSync(other.file, 0o640);
    if (owner) chownSync(other.file, owner.uid + 1, owner.gid + 1);
    const before = access(other.file);
    restoreDatabase(other.file, backup);
    expect(access(other.file)).toEqual({ ...before, mode: 0o640 });
  });

  it('says what it could not carry over and goes on, rather than failing the backup', () => {
    const { file } = freshDatabase();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(() => matchFileAccess(file, join(dirname(file), 'gone', 'copy.db'))).not.toThrow();
      expect(warn.mock.calls.map(([message]) => message)).toEqual([
        expect.stringMatching(/could not be given the permissions of .*laurels\.db \(ENOENT\)/),
        expect.stringMatching(/could not be given the owner of .*laurels\.db \(ENOENT\)/),
      ]);
    } finally {
      warn.mockRestore();
    }
  });
});
