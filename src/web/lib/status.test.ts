import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n';
import { fallbackErrorKey } from './status';

describe('fallbackErrorKey', () => {
  it('reads a proxy’s 502, 503 or 504 as "temporarily unavailable, try again"', () => {
    for (const status of [502, 503, 504]) expect(fallbackErrorKey(status)).toBe('errors.unavailable');
    expect(resources.ja.translation.errors.unavailable).toMatch(/一時的/);
    expect(resources.en.translation.errors.unavailable).toMatch(/temporarily unavailable/);
  });

  it('keeps the other statuses', () => {
    expect(fallbackErrorKey(413)).toBe('errors.payloadTooLarge');
    expect(fallbackErrorKey(404)).toBe('errors.notFound');
    expect(fallbackErrorKey(500)).toBe('errors.internal');
    expect(fallbackErrorKey(418)).toBe('errors.internal');
  });
});
