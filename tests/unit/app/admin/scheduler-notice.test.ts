// The admin's pages of sources and health say when this server leaves the scheduled jobs to a worker,
// since their "next run" times then hold only if that worker runs.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { SchedulerNotice } from '@/app/admin/_components/scheduler-notice';
import { SCHEDULER_SETTING } from '@/jobs/scheduler-setting';

const saved = process.env[SCHEDULER_SETTING];
afterEach(() => {
  if (saved === undefined) delete process.env[SCHEDULER_SETTING];
  else process.env[SCHEDULER_SETTING] = saved;
});

describe('the scheduler notice', () => {
  it('says the jobs run elsewhere when the server does not run them', () => {
    process.env[SCHEDULER_SETTING] = 'off';
    expect(renderToStaticMarkup(SchedulerNotice({ whereRunsShow: 'See Health.' }))).toContain(
      'This server does not run the scheduled jobs (LAURELS_SCHEDULER=off)',
    );
  });

  it('says nothing when the server runs them itself', () => {
    delete process.env[SCHEDULER_SETTING];
    expect(SchedulerNotice({ whereRunsShow: 'See Health.' })).toBeNull();
  });
});
