import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..', '..');
const fixture = (name: string) => join('tests', 'fixtures', 'oscar-data', name);
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** Runs `laurels import …` as a user would, on a database of its own. */
function laurels(...args: string[]) {
  const folder = mkdtempSync(join(tmpdir(), 'laurels-cli-'));
  folders.push(folder);
  const database = join(folder, 'laurels.db');
  const result = spawnSync('npx', ['tsx', 'jobs/cli.ts', 'import', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LAURELS_DB: database },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('laurels import', () => {
  it('fails on a malformed file with one line naming the file and line, and exit code 1', () => {
    const { status, stderr } = laurels('--format', 'oscar-data', fixture('bad-columns.tsv'));
    expect(status).toBe(1);
    expect(stderr).toBe('laurels: bad-columns.tsv line 4: expected 14 columns, found 15\n');
  });

  it('fails on a missing file with one clear line', () => {
    const { status, stderr } = laurels('--format', 'oscar-data', fixture('missing.tsv'));
    expect(status).toBe(1);
    expect(stderr).toBe(`laurels: cannot read ${fixture('missing.tsv')}: no such file\n`);
  });

  it('refuses an unknown format, naming the formats it knows', () => {
    const { status, stderr } = laurels('--format', 'csv', fixture('sample.tsv'));
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('oscar-data');
  });

  it('imports a file and prints a summary', () => {
    const { status, stdout, stderr } = laurels('--format', 'oscar-data', fixture('sample.tsv'));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('Imported sample.tsv: 27 of 27 rows');
    expect(stdout).toContain('Nominations: 27 created, 0 updated, 0 unchanged.');
  });

  it('reads oscar_data, the one format it knows, when no format is named', () => {
    const { status, stdout, stderr } = laurels('--documentary', fixture('sample.tsv'));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/Imported sample\.tsv: \d+ of 27 rows/);
  });
});
