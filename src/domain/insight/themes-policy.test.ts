import { describe, expect, it } from 'vitest';
import { jobIsLive, needsRecount, THEMES_TTL_MS } from './themes-policy';

const now = new Date('2026-12-10T10:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('when a round is recounted on read', () => {
  it('never counted: always', () => {
    expect(needsRecount(null, 'launched', now)).toBe(true);
    expect(needsRecount(null, 'closed', now)).toBe(true);
  });
  it('a running round: when the count is ten minutes old', () => {
    expect(needsRecount({ computedAt: ago(THEMES_TTL_MS - 1000), roundStatus: 'launched' }, 'launched', now)).toBe(false);
    expect(needsRecount({ computedAt: ago(THEMES_TTL_MS), roundStatus: 'launched' }, 'launched', now)).toBe(true);
  });
  it('a closed round: once after it closed, then never', () => {
    expect(needsRecount({ computedAt: ago(60_000), roundStatus: 'launched' }, 'closed', now)).toBe(true);
    expect(needsRecount({ computedAt: ago(365 * 86_400_000), roundStatus: 'closed' }, 'closed', now)).toBe(false);
  });
  it('a count is under way while its job is queued, at work or to be retried', () => {
    for (const state of ['created', 'active', 'retry']) expect(jobIsLive(state)).toBe(true);
    for (const state of ['completed', 'failed', 'cancelled']) expect(jobIsLive(state)).toBe(false);
  });
});
