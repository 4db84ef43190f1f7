import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createOutage } from './outage';

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

function setup() {
  const lines: string[] = [];
  let up = false;
  let probes = 0;
  const outage = createOutage({
    probe: async () => {
      probes++;
      if (!up) throw refused();
    },
    log: (level, event) => lines.push(`${level} ${event}`),
    probeEveryMs: 5,
  });
  return { outage, lines, probes: () => probes, recover: () => (up = true) };
}

describe('database outage tracking', () => {
  it('logs one line when an outage starts and one when the probe finds the database back', async () => {
    const { outage, lines, probes, recover } = setup();
    for (let i = 0; i < 50; i++) expect(outage.report(refused())).toBe(true);
    expect(outage.down).toBe(true);
    await sleep(40);
    expect(probes()).toBeGreaterThan(1);
    expect(lines).toEqual(['error db.down']);
    recover();
    for (let i = 0; i < 50 && outage.down; i++) await sleep(5);
    expect(outage.down).toBe(false);
    expect(lines).toEqual(['error db.down', 'info db.up']);
    // A second outage is a new pair of lines.
    outage.report(refused());
    expect(lines).toEqual(['error db.down', 'info db.up', 'error db.down']);
    outage.stop();
  });

  it('ignores errors that are not about reaching the database', () => {
    const { outage, lines } = setup();
    expect(outage.report(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(outage.down).toBe(false);
    expect(lines).toEqual([]);
  });

  it('stops probing once stopped (shutdown)', async () => {
    const { outage, probes } = setup();
    outage.report(refused());
    outage.stop();
    const before = probes();
    await sleep(30);
    expect(probes()).toBe(before);
  });
});
