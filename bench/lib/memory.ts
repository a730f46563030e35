// The server's peak memory: the resident set of every process in its process group (next start and any
// worker it forks), added up, sampled from Linux's /proc a few times a second for the whole run.
// Off Linux the figure is undefined and left out.
import { readdirSync, readFileSync } from 'node:fs';

const SAMPLE_EVERY_MS = 200;

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Resident megabytes of the processes in group `groupId`, or undefined when /proc cannot tell. */
export function groupResidentMb(groupId: number): number | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  let kilobytes = 0;
  for (const pid of pids) {
    const stat = read(`/proc/${pid}/stat`);
    // Fields after the command name: state, ppid, pgrp (the 3rd).
    if (!stat || Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) !== groupId) continue;
    kilobytes += Number(/^VmRSS:\s+(\d+) kB/m.exec(read(`/proc/${pid}/status`) ?? '')?.[1] ?? 0);
  }
  return kilobytes / 1024;
}

/** Samples the group's memory until stopped; `peakMb()` is the largest sample so far. */
export function startMemoryWatch(groupId: number) {
  let peak: number | undefined;
  const sample = () => {
    const now = groupResidentMb(groupId);
    if (now !== undefined && now > 0) peak = Math.max(peak ?? 0, now);
  };
  sample();
  const timer = setInterval(sample, SAMPLE_EVERY_MS);
  timer.unref();
  return {
    peakMb: () => peak,
    stop: () => {
      sample();
      clearInterval(timer);
    },
  };
}
