// `laurels extract --json FILE|-` as other tools run it: one JSON object on standard output and nothing
// else; the database's catalogue when one exists, opened without writing; the built-in one otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureAward } from '@/db/queries/catalogue';
import { freshDatabase } from '@/tests/helpers/db';

const root = join(__dirname, '..', '..', '..', '..');
const seedArticle = join(root, 'tests/fixtures/announcements/seed-lovers-and-the-despot.txt');
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function missingDatabase(): string {
  const folder = mkdtempSync(join(tmpdir(), 'laurels-extract-'));
  folders.push(folder);
  return join(folder, 'laurels.db');
}

function extract(database: string, file: string, input?: string, ...options: string[]) {
  const result = spawnSync('npx', ['tsx', 'jobs/cli.ts', 'extract', '--json', ...options, file], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, LAURELS_DB: database },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const candidatesOf = (stdout: string) => (JSON.parse(stdout) as { candidates: Record<string, unknown>[] }).candidates;

describe('laurels extract --json', () => {
  it('prints only the candidates of a file, and creates no database', () => {
    const database = missingDatabase();
    const { status, stdout } = extract(database, seedArticle);
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(candidatesOf(stdout)).toEqual([
      {
        film: 'The Lovers and the Despot',
        status: 'nominated',
        category: 'ABC News VideoSource Award',
        award: 'IDA Documentary Awards',
        year: 2016,
        confidence: expect.any(Number),
        evidence: expect.stringContaining('is up for the ABC News Video Source Award'),
      },
    ]);
    expect(existsSync(database)).toBe(false);
  });

  it('reads standard input for -', () => {
    const { status, stdout } = extract(missingDatabase(), '-', readFileSync(seedArticle, 'utf8'));
    expect(status).toBe(0);
    expect(candidatesOf(stdout).map((c) => c.film)).toEqual(['The Lovers and the Despot']);
  });

  it('prints an empty list for a text that states nothing', () => {
    const { status, stdout } = extract(missingDatabase(), '-', 'Nothing to see here.');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ candidates: [] });
  });

  it('refuses a publication date that is no day of the calendar, an unknown award and a folder', () => {
    const database = missingDatabase();
    const badDate = extract(database, seedArticle, undefined, '--published-at', '2017-13-45');
    expect(badDate).toMatchObject({ status: 1, stdout: '' });
    expect(badDate.stderr).toBe('laurels: --published-at: “2017-13-45” is not a date like 2017-02-26\n');
    const badAward = extract(database, seedArticle, undefined, '--award', 'nosuch');
    expect(badAward).toMatchObject({ status: 1, stdout: '' });
    expect(badAward.stderr).toMatch(/^laurels: --award: no award is called “nosuch” \(known: academy-awards, /);
    const folder = extract(database, join(root, 'tests'));
    expect(folder).toMatchObject({ status: 1, stdout: '' });
    expect(folder.stderr).toMatch(/cannot read .*tests: it is a folder/);
  });

  it('exits 1 with a reason on standard error for a missing file', () => {
    const { status, stdout, stderr } = extract(
      missingDatabase(),
      join(root, 'tests/fixtures/announcements/missing.txt'),
    );
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/laurels: cannot read .*missing\.txt: no such file/);
  });

  it("uses the database's awards when it holds some, and the built-in ones when it is empty", () => {
    const empty = freshDatabase();
    const text =
      'Tin Roof won Best Feature at the 2031 Test Riverside Awards. Salt Road won Best Feature at the 2016 IDA Awards.';
    const fromBuiltin = candidatesOf(extract(empty.file, '-', text).stdout);
    expect(fromBuiltin.find((c) => c.film === 'Salt Road')?.award).toBe('IDA Documentary Awards');

    const filled = freshDatabase();
    ensureAward(
      filled.db,
      { slug: 'test-riverside', name: 'Riverside Test Honours', kind: 'ceremony', aliases: ['Test Riverside Awards'] },
      'test',
    );
    filled.db.$client.close();
    const fromDatabase = candidatesOf(extract(filled.file, '-', text).stdout);
    expect(fromDatabase.find((c) => c.film === 'Tin Roof')).toMatchObject({
      award: 'Riverside Test Honours',
      year: 2031,
    });
  });
});
