// PRAGMA integrity_check reads every page: seconds on a large database (7.7 s for a 500 MB file on
// this machine). Run inside the server by the scheduled backup, it would hold the event loop, and every
// request, that long, so it runs in a worker thread with its own connection. The worker loads the
// driver by name from the working directory (the project root for `npm start`, the CLI and the tests);
// where it cannot, the check runs here instead: slower for requests, but never skipped.
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');
const sqlite = new Database(workerData.file, { fileMustExist: true });
try {
  parentPort.postMessage({ lines: sqlite.pragma('integrity_check').map((row) => row.integrity_check) });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
} finally {
  sqlite.close();
}
`;

type WorkerAnswer = { lines: string[] } | { error: string };

/** The lines integrity_check answers in this thread ('ok' alone when the file is sound). */
export function integrityLines(sqlite: Database.Database): string[] {
  return (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
}

function checkHere(file: string): string[] {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    return integrityLines(sqlite);
  } finally {
    sqlite.close();
  }
}

/** integrity_check in a worker thread; a database error is thrown, as it would be in this thread. */
export function integrityLinesOffThread(file: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file } });
    } catch {
      resolve(checkHere(file));
      return;
    }
    let answered = false;
    worker.once('message', (answer: WorkerAnswer) => {
      answered = true;
      if ('error' in answer) reject(new Error(answer.error));
      else resolve(answer.lines);
    });
    // The worker could not start or load the driver: check here rather than not at all.
    worker.once('error', () => {
      if (answered) return;
      answered = true;
      try {
        resolve(checkHere(file));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}
