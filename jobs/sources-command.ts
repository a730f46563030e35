// `laurels sources add URL [--kind K] [--schedule CRON] [--award SLUG] [--name N]`, `sources list`,
// `sources enable ID` and `sources disable ID`: the ingestion sources, for those who script. The fields
// are checked by the same schema as the admin form (db/queries/ingestion-source-fields.ts) and written by
// the same functions, audited with the actor 'cli'. Without --kind the address is fetched once to tell
// what it serves (rss, atom, json or html). Every refusal is one line and exit code 1 (jobs/cli.ts).
import { Option, type Command } from 'commander';
import type { OpenDatabase } from './cli';
import { DEFAULT_SCHEDULE, describeFieldErrors, sourceFieldsSchema } from '../db/queries/ingestion-source-fields';
import { addSource, listSources, resolveSourceAward, setSourceEnabled } from '../db/queries/ingestion-sources';
import { INGESTION_KINDS, type IngestionKind } from '../db/schema';
import { detectSourceKind } from './sources-read';
import { formatSourceTable } from './sources-table';

const CLI_ACTOR = 'cli';

/** Tells what an address serves by fetching it once; throws with a readable reason when it cannot. */
export type DetectKind = (url: string) => Promise<IngestionKind>;

interface AddOptions {
  kind?: IngestionKind;
  schedule: string;
  award?: string;
  name?: string;
}

/** A source id as typed: a whole number from 1, short enough to be exact. */
export function sourceId(value: string): number {
  if (!/^\d{1,15}$/.test(value) || Number(value) < 1)
    throw new Error(`“${value}” is not a source id (see sources list).`);
  return Number(value);
}

/** Checks every field but the kind, so a mistake is reported before anything is fetched. */
function checkedFields(url: string, options: AddOptions, kind: IngestionKind) {
  const parsed = sourceFieldsSchema.safeParse({ ...options, url, kind });
  if (!parsed.success) throw new Error(describeFieldErrors(parsed.error));
  return parsed.data;
}

export function registerSourcesCommand(
  program: Command,
  openDb: OpenDatabase,
  detectKind: DetectKind = detectSourceKind,
) {
  const sources = program
    .command('sources')
    .description('the feeds and pages read on a schedule')
    .showHelpAfterError(false);

  sources
    .command('add')
    .description('add a source (its kind is detected by fetching it once, unless --kind is given)')
    .argument('<url>', 'the feed’s or page’s http(s) address')
    .addOption(new Option('--kind <kind>', 'what the address serves').choices(INGESTION_KINDS))
    .option('--schedule <cron>', 'when to read it: five cron fields, in UTC', DEFAULT_SCHEDULE)
    .option('--award <slug>', 'the award it is about (a hint for extraction)')
    .option('--name <name>', 'a name shown in the list')
    .action(async (url: string, options: AddOptions) => {
      const fields = checkedFields(url, options, options.kind ?? 'rss');
      const db = openDb();
      // A wrong award is told before the address is fetched, not after a wait on the network.
      resolveSourceAward(db, fields.award);
      if (!options.kind) fields.kind = await detectKind(fields.url);
      const source = addSource(db, { fields, actor: CLI_ACTOR });
      console.log(`Added source #${source.id} (${source.kind}, ${source.schedule}): ${source.url}`);
    });

  sources
    .command('list')
    .description('every source with its health and next run (times in UTC)')
    .action(() => {
      const rows = listSources(openDb({ mustExist: true }));
      console.log(rows.length ? formatSourceTable(rows) : 'No sources yet. Add one with: laurels sources add URL');
    });

  for (const enabled of [true, false]) {
    const verb = enabled ? 'enable' : 'disable';
    sources
      .command(verb)
      .description(enabled ? 'read a source again on its schedule' : 'stop reading a source (it is kept)')
      .argument('<id>', 'the source’s id (see sources list)')
      .action((id: string) => {
        const { source, changed } = setSourceEnabled(openDb(), { sourceId: sourceId(id), enabled, actor: CLI_ACTOR });
        const state = enabled ? 'enabled' : 'disabled';
        console.log(
          changed ? `Source #${source.id} ${state}: ${source.url}` : `Source #${source.id} was already ${state}.`,
        );
      });
  }
}
