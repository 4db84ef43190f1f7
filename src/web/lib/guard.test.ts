import { describe, expect, it } from 'vitest';
import { CAPABILITIES } from '../../domain/capabilities';
import type { Can } from '../types';
import { mayOpen, requires } from './guard';

const flags = (...on: string[]) => Object.fromEntries(CAPABILITIES.map((c) => [c, on.includes(c)])) as Can;

describe('route guards', () => {
  it('open a route to anyone with one of its capabilities, and every route without one', () => {
    expect(mayOpen([undefined, requires('viewInsight')], flags('viewInsight'))).toBe(true);
    expect(mayOpen([undefined, requires('viewInsight')], flags('interview'))).toBe(false);
    expect(mayOpen([requires('viewInsight', 'interview')], flags('interview'))).toBe(true);
    expect(mayOpen([undefined, {}], flags())).toBe(true);
  });
});
