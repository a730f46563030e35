// `npm run bench`: Laurels' speed, measured at the size it must carry (issue 7). In a database of its own
// — the whole oscar_data file, the seed and a generated catalogue (by default 100,000 films and
// 1,000,000 nominations in 200 awards × 30 editions, marked as generated) — it starts the production
// server, scheduled jobs and all, waits out their catch-up, and loads each public route with 16
// concurrent clients (autocannon), beside a static file served by the same server as the ceiling; it
// also times the importer and the extractor, the server's start to first answer and its peak memory,
// and each page's first-load JavaScript in Chromium against the framework's floor. It prints a table,
// writes bench/results/latest.json and exits non-zero naming every figure that missed its budget.
// `--quick` makes a small run that proves the suite works (CI runs it): it reports the budgets without
// failing on them, as they hold at full size. Options: --help.
import { join } from 'node:path';
import { BuildFailedError, buildIfStale } from '../jobs/build';
import { benchExtraction } from './extract';
import { benchImport } from './import';
import { createBenchDatabase } from './lib/bench-database';
import {
  EXTRACTIONS_PER_SECOND_AT_LEAST,
  figure,
  FIRST_ANSWER_UNDER_MS,
  IMPORT_ROWS_PER_SECOND_AT_LEAST,
  JS_OVER_FLOOR_KB,
  P99_UNDER_MS,
  SERVER_MEMORY_UNDER_MB,
  THROUGHPUT_SHARE,
  type BudgetGroup,
  type Figure,
} from './lib/budgets';
import { cleanupOnSignals, interrupted, onCleanup, runCleanup } from './lib/cleanup';
import { measureFirstLoadJs } from './lib/first-load-js';
import { generatedWords } from './lib/generate-catalogue';
import { loadRoute, type LoadFigures } from './lib/load';
import { startMemoryWatch } from './lib/memory';
import { OPTIONS_HELP, parseBenchOptions, type BenchOptions } from './lib/options';
import { formatTable, machineInfo, RESULTS_FOLDER, writeReport } from './lib/report';
import { FRAMEWORK_FLOOR, pickBenchRoutes, type BenchRoute } from './lib/routes';
import { waitForScheduledJobs } from './lib/scheduled-jobs';
import { findFreePort, startProductionServer, type RunningServer } from './lib/server';

const USAGE = `Measures Laurels' speed on a large generated catalogue and checks it against issue 7's budgets.`;

const fixed = (value: number, digits = 1) => value.toFixed(digits);
/** The catch-up of a new server's jobs, a backup of the whole database among them, takes about 15 s at full size. */
const SCHEDULED_JOBS_TIMEOUT_MS = 180_000;

async function loadEveryRoute(server: RunningServer, routes: BenchRoute[], options: BenchOptions) {
  const measured: Measured = [];
  for (const route of routes) {
    if (interrupted.aborted) throw new Error('interrupted');
    const load = await loadRoute(`${server.origin}${route.path}`, options);
    console.log(
      `bench: ${route.name.padEnd(22)} ${fixed(load.requestsPerSecond, 0).padStart(6)} req/s  p99 ${load.p99} ms` +
        (load.problem ? `  FAILED: ${load.problem}` : load.failures ? `  ${load.failures} FAILED REQUESTS` : ''),
    );
    measured.push({ route, load });
  }
  return measured;
}

function shareBudget(group: BudgetGroup) {
  const share = THROUGHPUT_SHARE[group];
  return share === undefined ? undefined : { value: share, direction: 'at least' as const };
}

type Measured = { route: BenchRoute; load: LoadFigures }[];

/**
 * The static file's requests per second: measured first and again last, and the higher of the two
 * counts, so that a moment of load from elsewhere on the machine cannot lower the bar for every route.
 */
function ceilingOf(measured: Measured): number {
  return Math.max(...measured.filter(({ route }) => !route.group).map(({ load }) => load.requestsPerSecond));
}

function loadFigures(measured: Measured): Figure[] {
  const ceiling = ceilingOf(measured);
  return measured.flatMap(({ route, load }) => [
    figure(`${route.name}: requests per second`, load.requestsPerSecond, 'req/s'),
    ...(route.group
      ? [
          figure(
            `${route.name}: share of the static file's req/s`,
            load.requestsPerSecond / ceiling,
            'ratio',
            shareBudget(route.group),
          ),
        ]
      : []),
    figure(`${route.name}: p50`, load.p50, 'ms'),
    figure(`${route.name}: p97.5`, load.p97_5, 'ms'),
    figure(`${route.name}: p99`, load.p99, 'ms', route.group ? { value: P99_UNDER_MS, direction: 'under' } : undefined),
    figure(`${route.name}: failed requests`, load.failures, 'requests', { value: 0, direction: 'at most' }),
  ]);
}

async function javascriptFigures(server: RunningServer, routes: BenchRoute[]): Promise<Figure[]> {
  const pages = routes.filter((route) => route.page);
  const sizes = await measureFirstLoadJs(server.origin, [FRAMEWORK_FLOOR, ...pages.map((route) => route.path)]);
  const floor = sizes.get(FRAMEWORK_FLOOR)!;
  return [
    figure('first-load JS: framework floor (empty page)', floor, 'kB'),
    ...pages.map((route) =>
      figure(`first-load JS: ${route.name}`, sizes.get(route.path)!, 'kB', {
        value: floor + JS_OVER_FLOOR_KB,
        direction: 'at most',
      }),
    ),
  ];
}

function printTables(measured: Measured, figures: Figure[]): void {
  const ceiling = ceilingOf(measured);
  const loadRows = measured.map(({ route, load }) => [
    route.name,
    route.path,
    fixed(load.requestsPerSecond, 0),
    route.group
      ? `${fixed(load.requestsPerSecond / ceiling, 3)}${shareBudget(route.group) ? ` (≥ ${fixed(THROUGHPUT_SHARE[route.group]!, 3)})` : ''}`
      : '1',
    String(load.p50),
    String(load.p97_5),
    String(load.p99),
  ]);
  console.log(
    `\n${formatTable(['route', 'path', 'req/s', 'share of static', 'p50 ms', 'p97.5 ms', 'p99 ms'], loadRows)}`,
  );
  const budgeted = figures.filter((f) => f.budget !== undefined && !f.name.endsWith('failed requests'));
  const rows = budgeted.map((f) => [
    f.name,
    `${fixed(f.value, f.unit === 'ratio' ? 3 : 1)} ${f.unit}`,
    `${f.direction} ${fixed(f.budget!, f.unit === 'ratio' ? 3 : 1)}`,
    f.ok ? 'ok' : 'MISSED',
  ]);
  console.log(`\n${formatTable(['figure', 'value', 'budget', ''], rows)}\n`);
}

async function main(): Promise<number> {
  const options = parseBenchOptions(process.argv.slice(2));
  if (options.help) {
    console.log(`Usage: npm run bench -- [options]\n\n${USAGE}\n\n${OPTIONS_HELP}`);
    return 0;
  }
  cleanupOnSignals();
  const startedAt = performance.now();
  // The build first: it fails faster than the database is made, and never reads the database.
  process.env.NEXT_TELEMETRY_DISABLED ??= '1';
  buildIfStale();

  const words = generatedWords(options.size);
  const bench = await createBenchDatabase(options.size);
  onCleanup(() => bench.remove());
  const { scale } = bench;
  console.log(
    `bench: ${scale.nominations.toLocaleString('en')} nominations (${scale.generatedNominations.toLocaleString('en')} generated), ` +
      `${scale.films.toLocaleString('en')} films, ${scale.people.toLocaleString('en')} people, ${scale.awards} awards, ${scale.editions} editions`,
  );
  const routes = pickBenchRoutes(bench.db, words);
  for (const route of routes.filter((r) => r.detail)) console.log(`bench: ${route.name} = ${route.detail}`);
  bench.close();

  // The importer and the extractor run here, before the server starts, so that nothing competes with them.
  const imports = benchImport();
  const extraction = benchExtraction(options.extractions);
  const slowestImport = Math.min(...imports.map((run) => run.rowsPerSecond));
  console.log(`bench: import ${slowestImport} rows/s, extraction ${fixed(extraction.perSecond, 0)} announcements/s`);

  const port = await findFreePort(options.port);
  const server = await startProductionServer({ port, env: { LAURELS_DB: bench.file, PORT: String(port) } });
  onCleanup(() => server.stop());
  const memory = startMemoryWatch(server.pid);
  console.log(`bench: next start answered on ${server.origin} after ${Math.round(server.readyMs)} ms`);
  const jobs = await waitForScheduledJobs(bench.file, SCHEDULED_JOBS_TIMEOUT_MS);
  console.log(`bench: the server's catch-up jobs took ${fixed(jobs.seconds)} s: ${jobs.runs.join(', ')}`);
  console.log(`bench: ${options.connections} clients, ${options.seconds} s a route after a warm-up`);

  const ceilingAgain = { ...routes[0]!, name: 'static file (again)' };
  const measured = await loadEveryRoute(server, [...routes, ceilingAgain], options).catch((error: unknown) => {
    // A failed request is explained by what the server logged (a 500's error, for one).
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nserver output:\n${server.logTail()}`);
  });
  const javascript = await javascriptFigures(server, routes);
  memory.stop();
  const peakMb = memory.peakMb();

  const figures = [
    ...loadFigures(measured),
    ...javascript,
    figure('start to first answer', server.readyMs, 'ms', { value: FIRST_ANSWER_UNDER_MS, direction: 'under' }),
    ...(peakMb === undefined
      ? []
      : [figure('server peak memory', peakMb, 'MB', { value: SERVER_MEMORY_UNDER_MB, direction: 'under' })]),
    figure('import (oscar_data, slower of fresh and rerun)', slowestImport, 'rows/s', {
      value: IMPORT_ROWS_PER_SECOND_AT_LEAST,
      direction: 'at least',
    }),
    figure('extraction', extraction.perSecond, 'announcements/s', {
      value: EXTRACTIONS_PER_SECOND_AT_LEAST,
      direction: 'at least',
    }),
  ];
  printTables(measured, figures);

  const file = join(RESULTS_FOLDER, options.quick ? 'quick.json' : 'latest.json');
  const { size } = options;
  writeReport(file, {
    ranAt: new Date().toISOString(),
    quick: options.quick,
    machine: machineInfo(),
    scale: { ...scale, generatedFilms: size.films, generatedPeople: size.people, connections: options.connections },
    seconds: Math.round((performance.now() - startedAt) / 1000),
    results: figures,
  });
  console.log(`bench: wrote ${file} (${Math.round((performance.now() - startedAt) / 1000)} s in all)`);

  const failedRequests = figures.filter((f) => f.name.endsWith('failed requests') && !f.ok);
  if (failedRequests.length) {
    console.error(`bench: requests failed: ${failedRequests.map((f) => f.name).join(', ')}\n${server.logTail()}`);
    return 1;
  }
  const missed = figures.filter((f) => f.ok === false);
  if (!missed.length) {
    console.log('bench: every budget met');
    return 0;
  }
  const named = missed.map((f) => `${f.name} (${fixed(f.value, 2)} ${f.unit}, ${f.direction} ${fixed(f.budget!, 2)})`);
  if (options.quick) {
    console.log(`bench: at this small size the budgets are for information; missed: ${named.join('; ')}`);
    return 0;
  }
  console.error(`bench: missed ${missed.length} budget(s): ${named.join('; ')}`);
  return 1;
}

main()
  .catch((error: unknown) => {
    // After Ctrl-C the signal handler cleans up and exits; what failed because of it is no news.
    if (interrupted.aborted) return 130;
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    return error instanceof BuildFailedError ? error.exitCode : 1;
  })
  .then(async (code) => {
    await runCleanup();
    process.exitCode = code;
  });
