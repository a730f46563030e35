// Starts a crash test's child script (`node --import tsx`, one process, so SIGKILL lands on the process
// doing the work) on a given database, and waits for a line of its output.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

export interface Child {
  process: ChildProcess;
  /** Resolves with the exit code and signal once the process has ended. */
  exited: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>;
  /** Resolves when a line of standard output starts with `prefix`; rejects if the process ends first. */
  line(prefix: string): Promise<string>;
}

export function startChild(database: string, script: string, ...args: string[]): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, script), ...args], {
    cwd: root,
    env: { ...process.env, LAURELS_DB: database },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiting: { prefix: string; resolve: (line: string) => void }[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const wait of [...waiting]) {
      const found = stdout.split('\n').find((line) => line.startsWith(wait.prefix));
      if (found !== undefined) {
        waiting.splice(waiting.indexOf(wait), 1);
        wait.resolve(found);
      }
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>(
    (resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return {
    process: child,
    exited,
    line: (prefix) =>
      new Promise((resolve, reject) => {
        waiting.push({ prefix, resolve });
        void exited.then(({ code, signal }) =>
          reject(new Error(`child ended (${code ?? signal}) before "${prefix}": ${stderr}`)),
        );
      }),
  };
}

/** Kills the child with SIGKILL and waits until it is gone. */
export async function killHard(child: Child): Promise<void> {
  child.process.kill('SIGKILL');
  await child.exited;
}
