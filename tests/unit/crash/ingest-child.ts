// Child process for ingest-crash.test.ts: runs the ingest job, as `laurels jobs run ingest` does, on a
// connection with one addition of the test's: a temporary trigger (this connection's alone, never in the
// file) that fires when an announcement is marked processed — the last write of the transaction in which
// processAnnouncement stores its candidates. At the second announcement it says 'halfway' and holds
// still, so the test's SIGKILL lands every time inside that transaction, with its writes made and not
// committed. Whether they then vanish is up to the production code's own transaction.
import { openDatabase } from '../../../db/client';
import { jobRegistry } from '../../../jobs/registry';
import { runJob } from '../../../jobs/runner/run-job';

const db = openDatabase(process.env.LAURELS_DB!);
const pause = new Int32Array(new SharedArrayBuffer(4));
let marked = 0;
db.$client.function('crash_test_marked', (id: unknown) => {
  marked += 1;
  if (marked === 2) {
    process.stdout.write(`halfway ${String(id)}\n`);
    // Blocks this thread, and so the open transaction, until the test kills the process.
    Atomics.wait(pause, 0, 0, 60_000);
  }
  return null;
});
db.$client.exec(`create temp trigger crash_test_pause after update of processed_at on main.announcements
  when new.processed_at is not null begin select crash_test_marked(new.id); end`);

void runJob('ingest', 'manual', { db, definition: jobRegistry.ingest! });
