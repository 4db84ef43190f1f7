import { describe, expect, it } from 'vitest';
import { maskEmail } from './email-change';

describe('maskEmail', () => {
  it('keeps the domain and the start of the local part', () => {
    expect(maskEmail('taro.yamada@example.jp')).toBe('ta***@example.jp');
    expect(maskEmail('abc@example.jp')).toBe('a***@example.jp');
    expect(maskEmail('ab@example.jp')).toBe('a***@example.jp');
    expect(maskEmail('a@example.jp')).toBe('***@example.jp');
  });

  it('never shows the whole local part', () => {
    for (const e of ['x@y.jp', 'xy@y.jp', 'xyz@y.jp', 'wxyz@y.jp']) expect(maskEmail(e)).not.toContain(e.split('@')[0]);
  });
});
