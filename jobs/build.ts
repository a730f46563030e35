// Keeps the production build current: `next build` runs when .next is missing or older than the
// sources it was built from. Shared by `npm start` and the benchmarks, so both serve the same build.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(__dirname, '..');
export const NEXT_BIN = join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
/**
 * Node's options for the production server (`npm start`, and the benchmark, which starts it the same way).
 * V8 sizes its heap limit from the machine's memory (about 4 GB on a 24 GB machine) and, with that much
 * room, collects garbage late: under load the server's resident memory passed 900 MB while it held far
 * less. A 320 MB old generation keeps it collected; the page cache (96 MB at most, db/page-cache.cjs) and
 * the API's answer cache (32 MB of text at most) fit in it with room to spare.
 */
export const SERVER_NODE_OPTIONS = ['--max-old-space-size=320'];
const BUILD_STAMP = join(ROOT, '.next', 'laurels-build-stamp');
const BUILD_INPUTS = [
  'app',
  'db',
  'jobs',
  'public',
  'instrumentation.ts',
  'proxy.ts',
  'next.config.js',
  'tsconfig.json',
  'package-lock.json',
];

/** Thrown when `next build` fails; carries its exit code so `npm start` can exit with it. */
export class BuildFailedError extends Error {
  override name = 'BuildFailedError';
  constructor(readonly exitCode: number) {
    super('the build failed; see above.');
  }
}

/** A hash of every file the build reads, so a changed source triggers a rebuild and nothing else does. */
export function sourceStamp(): string {
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

/** Runs `next build` unless the build on disk was made from the current sources. Returns whether it built. */
export function buildIfStale(): boolean {
  const stamp = sourceStamp();
  const built = existsSync(join(ROOT, '.next', 'BUILD_ID')) && existsSync(BUILD_STAMP);
  if (built && readFileSync(BUILD_STAMP, 'utf8') === stamp) return false;
  console.log('laurels: building the app (first start or changed sources)…');
  const result = spawnSync(process.execPath, [NEXT_BIN, 'build'], { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new BuildFailedError(result.status ?? 1);
  writeFileSync(BUILD_STAMP, stamp);
  return true;
}
