/**
 * The company's calendar (COMPANY_TZ, default Asia/Tokyo): "today", a due date's morning, a file's date
 * stamp and an audit time are all read in it, whoever looks and wherever the server runs. Set once at
 * start-up from the config (server, CLI) or from /auth/me (web); every process of one deployment has
 * the same value, so nothing depends on which one answers.
 */
export const DEFAULT_COMPANY_TZ = 'Asia/Tokyo';
let zone = DEFAULT_COMPANY_TZ;

/** Whether the runtime knows the zone (an IANA name such as Asia/Tokyo or Europe/Berlin). */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export function setCompanyTimeZone(tz: string) {
  if (!isTimeZone(tz)) throw new Error(`Unknown time zone: ${tz}`);
  zone = tz;
}

export const companyTimeZone = (): string => zone;

// One formatter per zone: building an Intl.DateTimeFormat costs far more than using one (a bulk write
// converting thousands of times spent seconds here).
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatter = (tz: string) => {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
};

const parts = (d: Date, tz: string) =>
  Object.fromEntries(
    formatter(tz)
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;

/** The company's calendar day of a moment, YYYY-MM-DD. */
export function companyDate(d: Date = new Date(), tz = zone): string {
  const p = parts(d, tz);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Today in the company's calendar, YYYY-MM-DD. */
export const companyToday = (now: Date = new Date()): string => companyDate(now, zone);

/** A moment as the company's wall clock, `YYYY-MM-DD HH:MM:SS` (audit logs, exports). */
export function companyDateTime(d: Date, tz = zone): string {
  const p = parts(d, tz);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** The zone's offset from UTC at a moment, in minutes (Tokyo: 540). */
export function offsetMinutes(d: Date, tz = zone): number {
  const p = parts(d, tz);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((asUtc - Math.floor(d.getTime() / 1000) * 1000) / 60_000);
}

/** `+09:00`: the offset at a moment, as ISO 8601 writes it. */
export function offsetString(d: Date, tz = zone): string {
  const m = offsetMinutes(d, tz);
  const abs = Math.abs(m);
  return `${m < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The moment a company wall-clock time happens: `atCompanyTime('2026-12-01', '09:00')`. */
export function atCompanyTime(day: string, hhmm = '00:00', tz = zone): Date {
  const naive = Date.parse(`${day}T${hhmm}:00Z`);
  // Twice: the offset at the first guess may differ from the one at the answer across a DST change.
  let at = naive - offsetMinutes(new Date(naive), tz) * 60_000;
  at = naive - offsetMinutes(new Date(at), tz) * 60_000;
  return new Date(at);
}

/** A calendar day plus n days (n may be negative), YYYY-MM-DD. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The zone's name as people read it: 日本標準時 / Japan Standard Time. */
export function companyZoneName(locale: 'ja' | 'en', at: Date = new Date()): string {
  const part = new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-US', { timeZone: zone, timeZoneName: 'long' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone;
}
