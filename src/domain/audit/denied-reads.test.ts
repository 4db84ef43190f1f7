import { describe, expect, it } from 'vitest';
import { DENIED_READS_THRESHOLD, DENIED_READS_WINDOW_SECONDS, deniedReadsRule, samplePath } from './denied-reads';

describe('samplePath', () => {
  it('keeps the path and drops any query string or fragment', () => {
    expect(samplePath('/api/v1/employees/abc')).toBe('/api/v1/employees/abc');
    expect(samplePath('/api/v1/exports/1?token=secret')).toBe('/api/v1/exports/1');
    expect(samplePath('/api/v1/x#frag')).toBe('/api/v1/x');
  });

  it('bounds the length', () => {
    expect(samplePath(`/api/${'a'.repeat(5000)}`)).toHaveLength(200);
  });
});

describe('deniedReadsRule', () => {
  it('counts per actor, twenty in ten minutes', () => {
    expect(deniedReadsRule('p1')).toEqual({ key: 'denied-reads:p1', limit: 20, windowSeconds: 600 });
    expect(deniedReadsRule('p1').key).not.toBe(deniedReadsRule('p2').key);
    expect(DENIED_READS_THRESHOLD).toBe(20);
    expect(DENIED_READS_WINDOW_SECONDS).toBe(600);
  });
});
