// The standalone worker: the scheduler without the web server, for those who run jobs apart from it
// (then start the server with LAURELS_SCHEDULER=off). `npm run laurels -- worker` runs it until a
// signal stops it.
import type { Db } from '@/db/client';
import { startScheduler, stopScheduler } from './scheduler';

export async function runWorker(db: Db, log: (message: string) => void = console.log): Promise<void> {
  startScheduler({ db: () => db, log: (message) => log(`laurels worker: ${message}`), catchUpAfterMs: 0 });
  log('laurels worker: running the scheduled jobs; stop with Ctrl+C.');
  await new Promise<void>((resolve) => {
    const stop = () => {
      // A run cut short here is left 'running'; its lease expires and the next run marks it abandoned.
      void stopScheduler().then(() => resolve());
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
