import { afterEach, describe, expect, it, vi } from 'vitest';
import { register } from '@/instrumentation';
import { jobNames } from '@/jobs/registry';
import { stopScheduler } from '@/jobs/scheduler';
import { freshDatabase } from '@/tests/helpers/db';

const scheduled = () => (globalThis as { laurelsScheduler?: unknown[] }).laurelsScheduler;

afterEach(async () => {
  vi.unstubAllEnvs();
  await stopScheduler();
});

describe('instrumentation register()', () => {
  it('starts no scheduler in the edge runtime, nor when LAURELS_SCHEDULER is off', async () => {
    vi.stubEnv('NEXT_RUNTIME', 'edge');
    await register();
    expect(scheduled()).toBeUndefined();
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    vi.stubEnv('LAURELS_SCHEDULER', 'off');
    await register();
    expect(scheduled()).toBeUndefined();
  });

  it('starts the scheduler once in the Node.js runtime', async () => {
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    vi.stubEnv('LAURELS_DB', freshDatabase().file);
    await register();
    const tasks = scheduled();
    // One timer per registered job (ingest, sweep, backup).
    expect(tasks).toHaveLength(jobNames().length);
    await register();
    expect(scheduled()).toBe(tasks);
  });
});
