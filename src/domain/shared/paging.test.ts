import { describe, expect, it } from 'vitest';
import { COUNT_CAP, countCapFor } from './paging';

describe('countCapFor', () => {
  it('counts the first thousand, and always past the page shown', () => {
    expect(countCapFor(1, 50)).toBe(1_000);
    expect(countCapFor(19, 50)).toBe(1_000); // rows 901–950: 1,001 counted tells whether page 20 exists
    expect(countCapFor(20, 50)).toBe(2_000); // rows 951–1,000: is there a page 21?
    expect(countCapFor(1, 100)).toBe(1_000);
  });

  it('never counts past COUNT_CAP, where paging stops', () => {
    expect(countCapFor(COUNT_CAP / 50, 50)).toBe(COUNT_CAP);
    expect(countCapFor(500, 50)).toBe(COUNT_CAP);
  });
});
