// CPU time read from Linux's /proc: a process's own (to give the server's CPU per request, a figure that
// hardly moves when other work shares the machine) and the whole machine's (to tell how much of it other
// work took during a measurement). Off Linux these read as undefined and the figures are left out.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** Clock ticks per second of /proc times: USER_HZ, 100 on every mainstream Linux build. */
const TICKS_PER_SECOND = 100;
const ticksToMs = (ticks: number) => (ticks * 1000) / TICKS_PER_SECOND;

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** User plus system CPU milliseconds of the process and its threads so far. */
export function processCpuMs(pid: number): number | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  // The command name (field 2) may contain spaces, so count fields from after its closing parenthesis:
  // utime and stime are fields 14 and 15 of the line, the 12th and 13th after the name.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? ticksToMs(ticks) : undefined;
}

/** Busy CPU milliseconds of the whole machine so far, all processors together (time stolen by a hypervisor included). */
export function machineBusyMs(): number | undefined {
  const line = readProc('/proc/stat')?.split('\n', 1)[0];
  if (!line?.startsWith('cpu ')) return undefined;
  // user nice system idle iowait irq softirq steal …: everything but idle and iowait is busy.
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  const busy = [user, nice, system, irq, softirq, steal].reduce<number>((sum, ticks) => sum + (ticks ?? 0), 0);
  return Number.isFinite(busy) ? ticksToMs(busy) : undefined;
}

/**
 * Measures how much of the machine processes other than the server and this one used, as a share of
 * all its processors, between start and stop. Response times measured while others used much of it
 * include waiting for a processor.
 */
export function startContentionMeter(serverPid: number) {
  const startedAt = performance.now();
  const machine = machineBusyMs();
  const server = processCpuMs(serverPid);
  const self = process.cpuUsage();
  return {
    /** The share (0–1) of the machine's processors that other work used, or undefined off Linux. */
    stop(): number | undefined {
      const machineNow = machineBusyMs();
      const serverNow = processCpuMs(serverPid);
      if (machine === undefined || server === undefined || machineNow === undefined || serverNow === undefined) {
        return undefined;
      }
      const selfMs = process.cpuUsage(self);
      const ours = serverNow - server + (selfMs.user + selfMs.system) / 1000;
      const capacity = (performance.now() - startedAt) * cpus().length;
      return Math.min(1, Math.max(0, (machineNow - machine - ours) / capacity));
    },
  };
}
