import { describe, expect, it } from 'vitest';
import { clashingFields, EMPTY_RECORD, sameValue } from './record';

describe('merging a stale record write', () => {
  const current = { ...EMPTY_RECORD, landingPoint: 'A', agenda: [{ id: '1', kind: 'custom' as const, label: 'x', done: true }] };
  it('a field still as the client saw it merges', () => {
    expect(clashingFields(current, { alignmentWish: 'new' }, { alignmentWish: '' })).toEqual([]);
  });
  it('a field someone else changed meanwhile clashes', () => {
    expect(clashingFields(current, { landingPoint: 'B' }, { landingPoint: '' })).toEqual(['landingPoint']);
  });
  it('a change without the value it started from is treated as a clash', () => {
    expect(clashingFields(current, { landingPoint: 'B' }, {})).toEqual(['landingPoint']);
  });
  it('compares JSON structurally (jsonb reorders keys)', () => {
    expect(sameValue([{ done: true, id: '1', kind: 'custom', label: 'x' }], current.agenda)).toBe(true);
    expect(sameValue([{ id: '1', kind: 'custom', label: 'x', done: false }], current.agenda)).toBe(false);
    expect(clashingFields(current, { agenda: [] }, { agenda: [{ label: 'x', done: true, id: '1', kind: 'custom' }] })).toEqual([]);
  });
});
