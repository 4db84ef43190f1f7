// Japanese-first formatting. Names are always family name first; dates follow the UI locale.

import { companyTimeZone } from './calendar';

export type Locale = 'ja' | 'en';

type Named = { familyName: string; givenName: string };
type Kana = { familyNameKana?: string | null; givenNameKana?: string | null };

const intlLocale = (locale: Locale) => (locale === 'ja' ? 'ja-JP' : 'en-US');

/** 山田 太郎 — family name first with one space, in both locales. */
export function formatName(p: Named | null | undefined): string {
  if (!p) return '';
  return [p.familyName, p.givenName].filter(Boolean).join(' ');
}

/** ヤマダ タロウ, or '' when no reading is recorded. */
export function formatKana(p: Kana | null | undefined): string {
  if (!p) return '';
  return [p.familyNameKana, p.givenNameKana].filter(Boolean).join(' ');
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date: 2026年11月24日 / Nov 24, 2026. Date-only strings (YYYY-MM-DD) are read as UTC
 * so the day never shifts with the browser's time zone.
 */
export function formatDate(value: string | Date | null | undefined, locale: Locale): string {
  if (!value) return '';
  const dateOnly = typeof value === 'string' && DATE_ONLY.test(value);
  const d = typeof value === 'string' ? new Date(dateOnly ? `${value}T00:00:00Z` : value) : value;
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(intlLocale(locale), {
    year: 'numeric',
    month: locale === 'ja' ? 'long' : 'short',
    day: 'numeric',
    // A calendar day is that day; a moment is shown on the company's calendar.
    timeZone: dateOnly ? 'UTC' : companyTimeZone(),
  }).format(d);
}

/** A moment: 2026年11月24日 14:05 / Nov 24, 2026, 2:05 PM (the viewer's time zone unless given). */
export function formatDateTime(value: string | Date | null | undefined, locale: Locale, timeZone = companyTimeZone()): string {
  return formatMoment(value, locale, timeZone, false);
}

/** A moment to the second (2026年11月24日 14:05:09): when figures were counted, so that a recount a minute later shows. */
export function formatDateTimeSeconds(value: string | Date | null | undefined, locale: Locale, timeZone = companyTimeZone()): string {
  return formatMoment(value, locale, timeZone, true);
}

function formatMoment(value: string | Date | null | undefined, locale: Locale, timeZone: string, seconds: boolean): string {
  if (!value) return '';
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(intlLocale(locale), {
    year: 'numeric',
    month: locale === 'ja' ? 'long' : 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' as const } : {}),
    timeZone,
  }).format(d);
}

/** 1,234 */
export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(n);
}

/** The 1-based first and last item numbers shown on a page; 0–0 for an empty list. */
export function pageRange(page: number, pageSize: number, total: number): { from: number; to: number } {
  if (total <= 0) return { from: 0, to: 0 };
  const from = Math.min((page - 1) * pageSize + 1, total);
  return { from, to: Math.min(page * pageSize, total) };
}

/**
 * An appointment: 2026年12月10日(木) 14:00〜15:00 / Thu, Dec 10, 2026, 2:00 PM – 3:00 PM,
 * in the company's time zone.
 */
export function formatSlot(start: string | Date, end: string | Date, locale: Locale, timeZone = companyTimeZone()): string {
  const s = new Date(start);
  const e = new Date(end);
  const day = new Intl.DateTimeFormat(intlLocale(locale), {
    year: 'numeric',
    month: locale === 'ja' ? 'long' : 'short',
    day: 'numeric',
    weekday: 'short',
    timeZone,
  }).format(s);
  const time = (d: Date) => new Intl.DateTimeFormat(intlLocale(locale), { hour: 'numeric', minute: '2-digit', timeZone }).format(d);
  return locale === 'ja' ? `${day} ${time(s)}〜${time(e)}` : `${day}, ${time(s)} – ${time(e)}`;
}

/**
 * n of total as a whole percent that never misleads: a nonzero share under 1% is 'under1' (not 0%), and an incomplete
 * one stops at 99 (not 100%). 0 of 0 is 0.
 */
export function sharePercent(n: number, total: number): number | 'under1' {
  if (!total || n <= 0) return 0;
  const p = (n / total) * 100;
  if (p < 1) return 'under1';
  return n < total ? Math.min(99, Math.round(p)) : 100;
}
