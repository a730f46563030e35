// Runs the production server (`next start`) for a benchmark: on a free loopback port, against the
// benchmark's own database, in a process group of its own, so that stopping the group also stops
// anything the server started and no next-server is left holding the port.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { NEXT_BIN, ROOT, SERVER_NODE_OPTIONS } from '../../jobs/build';

const HOST = '127.0.0.1';
const READY_TIMEOUT_MS = 30_000;
/**
 * How long `next start` gets to exit after SIGTERM before it is killed. It waits for idle keep-alive
 * connections to close, which fetch's pool holds for about 4 s and cannot be asked to close; a
 * benchmark server on a throwaway database loses nothing by being killed sooner.
 */
const STOP_GRACE_MS = 1_000;
/** How much of the server's output is kept to explain a failed start. */
const LOG_TAIL_CHARS = 4_000;

export interface RunningServer {
  origin: string;
  port: number;
  pid: number;
  /** Milliseconds from spawning the process to its first HTTP answer. */
  readyMs: number;
  /** The last lines the server printed, for error messages. */
  logTail(): string;
  stop(): Promise<void>;
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });
}

/** The first free loopback port from `preferred` on. */
export async function findFreePort(preferred: number, attempts = 50): Promise<number> {
  for (let port = preferred; port < preferred + attempts && port <= 65535; port++) {
    if (await isPortFree(port)) return port;
  }
  throw new Error(`no free port between ${preferred} and ${preferred + attempts - 1}`);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  // The whole group, even when its leader has exited: a forked worker may still hold the port.
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

async function waitUntilAnswering(origin: string, child: ChildProcess, logTail: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before answering:\n${logTail()}`);
    }
    try {
      // Any HTTP answer means it is listening; whether a page is right is the benchmark's business.
      const response = await fetch(`${origin}/`, { redirect: 'manual', signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      return;
    } catch {
      await sleep(50);
    }
  }
  throw new Error(`the server did not answer within ${READY_TIMEOUT_MS / 1000} s:\n${logTail()}`);
}

/** Starts `next start` with the given extra environment and resolves once it answers HTTP. */
export async function startProductionServer(options: {
  port: number;
  env: Record<string, string>;
}): Promise<RunningServer> {
  const origin = `http://${HOST}:${options.port}`;
  const startedAt = performance.now();
  const child = spawn(
    process.execPath,
    [...SERVER_NODE_OPTIONS, NEXT_BIN, 'start', '--hostname', HOST, '--port', String(options.port)],
    {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      // With its scheduled jobs, as `npm start` runs it (bench/lib/scheduled-jobs.ts waits out their catch-up).
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...options.env },
    },
  );
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-LOG_TAIL_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // The last resort when the benchmark dies without running its cleanup (an uncaught exception).
  const killOnExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    killGroup(child, 'SIGTERM');
    const stopped = await Promise.race([exited.then(() => true), sleep(STOP_GRACE_MS).then(() => false)]);
    if (!stopped) {
      killGroup(child, 'SIGKILL');
      await exited;
    }
  };

  try {
    await waitUntilAnswering(origin, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    origin,
    port: options.port,
    pid: child.pid!,
    readyMs: performance.now() - startedAt,
    logTail: () => log,
    stop,
  };
}
