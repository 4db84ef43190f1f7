import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirInUse, lockDataDir, processIdentity } from './data-lock';

const dir = () => mkdtempSync(join(tmpdir(), 'mendan-lock-'));

describe('one process per data folder', () => {
  it('takes the lock and releases it', () => {
    const d = dir();
    const release = lockDataDir(d);
    expect(readFileSync(join(d, 'mendan.lock'), 'utf8').split('\n')[0]).toBe(String(process.pid));
    release();
    expect(existsSync(join(d, 'mendan.lock'))).toBe(false);
  });

  it('refuses a folder another live process holds, with a message in both languages', () => {
    const d = dir();
    writeFileSync(join(d, 'mendan.lock'), `${process.ppid}\n${processIdentity(process.ppid)}\n`);
    expect(() => lockDataDir(d)).toThrow(DataDirInUse);
    expect(() => lockDataDir(d)).toThrow(/使用中/);
  });

  it('refuses a folder held by a live process whose lock has only its pid (written by an older version)', () => {
    const d = dir();
    writeFileSync(join(d, 'mendan.lock'), String(process.ppid));
    expect(() => lockDataDir(d)).toThrow(DataDirInUse);
  });

  it('takes over a lock left by a process that is gone (crash, kill -9)', () => {
    const d = dir();
    writeFileSync(join(d, 'mendan.lock'), '999999999');
    lockDataDir(d)();
    expect(existsSync(join(d, 'mendan.lock'))).toBe(false);
  });

  it.runIf(processIdentity(process.ppid) !== '')(
    'takes over a lock whose pid now belongs to another process (reboot, container restart)',
    () => {
      const d = dir();
      // A live pid, but not the process that wrote the lock: another start time.
      writeFileSync(join(d, 'mendan.lock'), `${process.ppid}\nother-boot:12345\n`);
      const release = lockDataDir(d);
      expect(readFileSync(join(d, 'mendan.lock'), 'utf8').split('\n')[0]).toBe(String(process.pid));
      release();
    },
  );
});
