import { describe, expect, it } from 'vitest';
import { FIGURES_MAX_AGE_MS } from '../../domain/shared/figures';
import { boundMinutes, nextPoll, withRefresh } from './figures';

describe('figures on screen', () => {
  const now = Date.parse('2026-12-06T01:00:00Z');
  const counted = (msAgo: number) => new Date(now - msAgo).toISOString();

  it('asks again at least once a minute, and before the shown count would pass the bound', () => {
    expect(nextPoll(counted(0), now)).toBe(60_000);
    expect(nextPoll(counted(FIGURES_MAX_AGE_MS - 50_000), now)).toBe(20_000);
    expect(nextPoll(counted(FIGURES_MAX_AGE_MS + 60_000), now)).toBe(5_000);
    expect(nextPoll(undefined, now)).toBe(60_000);
  });

  it('a server clock ahead of ours never makes a busy loop', () => {
    expect(nextPoll(new Date(now + 3_600_000).toISOString(), now)).toBe(60_000);
    expect(nextPoll(counted(3_600_000), now)).toBe(5_000);
  });

  it('adds refresh=true to the same read, and states the bound in minutes', () => {
    expect(withRefresh('/rounds/1/progress')).toBe('/rounds/1/progress?refresh=true');
    expect(withRefresh('/insight/outcomes?from=2026-01-01&to=2026-12-31')).toBe(
      '/insight/outcomes?from=2026-01-01&to=2026-12-31&refresh=true',
    );
    expect(boundMinutes).toBe(5);
  });
});
