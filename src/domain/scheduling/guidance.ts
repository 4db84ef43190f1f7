import { companyTimeZone } from '../shared/calendar';

/** When the working day starts and how long its busy first stretch lasts (seed: avoid 朝一番). */
export type SchedulingSettings = { workdayStart: string; busyMinutes: number; workdayEnd: string };
export const DEFAULT_SCHEDULING: SchedulingSettings = { workdayStart: '09:00', busyMinutes: 60, workdayEnd: '18:00' };

export type SlotWarning = 'busyHour' | 'outsideHours' | 'weekend';

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};

/** Minutes since midnight and weekday of a moment, in the company's time zone. */
function local(d: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'short',
    hourCycle: 'h23',
  }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return { minute: Number(get('hour')) * 60 + Number(get('minute')), weekday: get('weekday') };
}

/**
 * What the scheduling screens warn about for a proposed time: the busy first hour of the working day,
 * times outside working hours, weekends. Warnings, not errors: people may still choose it.
 */
export function slotWarnings(start: Date, end: Date, s: SchedulingSettings, timeZone = companyTimeZone()): SlotWarning[] {
  const a = local(start, timeZone);
  const b = local(end, timeZone);
  const endMinute = b.minute === 0 && end > start ? 24 * 60 : b.minute;
  const out: SlotWarning[] = [];
  const busyFrom = minutes(s.workdayStart);
  const busyTo = busyFrom + s.busyMinutes;
  if (s.busyMinutes > 0 && a.minute < busyTo && endMinute > busyFrom) out.push('busyHour');
  if (a.minute < minutes(s.workdayStart) || endMinute > minutes(s.workdayEnd)) out.push('outsideHours');
  if (a.weekday === 'Sat' || a.weekday === 'Sun') out.push('weekend');
  return out;
}
