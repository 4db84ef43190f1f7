import { describe, expect, it } from 'vitest';
import { parentsFirst } from './catalog';

describe('parentsFirst', () => {
  const fk = [{ cols: ['manager_id'], refCols: ['id'] }];

  it('puts every referenced row before the rows that reference it', () => {
    const rows = [
      { id: 'c', manager_id: 'b' },
      { id: 'b', manager_id: 'a' },
      { id: 'x', manager_id: null },
      { id: 'a', manager_id: null },
      { id: 'd', manager_id: 'a' },
    ];
    const order = parentsFirst(rows, fk).map((r) => r.id);
    expect(order).toHaveLength(5);
    for (const r of rows) if (r.manager_id) expect(order.indexOf(r.manager_id)).toBeLessThan(order.indexOf(r.id));
  });

  it('handles long chains without recursion and leaves tables without self references alone', () => {
    const n = 50_000;
    const rows = Array.from({ length: n }, (_, i) => ({ id: String(i), manager_id: i === n - 1 ? null : String(i + 1) }));
    const order = parentsFirst(rows, fk);
    expect(order[0]!.id).toBe(String(n - 1));
    expect(order.at(-1)!.id).toBe('0');
    expect(parentsFirst(rows, [])).toBe(rows);
  });
});
