// What a benchmark started must be undone however the run ends: normally, on an error or on Ctrl-C.
// Tasks run last-registered first (stop the server before deleting the database it has open).
type Task = () => void | Promise<void>;

const tasks: Task[] = [];
let signalsHandled = false;

export function onCleanup(task: Task): void {
  tasks.push(task);
}

/** Runs every registered task once; a failing task is reported and does not stop the others. */
export async function runCleanup(): Promise<void> {
  while (tasks.length) {
    const task = tasks.pop()!;
    try {
      await task();
    } catch (error) {
      console.error(`bench: cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** On Ctrl-C (or a kill), clean up and exit with the signal's conventional status. */
export function cleanupOnSignals(): void {
  if (signalsHandled) return;
  signalsHandled = true;
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
  for (const [signal, code] of Object.entries(codes)) {
    process.once(signal, () => {
      console.error(`\nbench: ${signal}: stopping`);
      void runCleanup().finally(() => process.exit(code));
    });
  }
}
