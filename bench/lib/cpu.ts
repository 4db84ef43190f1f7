import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds spent while sampling, by who spent them. */
export type CpuSpent = { app: number; database: number; driver: number };

type Kind = keyof CpuSpent;
const TICK_S = 0.01; // USER_HZ is 100 on Linux

/** What a process is, from its command line: the bench's app servers, PostgreSQL, or this load driver. */
function kindOf(pid: string): Kind | null {
  if (pid === String(process.pid)) return 'driver';
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (cmd.includes('servers/app-server')) return 'app';
    if (cmd.startsWith('postgres') || cmd.includes('/bin/postgres')) return 'database';
  } catch {
    // gone meanwhile
  }
  return null;
}

function ticksOf(pid: string): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(f[11]) + Number(f[12]); // utime + stime
  } catch {
    return null;
  }
}

/**
 * Samples every process's CPU time each second (Linux /proc) until stopped: where a load run's CPU went on a machine
 * shared by the app, PostgreSQL and the driver. A process that starts or ends during the run counts from its first
 * to its last sample. Null where /proc is missing.
 */
export function sampleCpu(): { stop: () => CpuSpent | null } {
  let readable = true;
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  const kinds = new Map<string, Kind | null>();
  const sample = () => {
    let pids: string[];
    try {
      pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
    } catch {
      readable = false;
      return;
    }
    for (const pid of pids) {
      if (!kinds.has(pid)) kinds.set(pid, kindOf(pid));
      if (!kinds.get(pid)) continue;
      const t = ticksOf(pid);
      if (t === null) continue;
      if (!first.has(pid)) first.set(pid, t);
      last.set(pid, t);
    }
  };
  sample();
  const timer = setInterval(sample, 1000);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      if (!readable) return null;
      const spent: CpuSpent = { app: 0, database: 0, driver: 0 };
      for (const [pid, t] of last) spent[kinds.get(pid)!] += (t - first.get(pid)!) * TICK_S;
      return spent;
    },
  };
}
