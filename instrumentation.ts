// Next.js calls register() once when a server starts. In the Node.js runtime it puts a guard in front of
// the HTTP server (app/_lib/http-guard.ts), lets proxy.ts tell an address that names no record
// (app/_lib/missing-pages.ts), and starts the scheduled jobs (jobs/scheduler.ts), unless
// LAURELS_SCHEDULER=off (when a standalone worker runs them instead). The imports are dynamic so the edge
// bundle never includes Node.js's HTTP server, the database or the jobs.
import { serverRunsJobs } from './jobs/scheduler-setting';

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { guardHttpServers } = await import('./app/_lib/http-guard');
  guardHttpServers();
  const [{ publishMissingPages }, { getDb }] = await Promise.all([
    import('./app/_lib/page-addresses'),
    import('./db/client'),
  ]);
  publishMissingPages(getDb);
  if (!serverRunsJobs()) return;
  const { startScheduler } = await import('./jobs/scheduler');
  startScheduler();
}
