// Two app processes on one database file: a second production server is started beside the one the suite
// runs against, on the same build and the same SQLite file. An admin's result saved through the first shows
// on the second's public page, readers on the second get no errors while it is written, and no scheduled job
// has run twice for one schedule slot (the lease in the database).
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { openDatabase } from '../../db/client';
import { E2E_DB } from '../../playwright.config';
import { ADMIN_STATE } from './accounts';
import { prepareCeremonyToday, removeCeremony } from './fixtures/ceremony-today';

// One second server for the whole file: its tests run in order, in one worker.
test.describe.configure({ mode: 'serial' });

const SECOND_PORT = Number(process.env.E2E_PORT ?? 3999) + 1;
const second = `http://127.0.0.1:${SECOND_PORT}`;
let server: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = spawn('npx', ['next', 'start', '-p', String(SECOND_PORT), '-H', '127.0.0.1'], {
    env: { ...process.env, LAURELS_DB: E2E_DB, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    // Its own process group, so that stopping it stops next-server too, not only the npx in front of it.
    detached: true,
  });
  await expect(async () => {
    const response = await fetch(`${second}/`);
    expect(response.status).toBe(200);
  }).toPass({ timeout: 90_000, intervals: [1_000] });
  // The answer came from the server started here, not from something else already on that port.
  expect(server.exitCode).toBeNull();
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

test.use({ storageState: ADMIN_STATE });

test('a result saved through one instance shows on the other, whose readers see no errors', async ({ page }) => {
  const made = prepareCeremonyToday('Twin', `${Date.now()}`);
  const winner = made.films[0]!.title;
  try {
    // Readers on the second instance, all the while the first one writes.
    let reading = true;
    const statuses: number[] = [];
    const readers = Array.from({ length: 4 }, async () => {
      while (reading) statuses.push((await fetch(`${second}${made.path}`)).status);
    });

    await page.goto(`/admin/results/${made.award.slug}/${made.edition.slug}`);
    await page.getByRole('button', { name: `Mark winner: ${winner}` }).click();
    await expect(page.getByRole('status').filter({ hasText: `${winner} marked winner.` })).toBeVisible();

    await expect(async () => {
      const html = await (await fetch(`${second}${made.path}`)).text();
      expect(html).toContain('status status-won');
    }).toPass({ timeout: 10_000 });
    reading = false;
    await Promise.all(readers);
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
  } finally {
    removeCeremony(made);
  }
});

test('no scheduled job ran twice for one schedule slot', () => {
  const db = openDatabase(E2E_DB);
  try {
    const twice = db.$client
      .prepare(
        `select job, scheduled_for, count(*) as runs from job_runs
         where scheduled_for is not null and outcome != 'abandoned'
         group by job, scheduled_for having count(*) > 1`,
      )
      .all();
    expect(twice).toEqual([]);
    // Both instances started their schedulers; the lease let one run each job at a time.
    const runs = db.$client.prepare(`select count(*) as n from job_runs`).get() as { n: number };
    expect(runs.n).toBeGreaterThan(0);
  } finally {
    db.$client.close();
  }
});
