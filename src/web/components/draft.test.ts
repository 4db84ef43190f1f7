import { describe, expect, it } from 'vitest';
import { clearDraft, draftKey, isDirty, mergeDraft, readDraft, type StorageLike, writeDraft } from './draft';

function memory(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('drafts', () => {
  const initial = { name: '', note: '', roles: [] as string[], active: false, password: '' };

  it('keys by page and record', () => {
    expect(draftKey('employee-edit', 'abc')).toBe('mendan:draft:employee-edit:abc');
    expect(draftKey('employee-new')).toBe('mendan:draft:employee-new');
  });

  it('round-trips text, never stores excluded fields', () => {
    const s = memory();
    const k = draftKey('t');
    writeDraft(s, k, { ...initial, name: '山田', roles: ['hr'], password: 'secret' }, ['password']);
    expect(s.data.get(k)).not.toContain('secret');
    expect(readDraft(s, k, initial)).toEqual({ ...initial, name: '山田', roles: ['hr'] });
    clearDraft(s, k);
    expect(readDraft(s, k, initial)).toBeNull();
  });

  it('ignores unknown fields, wrong types and broken JSON', () => {
    const s = memory();
    s.setItem('x', JSON.stringify({ name: 5, evil: 'x', note: 'ok', roles: 'hr' }));
    expect(readDraft(s, 'x', initial)).toEqual({ ...initial, note: 'ok' });
    s.setItem('y', '{not json');
    expect(readDraft(s, 'y', initial)).toBeNull();
  });

  it('survives storage that throws', () => {
    const broken: StorageLike = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(readDraft(broken, 'k', initial)).toBeNull();
    expect(() => writeDraft(broken, 'k', initial)).not.toThrow();
    expect(() => clearDraft(broken, 'k')).not.toThrow();
  });

  it('detects changes', () => {
    expect(isDirty(initial, initial)).toBe(false);
    expect(isDirty({ ...initial, roles: ['admin'] }, initial)).toBe(true);
  });
});

describe('mergeDraft', () => {
  it('keeps what the person changed and takes the rest from the newer record', () => {
    const oldBase = { a: '1', b: '2', c: '3' };
    const typed = { a: '1', b: 'mine', c: '3' };
    const newer = { a: 'theirs', b: '2', c: '3' };
    expect(mergeDraft(typed, oldBase, newer)).toEqual({ a: 'theirs', b: 'mine', c: '3' });
  });
});
