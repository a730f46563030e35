// Whether this server runs the scheduled jobs itself (the default) or leaves them to a standalone worker
// (`npm run laurels -- worker`, with LAURELS_SCHEDULER=off on the server). No imports: instrumentation.ts
// reads it in every runtime.
export const SCHEDULER_SETTING = 'LAURELS_SCHEDULER';

export const serverRunsJobs = (): boolean => process.env[SCHEDULER_SETTING] !== 'off';
