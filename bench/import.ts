// `npx tsx bench/import.ts [FILE]`: measures the oscar_data importer on a fresh database of its own (a
// temporary folder, never data/laurels.db): the whole file once, then again (the idempotent rerun, which
// must create nothing), printing rows per second for each. Speed is measured here, never by timed tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { IMPORT_ROWS_PER_SECOND_AT_LEAST } from './lib/budgets';
import { importOscarData, OSCAR_DATA_FILE, type OscarImportSummary } from '../jobs/importers/oscar-data';

export interface ImportRun {
  label: string;
  seconds: number;
  /** The process's own CPU time (user + system): on a busy machine, wall time also counts other work. */
  cpuSeconds: number;
  rowsPerSecond: number;
  rowsPerCpuSecond: number;
  summary: OscarImportSummary;
}

/** Imports `file` twice into a new database and times each run. */
export function benchImport(file = OSCAR_DATA_FILE): ImportRun[] {
  const folder = mkdtempSync(join(tmpdir(), 'laurels-bench-import-'));
  const db = openDatabase(join(folder, 'bench.db'));
  try {
    migrateDatabase(db);
    return ['fresh database', 'second run (idempotent)'].map((label) => {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const summary = importOscarData(db, file);
      const seconds = (performance.now() - started) / 1000;
      const used = process.cpuUsage(cpu);
      const cpuSeconds = (used.user + used.system) / 1e6;
      const rowsPerSecond = Math.round(summary.selected / seconds);
      return {
        label,
        seconds,
        cpuSeconds,
        rowsPerSecond,
        rowsPerCpuSecond: Math.round(summary.selected / cpuSeconds),
        summary,
      };
    });
  } finally {
    db.$client.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const runs = benchImport(process.argv[2] ?? OSCAR_DATA_FILE);
  for (const run of runs) {
    const { summary } = run;
    console.log(
      `${run.label.padEnd(24)} ${String(summary.selected).padStart(6)} rows  ${run.seconds.toFixed(2).padStart(6)} s  ` +
        `${String(run.rowsPerSecond).padStart(7)} rows/s  (CPU ${run.cpuSeconds.toFixed(2)} s: ${run.rowsPerCpuSecond} rows/CPU-s; created ${summary.created}, updated ${summary.updated}, ` +
        `unchanged ${summary.unchanged}; new films ${summary.films}, people ${summary.people})`,
    );
  }
  const slowest = Math.min(...runs.map((run) => run.rowsPerSecond));
  const ok = slowest >= IMPORT_ROWS_PER_SECOND_AT_LEAST;
  console.log(`budget ${IMPORT_ROWS_PER_SECOND_AT_LEAST} rows/s: ${ok ? 'met' : 'MISSED'}`);
  process.exitCode = ok ? 0 : 1;
}
