import { describe, expect, it } from 'vitest';
import { sessionCache } from './session-cache';
import type { SessionInfo } from './sessions';

const info = (id: string): SessionInfo => ({ actor: { id, roles: new Set(['employee']), locale: 'ja' }, csrfToken: 'c', idHash: id });

describe('the session cache', () => {
  it('answers within its bound, then asks the database again', () => {
    let t = 0;
    const cache = sessionCache(5000, { now: () => t });
    cache.set('a', info('a'), cache.epoch());
    t = 4999;
    expect(cache.get('a')?.actor.id).toBe('a');
    t = 5000;
    expect(cache.get('a')).toBeUndefined();
  });

  it('forgets everything at a write on this process, tells the others, and keeps nothing read before it', async () => {
    let told = 0;
    const cache = sessionCache(5000, { now: () => 0, announce: async () => void told++ });
    cache.set('a', info('a'), cache.epoch());
    const before = cache.epoch();
    await cache.changed();
    expect(told).toBe(1);
    expect(cache.get('a')).toBeUndefined();
    // A lookup that read the database before the write committed stores nothing.
    cache.set('b', info('b'), before);
    expect(cache.get('b')).toBeUndefined();
  });

  it('stores nothing when switched off', () => {
    const cache = sessionCache(0, { now: () => 0 });
    cache.set('a', info('a'), cache.epoch());
    expect(cache.get('a')).toBeUndefined();
  });

  it("forgets at another server's write, and serves nothing while it cannot hear them", () => {
    const cache = sessionCache(5000, { now: () => 0 });
    cache.set('a', info('a'), cache.epoch());
    cache.heard();
    expect(cache.get('a')).toBeUndefined();
    cache.trust(false);
    cache.set('b', info('b'), cache.epoch());
    expect(cache.get('b')).toBeUndefined();
    cache.trust(true);
    cache.set('b', info('b'), cache.epoch());
    expect(cache.get('b')?.actor.id).toBe('b');
  });
});
