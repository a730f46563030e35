// Times one URL as a reader sees it: the whole response, first byte of the request to last byte of
// the body, one request at a time over a kept-alive loopback connection, so the figure is the server's
// render time plus loopback transfer and nothing queued behind other requests.

export interface LatencySummary {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
  /** The server's mean CPU milliseconds per timed request, when the caller could read it. */
  cpuMsPerRequest?: number;
}

export class UnexpectedStatusError extends Error {
  override name = 'UnexpectedStatusError';
}

/** Nearest-rank percentile of ascending samples: the smallest sample with at least p% at or below it. */
export function percentile(sortedMs: readonly number[], p: number): number {
  if (!sortedMs.length) throw new Error('no samples');
  const rank = Math.max(1, Math.ceil((p / 100) * sortedMs.length));
  return sortedMs[Math.min(rank, sortedMs.length) - 1]!;
}

export function summarize(samplesMs: readonly number[]): LatencySummary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1]!,
    mean: sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length,
  };
}

/**
 * One request, timed to the last byte. A status other than the expected one is an error, not a sample.
 * An aborted `signal` stops before the request; one in flight is let finish, since handing the signal
 * to fetch leaves a listener on it per request (thousands in a run).
 */
export async function timeRequest(url: string, expectedStatus: number, signal?: AbortSignal): Promise<number> {
  signal?.throwIfAborted();
  const startedAt = performance.now();
  // Redirects are not followed: a page that redirects is not rendering, and must not pass for one.
  const response = await fetch(url, { redirect: 'manual', headers: { accept: 'text/html' } });
  await response.arrayBuffer();
  const elapsed = performance.now() - startedAt;
  if (response.status !== expectedStatus) {
    throw new UnexpectedStatusError(`${url} answered ${response.status}, expected ${expectedStatus}`);
  }
  return elapsed;
}

/**
 * Warms the URL up, then times `requests` sequential requests to it. `serverCpuMs`, when given, reads
 * the server's CPU time so far; its growth over the timed requests gives the CPU per request.
 */
export async function measureUrl(
  url: string,
  options: {
    warmup: number;
    requests: number;
    expectedStatus: number;
    serverCpuMs?: () => number | undefined;
    signal?: AbortSignal;
    /** Run before each timed request, untimed (e.g. a database write that outdates the page cache). */
    beforeEach?: () => void;
  },
): Promise<LatencySummary> {
  const { expectedStatus, signal } = options;
  for (let i = 0; i < options.warmup; i++) await timeRequest(url, expectedStatus, signal);
  const cpuBefore = options.serverCpuMs?.();
  const samples: number[] = [];
  for (let i = 0; i < options.requests; i++) {
    options.beforeEach?.();
    samples.push(await timeRequest(url, expectedStatus, signal));
  }
  const cpuAfter = options.serverCpuMs?.();
  const summary = summarize(samples);
  if (cpuBefore === undefined || cpuAfter === undefined) return summary;
  return { ...summary, cpuMsPerRequest: (cpuAfter - cpuBefore) / options.requests };
}
