import { describe, expect, it } from 'vitest';
import { closedPeriods, periodOf, periodRange, previousPeriod, suppressScores, weakest, weakestSignal } from './rules';

const s = (listen: number, strengths: number, support: number, followUp: number) => ({ listen, strengths, support, followUp });

describe('reflection periods', () => {
  it('are the fiscal half-years', () => {
    expect(periodOf('2026-04-01')).toBe('2026H1');
    expect(periodOf('2026-09-30')).toBe('2026H1');
    expect(periodOf('2026-10-01')).toBe('2026H2');
    expect(periodOf('2027-03-31')).toBe('2026H2');
    expect(periodRange('2026H2')).toEqual({ from: '2026-10-01', to: '2027-03-31' });
    expect(previousPeriod('2026H1')).toBe('2025H2');
  });
  it('shows only closed periods: never the running one', () => {
    expect(closedPeriods('2026-12-07', 2)).toEqual(['2026H1', '2025H2']);
    expect(closedPeriods('2026-04-01', 1)).toEqual(['2025H2']);
  });
  it('are disjoint: every day is in exactly one', () => {
    for (const p of ['2025H2', '2026H1', '2026H2']) {
      const { from, to } = periodRange(p);
      expect(periodOf(from)).toBe(p);
      expect(periodOf(to)).toBe(p);
    }
  });
});

describe('reflection figures', () => {
  it('hide averages below five answers', () => {
    expect(suppressScores(4, s(5, 5, 5, 5)).scores).toBeNull();
    expect(suppressScores(5, s(5, 5, 5, 5)).scores).not.toBeNull();
  });
  it('name the weakest caution against the company', () => {
    expect(weakest(s(4, 4, 3, 4), null)).toBe('support');
    // Everyone scores follow-up low: the person's own gap is on listening.
    expect(weakest(s(3.5, 4, 4, 3), s(4.2, 4, 4, 2.5))).toBe('listen');
    expect(weakestSignal({ listen: null, strengths: 0.8, support: 0.5, followUp: 0.6 })).toBe('support');
    expect(weakestSignal({})).toBeNull();
  });
});
