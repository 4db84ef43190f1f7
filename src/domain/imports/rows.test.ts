import { describe, expect, it } from 'vitest';
import { CsvDate, nodesOnCycles } from './rows';

describe('nodesOnCycles', () => {
  const graph = (edges: Record<string, string | null>) => (k: string) => edges[k];

  it('finds loops of any length, self-loops included, and nothing else', () => {
    const edges = { a: 'b', b: 'c', c: 'a', d: 'a', e: null, f: 'f', g: 'e' };
    expect([...nodesOnCycles(Object.keys(edges), graph(edges))].sort()).toEqual(['a', 'b', 'c', 'f']);
  });

  it('follows links to nodes outside the start set', () => {
    const edges: Record<string, string | null> = { new1: 'old1', old1: 'old2', old2: 'new1' };
    expect([...nodesOnCycles(['new1'], graph(edges))].sort()).toEqual(['new1', 'old1', 'old2']);
  });
});

describe('CsvDate', () => {
  it('accepts ISO and Excel-style dates and rejects impossible ones', () => {
    expect(CsvDate.parse('2024-04-01')).toBe('2024-04-01');
    expect(CsvDate.parse('2024/4/1')).toBe('2024-04-01');
    expect(CsvDate.safeParse('2023-02-29').success).toBe(false);
    expect(CsvDate.safeParse('令和6年4月1日').success).toBe(false);
  });
});
