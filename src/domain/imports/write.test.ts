import { describe, expect, it } from 'vitest';
import { batches, byDepth } from './write';

type R = { k: string; p: string | null };
const keys = (levels: R[][]) => levels.map((l) => l.map((r) => r.k));

describe('byDepth', () => {
  it('puts every parent in an earlier level than its children, wherever it is in the file', () => {
    const rows: R[] = [
      { k: 'c', p: 'b' },
      { k: 'b', p: 'a' },
      { k: 'x', p: 'outside' },
      { k: 'a', p: null },
      { k: 'd', p: 'a' },
    ];
    expect(
      keys(
        byDepth(
          rows,
          (r) => r.k,
          (r) => r.p,
        ),
      ),
    ).toEqual([['x', 'a'], ['b', 'd'], ['c']]);
  });

  it('is linear on a very long chain', () => {
    const n = 100_000;
    const rows = Array.from({ length: n }, (_, i): R => ({ k: String(i), p: i === 0 ? null : String(i - 1) }));
    const levels = byDepth(
      rows.reverse(),
      (r) => r.k,
      (r) => r.p,
    );
    expect(levels).toHaveLength(n);
    expect(levels[0]![0]!.k).toBe('0');
  });
});

describe('batches', () => {
  it('slices into fixed-size batches', () => {
    expect([...batches([1, 2, 3, 4, 5], 2)]).toEqual([[1, 2], [3, 4], [5]]);
  });
});
