// Next.js calls register() once when a server starts. In the Node.js runtime it starts the scheduled
// jobs (jobs/scheduler.ts), unless LAURELS_SCHEDULER=off (when a standalone worker runs them instead).
// The import is dynamic so the edge bundle never includes the database or the jobs.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.LAURELS_SCHEDULER === 'off') return;
  const { startScheduler } = await import('./jobs/scheduler');
  startScheduler();
}
