import { describe, expect, it } from 'vitest';
import { isImeEnter } from './ime';

describe('isImeEnter', () => {
  it('treats Enter during composition as conversion, not submit', () => {
    expect(isImeEnter({ key: 'Enter', nativeEvent: { isComposing: true } })).toBe(true);
    expect(isImeEnter({ key: 'Enter', isComposing: true })).toBe(true);
  });
  it('catches Safari reporting keyCode 229 after the composition ended', () => {
    expect(isImeEnter({ key: 'Enter', keyCode: 229 })).toBe(true);
    expect(isImeEnter({ key: 'Enter', nativeEvent: { keyCode: 229 } })).toBe(true);
  });
  it('lets a plain Enter submit and ignores other keys', () => {
    expect(isImeEnter({ key: 'Enter', keyCode: 13, nativeEvent: { isComposing: false } })).toBe(false);
    expect(isImeEnter({ key: 'a', isComposing: true })).toBe(false);
  });
});
