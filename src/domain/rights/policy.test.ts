import { describe, expect, it } from 'vitest';
import { nextSweepJob, sweepJob } from './retention';
import { RetentionSettings } from './schemas';
import { identityStrings } from './traces';

describe('what names a person in free text', () => {
  const p = {
    id: '0b8f2c2e-1111-4222-8333-444455556666',
    employeeNumber: 'E12',
    email: 'hanako@example.jp',
    familyName: '山田',
    givenName: '花子',
  };
  it('is the id, the address, the number, the full name in its spacings — never the family name alone', () => {
    expect(identityStrings(p)).toEqual([p.id, p.email, 'E12', '山田花子', '山田 花子', '山田\u3000花子']);
    expect(identityStrings(p)).not.toContain('山田');
  });
  it('leaves out a number too short to be told apart from other text', () => {
    expect(identityStrings({ ...p, employeeNumber: 'E1' })).not.toContain('E1');
    expect(identityStrings({ ...p, employeeNumber: 'APPI-1' })).toContain('APPI-1');
  });
});

describe('the daily retention run', () => {
  it('runs at 03:30 company time, once per day by its key', () => {
    const job = sweepJob('2026-12-08');
    expect(job.opts.singletonKey).toBe('retention:2026-12-08');
    expect(job.opts.startAfter!.toISOString()).toBe('2026-12-07T18:30:00.000Z');
  });
  it('is today’s before 03:30 and tomorrow’s after', () => {
    expect(nextSweepJob(new Date('2026-12-07T18:00:00Z')).opts.singletonKey).toBe('retention:2026-12-08');
    expect(nextSweepJob(new Date('2026-12-07T19:00:00Z')).opts.singletonKey).toBe('retention:2026-12-09');
  });
});

describe('the retention setting', () => {
  it('is keep (null) or 1–600 whole months, erase or anonymise', () => {
    expect(RetentionSettings.safeParse({ retiredRetentionMonths: null, mode: 'erase' }).success).toBe(true);
    expect(RetentionSettings.safeParse({ retiredRetentionMonths: 36, mode: 'anonymise' }).success).toBe(true);
    for (const months of [0, 601, 1.5, -1])
      expect(RetentionSettings.safeParse({ retiredRetentionMonths: months, mode: 'erase' }).success).toBe(false);
    expect(RetentionSettings.safeParse({ retiredRetentionMonths: 12, mode: 'delete' }).success).toBe(false);
  });
});
