import { describe, expect, it } from 'vitest';
import { FIGURES_MAX_AGE_MS } from '../shared/figures';
import { hiddenKeys, isFresh, isServable, present, SNAPSHOT_TTL_MS, tenureBucket, yearsBefore } from './trends-policy';

describe('tenureBucket', () => {
  const on = '2026-04-01';
  it.each([
    ['2026-03-01', 'lt1'],
    ['2026-05-01', 'lt1'], // hired after the round started: still under a year
    ['2025-04-02', 'lt1'],
    ['2025-04-01', 'y1to3'], // exactly one year in
    ['2023-04-02', 'y1to3'],
    ['2023-04-01', 'y3to5'],
    ['2021-04-01', 'y5to10'],
    ['2016-04-02', 'y5to10'],
    ['2016-04-01', 'y10plus'],
    ['1990-01-01', 'y10plus'],
  ])('hired %s → %s', (hire, bucket) => expect(tenureBucket(hire, on)).toBe(bucket));

  it('is unknown without a hire date', () => {
    expect(tenureBucket(null, on)).toBeNull();
    expect(tenureBucket(undefined, on)).toBeNull();
  });

  it('subtracts years as PostgreSQL does, 29 February included', () => {
    expect(yearsBefore('2024-02-29', 1)).toBe('2023-02-28');
    expect(yearsBefore('2024-02-29', 4)).toBe('2020-02-29');
    expect(tenureBucket('2023-02-28', '2024-02-29')).toBe('y1to3');
    expect(tenureBucket('2023-03-01', '2024-02-29')).toBe('lt1');
  });
});

describe('hiddenKeys', () => {
  it('hides every group under five', () => {
    expect(
      [
        ...hiddenKeys([
          { key: 'a', n: 12 },
          { key: 'b', n: 4 },
          { key: 'c', n: 3 },
        ]),
      ].sort(),
    ).toEqual(['b', 'c']);
  });

  it('hides the next smallest too when the hidden ones hold fewer than five together', () => {
    const hidden = hiddenKeys([
      { key: 'a', n: 12 },
      { key: 'b', n: 2 },
      { key: 'c', n: 7 },
      { key: 'd', n: 6 },
    ]);
    expect([...hidden].sort()).toEqual(['b', 'd']);
  });

  it('keeps adding until the hidden remainder reaches five, or nothing is left', () => {
    expect(
      [
        ...hiddenKeys([
          { key: 'a', n: 1 },
          { key: 'b', n: 1 },
        ]),
      ].sort(),
    ).toEqual(['a', 'b']);
    expect(
      hiddenKeys([
        { key: 'a', n: 5 },
        { key: 'b', n: 5 },
      ]).size,
    ).toBe(0);
  });
});

describe('present', () => {
  const stat = { n: 5, avg: 3.2, dist: [0, 1, 2, 2, 0] };
  it('shows numbers from five respondents on, unless hidden', () => {
    expect(present(stat, false)).toEqual({ suppressed: false, average: 3.2, respondents: 5, distribution: [0, 1, 2, 2, 0] });
    expect(present(stat, true)).toEqual({ suppressed: true });
    expect(present({ ...stat, n: 4 }, false)).toEqual({ suppressed: true });
  });
});

describe('isFresh', () => {
  const now = Date.parse('2026-05-01T00:10:00Z');
  const snap = (ago: number, version = 1) => ({ computedAt: new Date(now - ago), version });
  const launched = { status: 'launched', updatedAt: new Date(now - 86_400_000) };
  const closed = { status: 'closed', updatedAt: new Date(now - 60_000) };
  it('keeps a launched round for a minute, or until asked to refresh', () => {
    expect(isFresh(snap(SNAPSHOT_TTL_MS - 1), launched, { now, version: 1 })).toBe(true);
    expect(isFresh(snap(SNAPSHOT_TTL_MS), launched, { now, version: 1 })).toBe(false);
    expect(isFresh(snap(1000), launched, { now, version: 1, refresh: true })).toBe(false);
  });
  it('keeps a closed round for good once counted after closing, refresh or not', () => {
    expect(isFresh(snap(30_000), closed, { now, version: 1, refresh: true })).toBe(true);
    expect(isFresh(snap(120_000), closed, { now, version: 1 })).toBe(false);
  });
  it('recomputes what is missing or in an older format', () => {
    expect(isFresh(undefined, closed, { now, version: 1 })).toBe(false);
    expect(isFresh(snap(1000, 0), closed, { now, version: 1 })).toBe(false);
  });
});

describe('isServable', () => {
  const now = Date.parse('2026-05-01T00:10:00Z');
  const snap = (ago: number, version = 1) => ({ computedAt: new Date(now - ago), version });
  const launched = { status: 'launched', updatedAt: new Date(now - 86_400_000) };
  const closed = { status: 'closed', updatedAt: new Date(now - 600_000) };
  it('shows a running round’s figures only within the stated bound', () => {
    expect(isServable(snap(FIGURES_MAX_AGE_MS - 1), launched, { now, version: 1 })).toBe(true);
    expect(isServable(snap(FIGURES_MAX_AGE_MS), launched, { now, version: 1 })).toBe(false);
  });
  it('shows a closed round’s final figures however old, but not ones counted before it closed', () => {
    expect(isServable(snap(500_000), closed, { now, version: 1 })).toBe(true);
    expect(isServable(snap(700_000), closed, { now, version: 1 })).toBe(false);
  });
  it('never shows a missing snapshot or one of an older format', () => {
    expect(isServable(undefined, launched, { now, version: 1 })).toBe(false);
    expect(isServable(snap(1000, 0), launched, { now, version: 1 })).toBe(false);
  });
});
