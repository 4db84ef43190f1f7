import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirInUse extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dir} is in use by another Mendan process (pid ${pid}). / データフォルダ ${dir} は別のMendan(pid ${pid})が使用中です。`,
    );
  }
}

/**
 * Who a pid is, beyond its number (Linux): the boot and the process's start time. A lock outlives its
 * process across a reboot or a container restart, and its pid then often belongs to someone else.
 * Empty where /proc is missing: only the number is compared there.
 */
export function processIdentity(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime); the fields after the command name, which may hold spaces, start at field 3.
    const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    return start ? `${boot}:${start}` : '';
  } catch {
    return '';
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const read = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

/** The lock's owner when that process still runs; null for a lock left behind (crash, kill -9, reboot). */
function liveOwner(text: string): number | null {
  const [pidLine = '', recorded = ''] = text.split('\n');
  const pid = Number(pidLine.trim());
  if (!pid || pid === process.pid || !alive(pid)) return null;
  const now = processIdentity(pid);
  return !recorded.trim() || !now || now === recorded.trim() ? pid : null;
}

/**
 * One process per embedded database: PGlite has no lock of its own, and two servers started on the
 * same folder corrupt it (seen: "could not locate a valid checkpoint record"). A lock file with the
 * owner's pid and identity; a lock whose process is gone is taken over. PGlite's own postmaster.pid is
 * no guide: it stays after a crash and always names pid -42.
 * Returns the release function.
 */
export function lockDataDir(dir: string): () => void {
  const file = join(dir, 'mendan.lock');
  const mine = `${process.pid}\n${processIdentity(process.pid)}\n`;
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, mine);
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const stale = read(file);
      const owner = liveOwner(stale);
      if (owner) throw new DataDirInUse(dir, owner);
      if (attempt > 3) throw err;
      // Two starting together may both find the stale lock: only the very lock judged stale is removed,
      // then both race on 'wx' again and the loser sees a live owner.
      try {
        if (read(file) === stale) unlinkSync(file);
      } catch {
        // The other one removed it first.
      }
    }
  }
  return () => {
    try {
      if (read(file) === mine) unlinkSync(file);
    } catch {
      // Already gone: nothing to release.
    }
  };
}
