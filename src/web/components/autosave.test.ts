import { describe, expect, it } from 'vitest';
import { readUnsaved, settle, unsavedKey, writeUnsaved } from './autosave';

const memory = () => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    m,
  };
};

describe('autosave', () => {
  it('keeps unsaved answers in storage until they are settled', () => {
    const s = memory();
    const key = unsavedKey('i1:sheet');
    writeUnsaved(s, key, { a: { value: 'こんにちは', hrOnly: true } });
    expect(readUnsaved(s, key)).toEqual({ a: { value: 'こんにちは', hrOnly: true } });
    writeUnsaved(s, key, {});
    expect(s.m.has(key)).toBe(false);
  });

  it('ignores broken storage content', () => {
    const s = memory();
    s.setItem('k', '{not json');
    expect(readUnsaved(s, 'k')).toEqual({});
    s.setItem('k', JSON.stringify([1, 2]));
    expect(readUnsaved(s, 'k')).toEqual({});
    expect(readUnsaved(null, 'k')).toEqual({});
  });

  it('keeps a field pending when it changed again while its save was in flight', () => {
    const sent = { a: { value: 'x', hrOnly: false }, b: { value: 'y', hrOnly: false } };
    const pending = { a: { value: 'x', hrOnly: false }, b: { value: 'yz', hrOnly: false }, c: { value: 1, hrOnly: false } };
    expect(settle(pending, sent)).toEqual({ b: { value: 'yz', hrOnly: false }, c: { value: 1, hrOnly: false } });
  });
});
