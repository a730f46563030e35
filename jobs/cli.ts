// The `laurels` command: `npm run laurels -- COMMAND`. Each command opens the database named by
// LAURELS_DB (default data/laurels.db), migrating it first, and exits non-zero with a one-line reason
// on standard error when something is wrong, never a stack trace.
import { existsSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { databasePath, openDatabase, type Db } from '../db/client';
import { ensureDatabaseFolder, migrateDatabase } from '../db/migrate';
import { seedDatabase } from '../db/seed';
import { registerAdminCommand } from './admin-command';
import { registerExtractCommand } from './extract-command';
import { registerImportCommand } from './importers/command';
import { registerSourcesCommand } from './sources-command';
import { registerJobsCommand } from './jobs-command';
import { registerBackupCommand } from './backup-command';
import { databaseFileProblem } from './backup/database-check';

export interface OpenOptions {
  /**
   * For a command that only reads (a list): a file that does not exist is refused rather than created,
   * as a mistyped LAURELS_DB would otherwise list an empty new database without a word.
   */
  mustExist?: boolean;
}

/** How a command opens its database (openMigratedDatabase, or a test's own). */
export type OpenDatabase = (options?: OpenOptions) => Db;

/** Opens and migrates the database every command works on; an error names the file. */
export function openMigratedDatabase(options: OpenOptions = {}): Db {
  const file = databasePath();
  let db: Db | undefined;
  try {
    if (options.mustExist && !existsSync(file)) {
      throw new Error('it does not exist, so there is nothing to list (create it with `laurels migrate`)');
    }
    // Checked before anything opens it for writing (openDatabase switches a file to WAL at once).
    const problem = databaseFileProblem(file);
    if (problem) throw new Error(`it ${problem}`);
    ensureDatabaseFolder(file);
    db = openDatabase(file);
    migrateDatabase(db, {
      onWait: () =>
        console.error(`laurels: waiting for another process to finish writing to ${file} (a migration or an import)…`),
    });
    return db;
  } catch (error) {
    db?.$client.close();
    // SQLite's own words ("file is not a database") do not say which file, nor where its name came from.
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot use the database ${file} (LAURELS_DB): ${reason}`);
  }
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export function buildProgram(): Command {
  const program = new Command('laurels')
    .description('Laurels: a documentary awards tracker')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('migrate')
    .description('create the database if needed and apply every migration')
    .action(() => {
      openMigratedDatabase();
      console.log(`Database ${databasePath()} is up to date.`);
    });

  program
    .command('seed')
    .description('load the real seed data (Academy Awards documentary categories, the 2016-17 season); safe to rerun')
    .action(async () => {
      const summary = await seedDatabase(openMigratedDatabase());
      console.log(summary);
    });

  registerImportCommand(program, openMigratedDatabase);
  registerAdminCommand(program, openMigratedDatabase);
  registerExtractCommand(program);
  registerSourcesCommand(program, openMigratedDatabase);
  registerJobsCommand(program, openMigratedDatabase);
  registerBackupCommand(program);
  return program;
}

async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    console.error(`laurels: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (require.main === module) {
  // A reader that stops early (`laurels jobs list | head -1`) closes the pipe: the output is no longer
  // wanted, which is no error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
