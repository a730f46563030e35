// Ceremony night under load: 100 readers request public pages, the API and feeds for a minute, without a
// pause, while an admin enters results on the ceremony-night screen and two ingestion writers store a
// growing feed (the scheduled ingest job in a server, and `laurels ingest` from the command line in
// processes of their own). Afterwards: no reader got anything but a 2xx, no process logged or recorded
// SQLITE_BUSY or a failed job, the database holds exactly the writes sent (every confirmed save in the
// status history and the audit log, every item served stored once), and the file passes integrity_check.
// It runs against a server of its own (port E2E_PORT+2) on the suite's database, so its output can be
// read, and in a Playwright project of its own after every other (playwright.config.ts).
import { expect, test } from '@playwright/test';
import { ADMIN, ADMIN_STATE } from './accounts';
import { prepareCeremonyToday, removeCeremony } from './fixtures/ceremony-today';
import { startExtraServer } from './fixtures/extra-server';
import { enterResultsUntil } from './fixtures/load-admin';
import { fictionalAnnouncements, realAnnouncements, startLoadFeed } from './fixtures/load-feed';
import { addLoadSources, disableLoadSources, ingestByHandUntil, jobRunsSince } from './fixtures/load-ingestion';
import {
  integrityCheck,
  latestAuditId,
  readAdminLedger,
  readIngestionLedger,
  sourceState,
} from './fixtures/load-ledger';
import { runReaders } from './fixtures/load-readers';
import { readerPaths, sheetOf } from './fixtures/load-targets';

test.use({ storageState: ADMIN_STATE });

const PORT = Number(process.env.E2E_PORT ?? 3999) + 2;
const READERS = 100;
const WINDOW_SECONDS = 60;
/** The readers arrive over the first seconds, then all read for WINDOW_SECONDS. */
const RAMP_SECONDS = 4;
const BUSY = /SQLITE_BUSY|database is locked/i;

test('a minute of 100 readers beside ingestion and results entry: no error, every write kept', async ({ page }) => {
  test.setTimeout(240_000);
  const stamp = `${Date.now()}`;
  const tag = stamp.slice(-7);
  const made = prepareCeremonyToday('Load', stamp, { categories: 4, nominees: 3 });
  const sheet = sheetOf(made);
  // Most items are offered to both ingestion writers, which race to store them; a few only to the
  // scheduled job, so that it has writes of its own to make whoever wins the race.
  const fictional = fictionalAnnouncements(tag, 260);
  const scheduledOnly = fictional.slice(240);
  const feed = await startLoadFeed([...(await realAnnouncements(tag)), ...fictional.slice(0, 240)], {
    batch: 24,
    everyMs: 6_000,
    only: { [`scheduled-${tag}`]: scheduledOnly },
  });
  const server = await startExtraServer(PORT).catch(async (error: unknown) => {
    await feed.close();
    removeCeremony(made);
    throw error;
  });
  let sources: ReturnType<typeof addLoadSources> | undefined;
  try {
    const paths = readerPaths(made);
    // Every address answers before the load starts, so a wrong one fails here and plainly.
    for (const path of paths) {
      const response = await fetch(`${server.origin}${path}`, { redirect: 'manual' });
      expect(response.status, path).toBe(200);
    }
    await page.goto(`${server.origin}/admin/results/${made.award.slug}/${made.edition.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Results: ${made.edition.name}`);

    const windowStart = new Date().toISOString();
    const auditBefore = latestAuditId();
    const deadline = Date.now() + (RAMP_SECONDS + WINDOW_SECONDS) * 1000;
    feed.start();
    sources = addLoadSources(
      { scheduled: feed.urlFor(`/scheduled-${tag}.xml`), byHand: feed.urlFor(`/by-hand-${tag}.xml`) },
      tag,
    );
    const [readers, saves, commands] = await Promise.all([
      runReaders({
        origin: server.origin,
        paths,
        connections: READERS,
        seconds: WINDOW_SECONDS,
        rampSeconds: RAMP_SECONDS,
      }),
      enterResultsUntil(page, sheet, deadline),
      ingestByHandUntil(sources.byHand, deadline - 10_000, 2_000),
    ]);
    const runs = await jobRunsSince(windowStart);
    const admin = readAdminLedger(
      ADMIN.email,
      sheet.flatMap((category) => category.nominees.map((nominee) => nominee.nominationId)),
      sheet.map((category) => category.id),
      auditBefore,
    );
    const ingestion = readIngestionLedger([sources.scheduled, sources.byHand], feed.served.values());

    const ingestRuns = runs.filter((run) => run.job === 'ingest');
    const storedOf = (counts: unknown) => (counts as { stored?: number } | null)?.stored ?? 0;
    const storedByJobs = ingestRuns.reduce((sum, run) => sum + storedOf(run.counts), 0);
    const storedByHand = commands.reduce((sum, command) => sum + command.stored, 0);
    const fictionalServed = [...feed.served.keys()].filter((guid) => !guid.includes('-demo-')).length;
    const figures = {
      requests: readers.requests,
      perSecond: readers.perSecond,
      p50: readers.p50,
      p99: readers.p99,
      maxMs: readers.max,
      saves: saves.length,
      itemsServed: feed.served.size,
      feedResponses: feed.responses,
      announcementsStored: ingestion.stored,
      storedByScheduledJob: storedByJobs,
      storedByCommand: storedByHand,
      commandRuns: commands.length,
      scheduledRuns: ingestRuns.map((run) => `${run.trigger} by ${run.holder}`),
    };
    console.log(`load: ${JSON.stringify(figures)}`);
    for (const row of readers.byPath) console.log(`load: ${JSON.stringify(row)}`);
    test.info().annotations.push({ type: 'load figures', description: JSON.stringify({ ...figures, ...readers }) });

    // Readers: every answer a 2xx, and the load was real.
    const readerReport = [...readers.failures, ...readers.serverErrors].join('\n');
    expect(readers.non2xx, readerReport).toBe(0);
    expect(readers.errors, `${readers.timeouts} timeouts\n${readerReport}`).toBe(0);
    expect(readers.requests).toBeGreaterThan(READERS * paths.length);

    // The admin: every confirmed save is in the history and the audit log, and nothing else is.
    expect(saves.length).toBeGreaterThanOrEqual(4);
    const statusChanges = saves.flatMap((save) => save.statusChanges).sort();
    expect(admin.history).toEqual(statusChanges);
    expect(admin.audited).toEqual(statusChanges);
    expect(admin.categoryEntries).toEqual(saves.flatMap((save) => save.categoryEntry ?? []).sort());

    // Ingestion: both writers ran, each item served is stored once, nothing twice, everything extracted.
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) expect(command.exitCode, command.stderr).toBe(0);
    // Only the job reads the scheduled source: its last good read in the window is the job's.
    expect(ingestRuns.map((run) => run.trigger)).toContain('schedule');
    const scheduledSource = sourceState(sources.scheduled);
    expect(scheduledSource.failures).toBe(0);
    expect(scheduledSource.lastSuccessAt! >= windowStart, `${scheduledSource.lastSuccessAt}`).toBe(true);
    expect(runs.filter((run) => run.outcome !== 'succeeded').map((run) => `${run.job}: ${run.error}`)).toEqual([]);
    expect(ingestion.stored).toBe(fictionalServed);
    expect(ingestion.stored).toBe(storedByJobs + storedByHand);
    expect(storedByJobs).toBeGreaterThanOrEqual(scheduledOnly.length);
    expect(ingestion.missingOrTwice).toEqual([]);
    expect(ingestion.duplicateTexts).toEqual([]);
    expect(ingestion.duplicateCandidates).toEqual([]);
    expect(ingestion.unprocessed).toBe(0);

    // No process met a locked database, and the file is whole.
    const logs = [server.output(), ...commands.map((command) => command.stdout + command.stderr)].join('\n');
    expect(logs).not.toMatch(BUSY);
    expect(server.output()).not.toMatch(/job \w+ (failed|could not run)/);
    expect(integrityCheck()).toBe('ok');
  } finally {
    await test.info().attach('server output', { body: server.output(), contentType: 'text/plain' });
    server.stop();
    await feed.close();
    if (sources) disableLoadSources(sources);
    removeCeremony(made);
  }
});
