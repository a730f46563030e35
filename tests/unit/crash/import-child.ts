// Child process for import-crash.test.ts: imports a file into LAURELS_DB, saying 'writing' on standard
// output at the first progress report. In 'pause-halfway' mode, once half the rows are written inside the
// import's transaction, it says so and holds still, so that the test's SIGKILL lands mid-transaction
// every time instead of whenever the machine's load decides.
import { openDatabase } from '../../../db/client';
import { migrateDatabase } from '../../../db/migrate';
import { importOscarData } from '../../../jobs/importers/oscar-data';

const [file, mode] = process.argv.slice(2);
const db = openDatabase(process.env.LAURELS_DB!);
migrateDatabase(db);
const pause = new Int32Array(new SharedArrayBuffer(4));
let writing = false;
importOscarData(db, file!, {
  onProgress(done, total) {
    if (!writing) process.stdout.write('writing\n');
    writing = true;
    if (mode !== 'pause-halfway' || done < total / 2) return;
    process.stdout.write(`halfway ${done}/${total}\n`);
    // Blocks this thread (and the transaction) until the test kills the process.
    Atomics.wait(pause, 0, 0, 60_000);
  },
});
process.stdout.write('done\n');
