import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  atCompanyTime,
  companyDate,
  companyDateTime,
  companyTimeZone,
  companyToday,
  DEFAULT_COMPANY_TZ,
  offsetString,
  setCompanyTimeZone,
} from './calendar';

afterEach(() => setCompanyTimeZone(DEFAULT_COMPANY_TZ));

describe('the company calendar', () => {
  it('is Tokyo by default: 23:30 UTC is already tomorrow there', () => {
    expect(companyTimeZone()).toBe('Asia/Tokyo');
    const late = new Date('2026-12-06T23:30:00Z');
    expect(companyToday(late)).toBe('2026-12-07');
    expect(companyDateTime(late)).toBe('2026-12-07 08:30:00');
    expect(offsetString(late)).toBe('+09:00');
  });

  it('turns a company wall-clock time into the moment, across daylight saving too', () => {
    expect(atCompanyTime('2026-12-01', '09:00').toISOString()).toBe('2026-12-01T00:00:00.000Z');
    setCompanyTimeZone('Europe/Berlin');
    expect(atCompanyTime('2026-07-01', '09:00').toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(atCompanyTime('2026-12-01', '09:00').toISOString()).toBe('2026-12-01T08:00:00.000Z');
    // The night the clocks go forward (2026-03-29 02:00 → 03:00): the day still starts at midnight.
    expect(atCompanyTime('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(companyDate(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30');
  });

  it('refuses a zone the runtime does not know, and counts days by the calendar', () => {
    expect(() => setCompanyTimeZone('Mars/Olympus')).toThrow('Unknown time zone');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
