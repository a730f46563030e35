// `laurels import [--format oscar-data] [--documentary] FILE`: loads a nominations file in one transaction,
// with a progress bar on a terminal and a summary at the end. A bad format, a missing or malformed file
// ends with one line on standard error (jobs/cli.ts prints thrown errors) and exit code 1.
import { basename } from 'node:path';
import { SingleBar } from 'cli-progress';
import { Option, type Command } from 'commander';
import type { Db } from '../../db/client';
import { importOscarData, type OscarImportSummary } from './oscar-data';

export const IMPORT_FORMATS = ['oscar-data'] as const;
type ImportFormat = (typeof IMPORT_FORMATS)[number];

interface ImportOptions {
  format: ImportFormat;
  documentary?: boolean;
}

export function registerImportCommand(program: Command, openDb: () => Db): void {
  program
    .command('import')
    .description('import a nominations file (all of it, or only its documentary categories); safe to rerun')
    .addOption(
      new Option('--format <format>', 'the format of the file').choices(IMPORT_FORMATS).default(IMPORT_FORMATS[0]),
    )
    .option('--documentary', 'import only the documentary categories')
    .argument('<file>', 'the file to import, e.g. db/seed/oscar_data/oscars.tsv')
    // Commander's own message names the allowed formats; the full help after it would bury that line.
    .showHelpAfterError(false)
    .action((file: string, options: ImportOptions) => {
      const db = openDb();
      try {
        const started = performance.now();
        const summary = withProgress((onProgress) =>
          importOscarData(db, file, { documentaryOnly: options.documentary ?? false, onProgress }),
        );
        console.log(describeSummary(basename(file), summary, performance.now() - started));
      } finally {
        db.$client.close();
      }
    });
}

type ProgressCallback = (done: number, total: number) => void;

/** Runs `work` with a progress bar on a terminal; elsewhere (pipes, logs, CI) the summary is enough. */
function withProgress<T>(work: (onProgress?: ProgressCallback) => T): T {
  if (!process.stdout.isTTY) return work();
  const bar = new SingleBar({
    stream: process.stdout,
    format: 'importing [{bar}] {percentage}% | {value}/{total} rows | {eta_formatted} left',
    hideCursor: true,
  });
  let started = false;
  try {
    return work((done, total) => {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    });
  } finally {
    bar.stop();
  }
}

export function describeSummary(file: string, summary: OscarImportSummary, milliseconds: number): string {
  const perSecond = Math.round(summary.selected / (milliseconds / 1000));
  const repeated = summary.duplicates ? ` (${summary.duplicates} repeating an earlier line)` : '';
  return [
    `Imported ${file}: ${summary.selected} of ${summary.rows} rows in ${(milliseconds / 1000).toFixed(1)} s (${perSecond} rows/s).`,
    `Nominations: ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged${repeated}` +
      (summary.kept ? `, ${summary.kept} kept as they are (the status rules refuse the file's change).` : '.'),
    `New records: ${summary.editions} editions, ${summary.categories} categories, ${summary.films} films, ${summary.people} people.`,
  ].join('\n');
}
