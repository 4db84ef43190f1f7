import { describe, expect, it } from 'vitest';
import { buildTree, type Department, deptName, flattenTree, indentLabel, subtreeIds, totalCount } from './departments';

const d = (id: string, code: string, parentId: string | null = null, employeeCount = 1): Department => ({
  id,
  code,
  name: `部署${code}`,
  nameEn: null,
  parentId,
  employeeCount,
});

describe('department tree', () => {
  const items = [d('c', 'B2', 'b'), d('a', 'A'), d('b', 'B'), d('e', 'B1', 'b'), d('x', 'X', 'missing')];

  it('nests children under parents, siblings by code, orphans at the top', () => {
    const roots = buildTree(items);
    expect(roots.map((r) => r.code)).toEqual(['A', 'B', 'X']);
    expect(roots[1]!.children.map((c) => c.code)).toEqual(['B1', 'B2']);
  });

  it('flattens depth first with depth', () => {
    const flat = flattenTree(buildTree(items)).map((f) => `${f.depth}:${f.dept.code}`);
    expect(flat).toEqual(['0:A', '0:B', '1:B1', '1:B2', '0:X']);
  });

  it('never loses departments on a cycle', () => {
    const roots = buildTree([d('p', 'P', 'q'), d('q', 'Q', 'p')]);
    expect(flattenTree(roots)).toHaveLength(2);
  });

  it('finds a subtree and sums its people', () => {
    const roots = buildTree(items);
    expect([...subtreeIds(roots, 'b')].sort()).toEqual(['b', 'c', 'e']);
    expect(totalCount(roots[1]!)).toBe(3);
  });

  it('labels options with indentation and picks the English name in English', () => {
    expect(indentLabel('営業部', 0)).toBe('営業部');
    expect(indentLabel('第一課', 2)).toBe('\u3000\u3000└ 第一課');
    expect(deptName({ name: '営業部', nameEn: 'Sales' }, 'en')).toBe('Sales');
    expect(deptName({ name: '営業部', nameEn: 'Sales' }, 'ja')).toBe('営業部');
    expect(deptName({ name: '営業部', nameEn: null }, 'en')).toBe('営業部');
  });
});
