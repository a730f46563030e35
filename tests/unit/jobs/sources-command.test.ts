// `laurels sources …` as someone scripting it would run it: add with a kind, add with the kind detected
// from a feed a local HTTP server serves, list, disable and enable, each written to the database with the
// actor 'cli'; a bad cron schedule, a duplicate address and a bad id exit 1 with one line saying why.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { auditLog, ingestionSources } from '@/db/schema';

const root = join(__dirname, '..', '..', '..');
const folder = mkdtempSync(join(tmpdir(), 'laurels-sources-'));
const database = join(folder, 'laurels.db');

const FEED = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test festival news</title><link>http://127.0.0.1/</link>
<item><title>Test Film 4107 is nominated</title><link>http://127.0.0.1/a</link><description>A fictional test item.</description></item>
</channel></rss>`;

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(FEED);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(folder, { recursive: true, force: true });
});

/** Runs `laurels sources …` without blocking this process, so the local server can answer it. */
function laurels(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'jobs/cli.ts', 'sources', ...args],
      { cwd: root, encoding: 'utf8', env: { ...process.env, LAURELS_DB: database } },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function readDatabase() {
  const db = openDatabase(database, { readonly: true });
  try {
    return { sources: db.select().from(ingestionSources).all(), audit: db.select().from(auditLog).all() };
  } finally {
    db.$client.close();
  }
}

describe('laurels sources', () => {
  it('adds a source with --kind, and refuses the same address again naming it', async () => {
    const added = await laurels('add', `${base}/given.xml`, '--kind', 'atom', '--name', 'Given kind');
    expect(added).toMatchObject({ status: 0, stdout: `Added source #1 (atom, */30 * * * *): ${base}/given.xml\n` });
    const again = await laurels('add', `${base}/given.xml`, '--kind', 'rss');
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(`laurels: Source #1 “Given kind” already reads ${base}/given.xml.\n`);
  }, 30_000);

  it('detects the kind by fetching the address once when --kind is not given', async () => {
    const added = await laurels('add', `${base}/feed.xml`, '--schedule', '0 * * * *');
    expect(added.stdout).toBe(`Added source #2 (rss, 0 * * * *): ${base}/feed.xml\n`);
    expect(readDatabase().sources.find((source) => source.id === 2)).toMatchObject({ kind: 'rss', enabled: true });
  }, 30_000);

  it('refuses a bad schedule, an unknown award and a bad id with exit 1, writing nothing', async () => {
    const badCron = await laurels('add', `${base}/x.xml`, '--kind', 'rss', '--schedule', 'every 5 minutes');
    expect(badCron.status).toBe(1);
    expect(badCron.stderr).toMatch(/^laurels: Schedule: “every 5 minutes” is not a cron schedule: give five fields/);
    const badAward = await laurels('add', `${base}/x.xml`, '--kind', 'rss', '--award', 'no-such-award');
    expect(badAward).toMatchObject({ status: 1, stderr: 'laurels: No award has the slug “no-such-award”.\n' });
    // Without --kind, too: the award is checked before the address is fetched (this one answers nothing).
    const unread = await laurels('add', 'http://127.0.0.1:9/feed.xml', '--award', 'no-such-award');
    expect(unread).toMatchObject({ status: 1, stderr: 'laurels: No award has the slug “no-such-award”.\n' });
    const badId = await laurels('disable', '99');
    expect(badId).toMatchObject({ status: 1, stderr: 'laurels: There is no source #99.\n' });
    expect(readDatabase().sources).toHaveLength(2);
  }, 30_000);

  it('disables and enables a source, audited as the cli, and lists it', async () => {
    expect((await laurels('disable', '1')).stdout).toBe(`Source #1 disabled: ${base}/given.xml\n`);
    const list = await laurels('list');
    const lines = list.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^id\s+kind\s+url\s+schedule\s+enabled\s+last success\s+last error\s+next run$/);
    expect(lines[1]).toMatch(
      new RegExp(`^1\\s+atom\\s+${base}/given.xml\\s+\\*/30 \\* \\* \\* \\*\\s+no\\s+-\\s+-\\s+-$`),
    );
    // Never read yet, so due at the ingest job's next run, not at its hourly schedule's next tick.
    const due = lines[2]!.match(/^2\s+rss\s.*\syes\s+-\s+-\s+(\d{4}-\d\d-\d\d \d\d:\d\dZ)$/)?.[1];
    expect(Date.now() - Date.parse(due!.replace(' ', 'T'))).toBeLessThan(5 * 60_000);
    expect((await laurels('enable', '1')).stdout).toBe(`Source #1 enabled: ${base}/given.xml\n`);
    const actions = readDatabase()
      .audit.filter((entry) => entry.actor === 'cli')
      .map((entry) => entry.action);
    expect(actions).toEqual([
      'ingestion_source.create',
      'ingestion_source.create',
      'ingestion_source.disable',
      'ingestion_source.enable',
    ]);
  }, 30_000);
});
