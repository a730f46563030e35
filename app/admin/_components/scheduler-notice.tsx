// Said where "next run" times are shown: when this server leaves the scheduled jobs to a standalone
// worker, they run only if that worker does, which this server cannot see.
import { SCHEDULER_SETTING, serverRunsJobs } from '@/jobs/scheduler-setting';

export function SchedulerNotice({ whereRunsShow }: { whereRunsShow: string }) {
  if (serverRunsJobs()) return null;
  return (
    <p className="notice">
      This server does not run the scheduled jobs ({SCHEDULER_SETTING}=off): the times below are when they fall due, and
      they run only if a separate worker does (<code>npm run laurels -- worker</code>). {whereRunsShow}
    </p>
  );
}
