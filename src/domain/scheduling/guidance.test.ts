import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULING, slotWarnings } from './guidance';

// Times are JST (+09:00); 2026-12-10 is a Thursday.
const at = (iso: string) => new Date(iso);

describe('slot guidance', () => {
  it('warns about the first hour of the working day (朝一番)', () => {
    expect(slotWarnings(at('2026-12-10T09:00:00+09:00'), at('2026-12-10T09:30:00+09:00'), DEFAULT_SCHEDULING)).toEqual(['busyHour']);
    expect(slotWarnings(at('2026-12-10T09:45:00+09:00'), at('2026-12-10T10:15:00+09:00'), DEFAULT_SCHEDULING)).toEqual(['busyHour']);
    expect(slotWarnings(at('2026-12-10T10:00:00+09:00'), at('2026-12-10T11:00:00+09:00'), DEFAULT_SCHEDULING)).toEqual([]);
  });

  it('follows the configured busy window and working hours, and flags weekends', () => {
    const late = { workdayStart: '10:00', busyMinutes: 30, workdayEnd: '19:00' };
    expect(slotWarnings(at('2026-12-10T09:45:00+09:00'), at('2026-12-10T10:15:00+09:00'), late)).toEqual(['busyHour', 'outsideHours']);
    expect(slotWarnings(at('2026-12-10T10:30:00+09:00'), at('2026-12-10T11:00:00+09:00'), late)).toEqual([]);
    expect(slotWarnings(at('2026-12-10T18:30:00+09:00'), at('2026-12-10T19:30:00+09:00'), DEFAULT_SCHEDULING)).toEqual(['outsideHours']);
    expect(slotWarnings(at('2026-12-12T14:00:00+09:00'), at('2026-12-12T15:00:00+09:00'), DEFAULT_SCHEDULING)).toEqual(['weekend']);
    expect(
      slotWarnings(at('2026-12-10T09:00:00+09:00'), at('2026-12-10T09:30:00+09:00'), { ...DEFAULT_SCHEDULING, busyMinutes: 0 }),
    ).toEqual([]);
  });
});
