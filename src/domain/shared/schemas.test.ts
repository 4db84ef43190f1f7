import { describe, expect, it } from 'vitest';
import { unstorableText } from './issues';
import { INT4_MAX, IsoDate, Version } from './schemas';

describe('Version', () => {
  it('stops at PostgreSQL integer range', () => {
    expect(Version.safeParse(INT4_MAX).success).toBe(true);
    expect(Version.safeParse(INT4_MAX + 1).success).toBe(false);
    expect(Version.safeParse(0).success).toBe(false);
  });
});

describe('IsoDate', () => {
  it('keeps to 1900–2999: PostgreSQL has no year 0, nor five-digit years for the day after 9999-12-31', () => {
    expect(IsoDate.safeParse('1900-01-01').success).toBe(true);
    expect(IsoDate.safeParse('2999-12-31').success).toBe(true);
    expect(IsoDate.safeParse('9999-12-31').success).toBe(false);
    const year0 = IsoDate.safeParse('0000-01-01');
    expect(year0.success).toBe(false);
    expect(year0.error?.issues[0]?.message).toBe('errors.dateOutOfRange');
  });
});

describe('unstorableText', () => {
  it('names each string or key holding NUL or a lone surrogate', () => {
    expect(unstorableText({ a: 'ok', b: ['x', '😀'] })).toBeNull();
    expect(unstorableText({ a: 'a\u0000b', b: [{ c: 'x\ud800' }], 'k\udc00': 1 })).toEqual({
      a: { key: 'errors.invalidCharacters' },
      'b.0.c': { key: 'errors.invalidCharacters' },
      'k\udc00': { key: 'errors.invalidCharacters' },
    });
    expect(unstorableText('\u0000')).toEqual({ _: { key: 'errors.invalidCharacters' } });
  });
});
