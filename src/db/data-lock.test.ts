import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirInUse, lockDataDir } from './data-lock';

const dir = () => mkdtempSync(join(tmpdir(), 'mendan-lock-'));

describe('one process per data folder', () => {
  it('takes the lock and releases it', () => {
    const d = dir();
    const release = lockDataDir(d);
    expect(readFileSync(join(d, 'mendan.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(join(d, 'mendan.lock'))).toBe(false);
  });

  it('refuses a folder another live process holds, with a message in both languages', () => {
    const d = dir();
    writeFileSync(join(d, 'mendan.lock'), String(process.ppid));
    expect(() => lockDataDir(d)).toThrow(DataDirInUse);
    expect(() => lockDataDir(d)).toThrow(/使用中/);
  });

  it('takes over a lock left by a process that is gone (crash, kill -9)', () => {
    const d = dir();
    writeFileSync(join(d, 'mendan.lock'), '999999999');
    lockDataDir(d)();
    expect(existsSync(join(d, 'mendan.lock'))).toBe(false);
  });
});
