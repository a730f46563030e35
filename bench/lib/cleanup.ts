// What a benchmark started must be undone however the run ends: normally, on an error or on Ctrl-C.
// Tasks run last-registered first (stop the server before deleting the database it has open).
type Task = () => void | Promise<void>;

const tasks: Task[] = [];
let signalsHandled = false;
const interruption = new AbortController();

/** Aborted on Ctrl-C (or a kill), so that work in progress stops at once instead of racing the cleanup. */
export const interrupted: AbortSignal = interruption.signal;

export function onCleanup(task: Task): void {
  tasks.push(task);
}

let running: Promise<void> | undefined;

/**
 * Runs every registered task once; a failing task is reported and does not stop the others. A second
 * call while it runs (the signal handler and the main flow both finishing) waits for the same run.
 */
export function runCleanup(): Promise<void> {
  running ??= runTasks().finally(() => {
    running = undefined;
  });
  return running;
}

async function runTasks(): Promise<void> {
  while (tasks.length) {
    const task = tasks.pop()!;
    try {
      await task();
    } catch (error) {
      console.error(`bench: cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/**
 * On Ctrl-C (or a kill), stop the work, clean up and exit with the signal's conventional status.
 * A repeated signal is ignored while cleaning up: tsx may relay the terminal's Ctrl-C to this process a
 * second time, and exiting on it would leave the server running. Synchronous work (the import, one
 * transaction) holds the event loop, so a signal during it is seen only when it ends.
 */
export function cleanupOnSignals(): void {
  if (signalsHandled) return;
  signalsHandled = true;
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
  for (const [signal, code] of Object.entries(codes)) {
    process.on(signal, () => {
      if (interruption.signal.aborted) return;
      console.error(`\nbench: ${signal}: stopping`);
      interruption.abort();
      void runCleanup().finally(() => process.exit(code));
    });
  }
}
