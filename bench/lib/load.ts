// Load on one address with autocannon: a fixed number of clients, each sending its next request as soon
// as the last one is answered, for a fixed time. Requests per second and latency percentiles come from
// autocannon; any answer but a 2xx, and any error or timeout, makes the figure invalid.
import autocannon from 'autocannon';

export interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  p97_5: number;
  p99: number;
  requests: number;
  /** Non-2xx answers, errors and timeouts together; a run with no answer at all counts as one. */
  failures: number;
  /** Why the route could not be loaded at all: then it has no throughput and its latencies are the wait. */
  problem?: string;
}

/** What autocannon calls a timeout: a reader given no answer for this long. */
const TIMEOUT_SECONDS = 10;
/** How long the first, lone request may take (a cold render of the largest page at full size). */
const FIRST_ANSWER_TIMEOUT_MS = 60_000;

async function fire(url: string, connections: number, seconds: number) {
  return autocannon({ url, connections, duration: seconds, timeout: TIMEOUT_SECONDS });
}

/**
 * One answer alone first (a cold render at full scale may take long and must not count as a timeout),
 * then a short warm-up under load, then the measured run.
 */
export async function loadRoute(
  url: string,
  options: { connections: number; seconds: number; warmupSeconds: number },
): Promise<LoadFigures> {
  const startedAt = performance.now();
  const status = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(FIRST_ANSWER_TIMEOUT_MS) })
    .then(async (response) => (await response.arrayBuffer(), response.status))
    .catch(() => undefined);
  if (status === undefined || status < 200 || status > 299) {
    const waited = performance.now() - startedAt;
    const problem = status ? `answered ${status}` : `no answer within ${FIRST_ANSWER_TIMEOUT_MS / 1000} s`;
    return { requestsPerSecond: 0, p50: waited, p97_5: waited, p99: waited, requests: 0, failures: 1, problem };
  }
  await fire(url, options.connections, options.warmupSeconds);
  const result = await fire(url, options.connections, options.seconds);
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    requests: result.requests.total,
    // Requests still unanswered when the time is up are not counted by autocannon at all.
    failures: result.non2xx + result.errors + result.timeouts + (result.requests.total === 0 ? 1 : 0),
  };
}
