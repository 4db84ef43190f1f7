import { describe, expect, it } from 'vitest';
import { companyDateTime } from '../shared/calendar';
import { AuditQuery, timeRange } from './schemas';

describe('audit time range', () => {
  it('reads a date alone as a whole Japan calendar day', () => {
    const r = timeRange('2026-04-01', '2026-04-01');
    expect(r.from?.toISOString()).toBe('2026-03-31T15:00:00.000Z');
    expect(r.before?.toISOString()).toBe('2026-04-01T15:00:00.000Z');
  });

  it('takes a full ISO time as it is, the upper bound inclusive', () => {
    const r = timeRange('2026-04-01T09:00:00+09:00', '2026-04-01T10:00:00Z');
    expect(r.from?.toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(r.before?.toISOString()).toBe('2026-04-01T10:00:00.001Z');
  });

  it('ignores empty bounds', () => {
    expect(timeRange('', undefined)).toEqual({});
  });

  it('rejects a start after the end with a catalog key on "to"', () => {
    const res = AuditQuery.safeParse({ from: '2026-04-02', to: '2026-04-01' });
    expect(res.success).toBe(false);
    expect(res.error?.issues[0]).toMatchObject({ message: 'admin.errors.dateRange', path: ['to'] });
    expect(AuditQuery.safeParse({ from: '2026-04-01', to: '2026-04-01' }).success).toBe(true);
  });

  it('rejects unknown parameters and malformed dates', () => {
    expect(AuditQuery.safeParse({ sort: 'asc' }).success).toBe(false);
    expect(AuditQuery.safeParse({ from: '2026/04/01' }).success).toBe(false);
  });
});

describe('companyDateTime', () => {
  it('writes the company time (Tokyo by default) the way Excel reads a date-time', () => {
    expect(companyDateTime(new Date('2026-11-24T15:05:09.789Z'))).toBe('2026-11-25 00:05:09');
  });
});
