import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDateTimeSeconds, formatKana, formatName, formatNumber, pageRange, sharePercent } from './format';

describe('formatName / formatKana', () => {
  it('puts the family name first with one space', () => {
    expect(formatName({ familyName: '山田', givenName: '太郎' })).toBe('山田 太郎');
    expect(formatName(null)).toBe('');
  });
  it('joins the reading and tolerates missing parts', () => {
    expect(formatKana({ familyNameKana: 'ヤマダ', givenNameKana: 'タロウ' })).toBe('ヤマダ タロウ');
    expect(formatKana({ familyNameKana: 'ヤマダ', givenNameKana: null })).toBe('ヤマダ');
    expect(formatKana({})).toBe('');
  });
});

describe('formatDate', () => {
  it('writes Japanese dates as 2026年11月24日', () => {
    expect(formatDate('2026-11-24', 'ja')).toBe('2026年11月24日');
  });
  it('writes English dates per en-US', () => {
    expect(formatDate('2026-11-24', 'en')).toBe('Nov 24, 2026');
  });
  it('never shifts a date-only value by the time zone', () => {
    expect(formatDate('2026-01-01', 'ja')).toBe('2026年1月1日');
  });
  it('returns an empty string for nothing or garbage', () => {
    expect(formatDate(null, 'ja')).toBe('');
    expect(formatDate('not a date', 'ja')).toBe('');
  });
});

describe('formatDateTime', () => {
  it('adds the time in the given zone', () => {
    expect(formatDateTime('2026-11-24T05:05:00Z', 'ja', 'Asia/Tokyo')).toBe('2026年11月24日 14:05');
    expect(formatDateTime('2026-11-24T05:05:00Z', 'en', 'Asia/Tokyo')).toBe('Nov 24, 2026, 2:05 PM');
  });
  it('to the second, for when figures were counted', () => {
    expect(formatDateTimeSeconds('2026-11-24T05:05:09Z', 'ja', 'Asia/Tokyo')).toBe('2026年11月24日 14:05:09');
    expect(formatDateTimeSeconds('2026-11-24T05:05:09Z', 'en', 'Asia/Tokyo')).toBe('Nov 24, 2026, 2:05:09 PM');
  });
});

describe('numbers and ranges', () => {
  it('groups thousands', () => {
    expect(formatNumber(1234, 'ja')).toBe('1,234');
  });
  it('computes the shown range of a page', () => {
    expect(pageRange(1, 50, 1234)).toEqual({ from: 1, to: 50 });
    expect(pageRange(25, 50, 1234)).toEqual({ from: 1201, to: 1234 });
    expect(pageRange(1, 50, 0)).toEqual({ from: 0, to: 0 });
  });
});

describe('sharePercent', () => {
  it('never says 0% of a nonzero count nor 100% of an incomplete one (issue 15.9e)', () => {
    expect(sharePercent(1, 294)).toBe('under1');
    expect(sharePercent(0, 294)).toBe(0);
    expect(sharePercent(0, 0)).toBe(0);
    expect(sharePercent(3, 294)).toBe(1);
    expect(sharePercent(147, 294)).toBe(50);
    expect(sharePercent(293, 294)).toBe(99);
    expect(sharePercent(294, 294)).toBe(100);
  });
});
