// Runs the laurels command in a child process on a given database, as a user or a supervisor would.
// `node --import tsx` keeps it one process, so a SIGKILL in a test lands on the process doing the work.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..', '..');

export function startLaurels(database: string, ...args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'jobs/cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, LAURELS_DB: database },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function finished(
  child: ChildProcess,
): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

export const runLaurels = (database: string, ...args: string[]) => finished(startLaurels(database, ...args));
