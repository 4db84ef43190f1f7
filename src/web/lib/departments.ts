// The API returns departments flat; the UI shows them as a tree.

import type { Schemas } from '../api-contract';

export type Department = Schemas['Department'];

export type DeptNode = Department & { children: DeptNode[] };

const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);

/**
 * Builds the tree, siblings ordered by code. A department whose parent is missing, or that sits
 * on a parent cycle (bad data), is shown at the top level rather than lost.
 */
export function buildTree(items: readonly Department[]): DeptNode[] {
  const nodes = new Map(items.map((d) => [d.id, { ...d, children: [] as DeptNode[] }]));
  const roots: DeptNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent && !reachesSelf(node, nodes)) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: DeptNode[]) => {
    list.sort(byCode);
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

function reachesSelf(node: Department, nodes: Map<string, Department>): boolean {
  const seen = new Set<string>();
  let cur = node.parentId;
  while (cur && !seen.has(cur)) {
    if (cur === node.id) return true;
    seen.add(cur);
    cur = nodes.get(cur)?.parentId ?? null;
  }
  return false;
}

/** Depth-first list with depth, for indented <select> options. */
export function flattenTree(roots: readonly DeptNode[], depth = 0): { dept: DeptNode; depth: number }[] {
  return roots.flatMap((d) => [{ dept: d, depth }, ...flattenTree(d.children, depth + 1)]);
}

/** The ids of a department and everything below it (it cannot become its own parent). */
export function subtreeIds(roots: readonly DeptNode[], id: string): Set<string> {
  const out = new Set<string>();
  const walk = (list: readonly DeptNode[], inside: boolean) => {
    for (const n of list) {
      const hit = inside || n.id === id;
      if (hit) out.add(n.id);
      walk(n.children, hit);
    }
  };
  walk(roots, false);
  return out;
}

/** Employees in a department and all departments below it. */
export function totalCount(node: DeptNode): number {
  return node.children.reduce((sum, c) => sum + totalCount(c), node.employeeCount);
}

/** The English name when the UI is English and one is recorded. */
export function deptName(d: { name: string; nameEn?: string | null }, locale: string): string {
  return locale === 'en' && d.nameEn ? d.nameEn : d.name;
}

/** Option label with full-width spaces as indentation (options cannot be padded with CSS). */
export function indentLabel(label: string, depth: number): string {
  return depth === 0 ? label : `${'\u3000'.repeat(depth)}└ ${label}`;
}
