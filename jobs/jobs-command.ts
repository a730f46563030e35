// `laurels jobs run NAME`, `laurels jobs list`, `laurels worker` and `laurels ingest URL|--source ID`:
// the scheduled jobs by hand, and the scheduler without the web server.
import { type Command, Option } from 'commander';
import type { OpenDatabase } from './cli';
import { listLatestRuns } from '../db/queries/job-runs';
import { INGESTION_KINDS, type IngestionKind } from '../db/schema';
import { loadIngestDeps } from './ingest/ingest-deps';
import { describeIngest, ingestOnce } from './ingest/ingest-once';
import { jobRegistry } from './registry';
import { runJob } from './runner/run-job';
import { sourceId } from './sources-command';
import { runWorker } from './worker';

function registerJobs(program: Command, openDatabase: OpenDatabase): void {
  const jobs = program.command('jobs').description('the scheduled jobs');
  jobs
    .command('run <name>')
    .description(`run a job once now (${Object.keys(jobRegistry).join(', ')})`)
    .action(async (name: string) => {
      const result = await runJob(name, 'manual', { db: openDatabase(), log: (line) => console.error(line) });
      if (result.status === 'skipped') console.log(`Skipped: ${result.reason}`);
      else if (result.status === 'failed') throw new Error(`${name} failed: ${result.error}`);
      else console.log(`${name} succeeded: ${JSON.stringify(result.counts)}`);
    });
  jobs
    .command('list')
    .description('the jobs and how each last ran')
    .action(() => {
      const latest = new Map(listLatestRuns(openDatabase({ mustExist: true })).map((run) => [run.job, run]));
      for (const job of Object.values(jobRegistry)) {
        const run = latest.get(job.name);
        const last = run
          ? `last run ${run.startedAt} (${run.trigger}): ${run.outcome}${run.error ? ` — ${run.error}` : ''}${run.counts ? ` ${JSON.stringify(run.counts)}` : ''}`
          : 'never run';
        console.log(`${job.name}\t${job.description}\n\t${last}`);
      }
    });
}

export function registerJobsCommand(program: Command, openDatabase: OpenDatabase): void {
  registerJobs(program, openDatabase);
  program
    .command('worker')
    .description('run the scheduled jobs without the web server (start the server with LAURELS_SCHEDULER=off)')
    .action(() => runWorker(openDatabase()));
  program
    .command('ingest [url]')
    .description('read one feed or page once now and print what was stored, applied and queued')
    .option('--source <id>', 'a stored source, by id', sourceId)
    .addOption(new Option('--kind <kind>', 'what the document is (default: detected)').choices(INGESTION_KINDS))
    .action(async (url: string | undefined, options: { source?: number; kind?: IngestionKind }) => {
      if (!url === (options.source === undefined)) throw new Error('Give either a URL or --source ID.');
      if (url && !/^(https?:\/\/|bundled:)/i.test(url)) throw new Error(`${url} is not an http(s) address.`);
      const result = await ingestOnce(openDatabase(), await loadIngestDeps(), {
        url,
        sourceId: options.source,
        kind: options.kind,
        actor: 'job:ingest',
      });
      console.log(describeIngest(result));
    });
}
