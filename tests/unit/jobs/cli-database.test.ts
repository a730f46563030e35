// The command line's database guard and its output: a file that cannot become this Laurels's database
// (another application's, a newer Laurels's) is refused with one line and left exactly as it was, and a
// reader that stops reading early ends the command quietly; a list of a database that does not exist (a
// mistyped LAURELS_DB) is refused rather than made; a command that finds another process writing
// (a long migration of another instance) says so and waits for it rather than failing after 5 s.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');
const folder = mkdtempSync(join(tmpdir(), 'laurels-cli-db-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function laurels(database: string, ...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'jobs/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LAURELS_DB: database },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('laurels on a database file', () => {
  it('refuses another application’s database and leaves the file as it was', () => {
    const file = join(folder, 'other.db');
    const other = new Database(file);
    other.exec("create table notes (body text); insert into notes values ('theirs')");
    other.close();
    const before = readFileSync(file);

    const result = laurels(file, 'migrate');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `laurels: cannot use the database ${file} (LAURELS_DB): it is not a Laurels database (missing tables: __drizzle_migrations, awards, editions, categories, films, people, nominations, status_events, audit_log)`,
    );
    expect(readFileSync(file).equals(before)).toBe(true);
  }, 30_000);

  it('refuses a database written by a newer Laurels, and creates one in a new file', () => {
    const file = join(folder, 'laurels.db');
    expect(laurels(file, 'migrate')).toMatchObject({ status: 0, stdout: `Database ${file} is up to date.\n` });
    const db = new Database(file);
    db.prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)').run('from-the-future', 9e12);
    db.close();

    const result = laurels(file, 'admin', 'list');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('it was written by a newer version of Laurels');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('waits past the busy timeout for another process that holds the write lock, and says so', async () => {
    const file = join(folder, 'busy.db');
    expect(laurels(file, 'migrate').status).toBe(0);
    const holder = new Database(file);
    holder.exec('begin immediate');
    const child = spawn('npx', ['tsx', 'jobs/cli.ts', 'migrate'], {
      cwd: root,
      env: { ...process.env, LAURELS_DB: file },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    // The lock is let go only once the command has said it waits: its usual 5 s busy timeout has run out.
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('waiting for another process') && holder.inTransaction) holder.exec('commit');
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    holder.close();
    expect(stderr.trim()).toBe(
      `laurels: waiting for another process to finish writing to ${file} (a migration or an import)…`,
    );
    expect({ code, stdout }).toEqual({ code: 0, stdout: `Database ${file} is up to date.\n` });
  }, 60_000);

  it('ends quietly when the reader of its output stops early', () => {
    const file = join(folder, 'piped.db');
    expect(laurels(file, 'migrate').status).toBe(0);
    // The reader (true) is gone before the command writes anything, so every write finds the pipe closed.
    const result = spawnSync('bash', ['-c', 'set -o pipefail; npx tsx jobs/cli.ts jobs list | true'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, LAURELS_DB: file },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 30_000);

  it('refuses to list what a database that does not exist holds, and creates none', () => {
    const file = join(folder, 'mistyped', 'laurels.db');
    for (const command of [
      ['jobs', 'list'],
      ['admin', 'list'],
      ['sources', 'list'],
    ]) {
      const result = laurels(file, ...command);
      expect(result.status, command.join(' ')).toBe(1);
      expect(result.stderr.trim()).toBe(
        `laurels: cannot use the database ${file} (LAURELS_DB): it does not exist, so there is nothing to list (create it with \`laurels migrate\`)`,
      );
    }
    expect(existsSync(join(folder, 'mistyped'))).toBe(false);
  }, 60_000);
});
