// `npm start`: builds the app when the build is missing or older than the sources, creates, migrates
// and (on first start) seeds the database, then runs `next start` (whose instrumentation registers the
// scheduled jobs). PORT (default 3000) and LAURELS_DB (default data/laurels.db) are honoured.
import { spawn } from 'node:child_process';
import { databasePath } from '../db/client';
import { BuildFailedError, buildIfStale, NEXT_BIN, ROOT, SERVER_NODE_OPTIONS } from './build';
import { openMigratedDatabase } from './cli';
import { seedIfEmpty } from '../db/seed';

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED ??= '1';
  try {
    buildIfStale();
  } catch (error) {
    if (!(error instanceof BuildFailedError)) throw error;
    console.error(`laurels: ${error.message}`);
    process.exit(error.exitCode);
  }
  const db = openMigratedDatabase();
  const seeded = await seedIfEmpty(db);
  if (seeded) console.log(`laurels: seeded ${databasePath()}: ${seeded}`);
  db.$client.close();

  const port = process.env.PORT || '3000';
  const server = spawn(process.execPath, [...SERVER_NODE_OPTIONS, NEXT_BIN, 'start', '--port', port], {
    cwd: ROOT,
    stdio: 'inherit',
    env: process.env,
  });
  // Stop the server with us, so no next-server is left holding the port.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((error: unknown) => {
  console.error(`laurels: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
