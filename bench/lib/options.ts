// Command-line options shared by the benchmark scripts. A bad option stops the run with a one-line
// reason, never a stack trace, so a typo cannot silently benchmark with the defaults.
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Timed requests per route. */
  requests: number;
  /** Untimed requests per route first, so compilation and caches do not count against a route. */
  warmup: number;
  /** The first port tried for the server; the next free one is used when it is taken. */
  port: number;
  quick: boolean;
  help: boolean;
}

export const DEFAULT_REQUESTS = 200;
export const QUICK_REQUESTS = 30;
const WARMUP_REQUESTS = 5;
const DEFAULT_PORT = 3400;

export class OptionsError extends Error {
  override name = 'OptionsError';
}

function positiveInteger(value: string, option: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new OptionsError(`${option} needs a whole number of 1 or more`);
  return number;
}

export function parseBenchOptions(argv: string[]): BenchOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        requests: { type: 'string' },
        quick: { type: 'boolean', default: false },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new OptionsError(error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  const quick = values.quick ?? false;
  const requests = values.requests
    ? positiveInteger(values.requests, '--requests')
    : quick
      ? QUICK_REQUESTS
      : DEFAULT_REQUESTS;
  const port = values.port ? positiveInteger(values.port, '--port') : DEFAULT_PORT;
  if (port > 65535) throw new OptionsError('--port must be at most 65535');
  return { requests, warmup: WARMUP_REQUESTS, port, quick, help: values.help ?? false };
}

export const OPTIONS_HELP = `Options:
  --requests N   timed requests per route (default ${DEFAULT_REQUESTS})
  --quick        ${QUICK_REQUESTS} timed requests per route, for a fast check
  --port P       the first port tried for the server (default ${DEFAULT_PORT}; the next free one is used)
  -h, --help     show this help`;
