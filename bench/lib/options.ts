// Command-line options of `npm run bench`. A bad option stops the run with a one-line reason, never a
// stack trace, so a typo cannot silently benchmark with the defaults.
import { parseArgs } from 'node:util';
import { FULL_SIZE, QUICK_SIZE, type CatalogueSize } from './generate-catalogue';

export interface BenchOptions {
  /** The generated catalogue's size (on top of the real data). */
  size: CatalogueSize;
  /** Seconds of load per route, after a warm-up. */
  seconds: number;
  warmupSeconds: number;
  /** Announcements the extraction figure is timed on. */
  extractions: number;
  /** Concurrent clients of the load generator. */
  connections: number;
  /** The first port tried for the server; the next free one is used when it is taken. */
  port: number;
  /** A small run to prove the suite works (CI): figures are reported, budgets do not fail it. */
  quick: boolean;
  help: boolean;
}

const FULL_SECONDS = 10;
const QUICK_SECONDS = 2;
const CONNECTIONS = 16;
const DEFAULT_PORT = 3400;

export class OptionsError extends Error {
  override name = 'OptionsError';
}

/**
 * The largest value each number option takes: far beyond what this machine kind can run in the 15
 * minutes a benchmark has, so a slip of the finger (an extra zero or three) stops here, not an hour in.
 */
const MAXIMUM: Record<string, number> = {
  '--films': 10_000_000,
  '--people': 10_000_000,
  '--nominations': 100_000_000,
  '--awards': 100_000,
  '--editions': 100,
  '--seconds': 3_600,
  '--connections': 1_000,
  '--port': 65_535,
};

/** A whole number written in decimal digits (1_000_000 too), from 1 to the option's maximum. */
function positiveInteger(value: string, option: string): number {
  const number = /^\d+(_\d+)*$/.test(value) ? Number(value.replace(/_/g, '')) : NaN;
  if (!Number.isSafeInteger(number) || number < 1)
    throw new OptionsError(`${option} needs a whole number of 1 or more`);
  const maximum = MAXIMUM[option];
  if (maximum !== undefined && number > maximum)
    throw new OptionsError(`${option} must be at most ${maximum.toLocaleString('en')}`);
  return number;
}

export function parseBenchOptions(argv: string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        quick: { type: 'boolean', default: false },
        films: { type: 'string' },
        people: { type: 'string' },
        nominations: { type: 'string' },
        awards: { type: 'string' },
        editions: { type: 'string' },
        seconds: { type: 'string' },
        connections: { type: 'string' },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new OptionsError(error instanceof Error ? error.message : String(error));
  }
  const quick = values.quick ?? false;
  const base = quick ? QUICK_SIZE : FULL_SIZE;
  const number = (value: string | undefined, option: string, fallback: number) =>
    value === undefined ? fallback : positiveInteger(value, option);
  const size: CatalogueSize = {
    films: number(values.films, '--films', base.films),
    people: number(values.people, '--people', base.people),
    nominations: number(values.nominations, '--nominations', base.nominations),
    awards: number(values.awards, '--awards', base.awards),
    editionsPerAward: number(values.editions, '--editions', base.editionsPerAward),
  };
  // Five nominees a category need five different films, and every edition at least one category.
  if (size.films < 5) throw new OptionsError('--films must be at least 5');
  const port = number(values.port, '--port', DEFAULT_PORT);
  return {
    size,
    seconds: number(values.seconds, '--seconds', quick ? QUICK_SECONDS : FULL_SECONDS),
    warmupSeconds: quick ? 1 : 2,
    extractions: quick ? 1000 : 5000,
    connections: number(values.connections, '--connections', CONNECTIONS),
    port,
    quick,
    help: values.help ?? false,
  };
}

export const OPTIONS_HELP = `Options:
  --quick           a small run (${QUICK_SIZE.nominations.toLocaleString('en')} generated nominations, ${QUICK_SECONDS} s a route) that reports the
                    budgets without failing on them: proves the suite works (CI runs it)
  --films N         generated films (default ${FULL_SIZE.films.toLocaleString('en')})
  --people N        generated people (default ${FULL_SIZE.people.toLocaleString('en')})
  --nominations N   generated nominations (default ${FULL_SIZE.nominations.toLocaleString('en')})
  --awards N        generated awards (default ${FULL_SIZE.awards})
  --editions N      editions per generated award, one a year (default ${FULL_SIZE.editionsPerAward})
  --seconds S       seconds of load per route (default ${FULL_SECONDS})
  --connections N   concurrent clients (default ${CONNECTIONS})
  --port P          the first port tried for the server (default ${DEFAULT_PORT}; the next free one is used)
  -h, --help        show this help`;
