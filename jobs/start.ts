// `npm start`: builds the app when the build is missing or older than the sources, creates, migrates
// and (on first start) seeds the database, then runs `next start` (whose instrumentation registers the
// scheduled jobs). PORT (default 3000) and LAURELS_DB (default data/laurels.db) are honoured.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { databasePath } from '../db/client';
import { openMigratedDatabase } from './cli';
import { seedIfEmpty } from '../db/seed';

const ROOT = join(__dirname, '..');
const BUILD_STAMP = join(ROOT, '.next', 'laurels-build-stamp');
const BUILD_INPUTS = ['app', 'db', 'jobs', 'public', 'instrumentation.ts', 'next.config.js', 'tsconfig.json', 'package-lock.json'];
const NEXT_BIN = join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

/** A hash of every file the build reads, so a changed source triggers a rebuild and nothing else does. */
function sourceStamp(): string {
  const hash = createHash('sha256');
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) visit(join(path, entry));
    } else {
      hash.update(relative(ROOT, path)).update(readFileSync(path));
    }
  };
  for (const input of BUILD_INPUTS) visit(join(ROOT, input));
  return hash.digest('hex');
}

function buildIfStale(): void {
  const stamp = sourceStamp();
  const built = existsSync(join(ROOT, '.next', 'BUILD_ID')) && existsSync(BUILD_STAMP);
  if (built && readFileSync(BUILD_STAMP, 'utf8') === stamp) return;
  console.log('laurels: building the app (first start or changed sources)…');
  const result = spawnSync(process.execPath, [NEXT_BIN, 'build'], { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error('laurels: the build failed; see above.');
    process.exit(result.status ?? 1);
  }
  writeFileSync(BUILD_STAMP, stamp);
}

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED ??= '1';
  buildIfStale();
  const db = openMigratedDatabase();
  const seeded = await seedIfEmpty(db);
  if (seeded) console.log(`laurels: seeded ${databasePath()}: ${seeded}`);
  db.$client.close();

  const port = process.env.PORT || '3000';
  const server = spawn(process.execPath, [NEXT_BIN, 'start', '--port', port], {
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
