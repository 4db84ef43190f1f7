import { randomUUID } from 'node:crypto';
import type { RoundTheme } from '../../db/schema';
import { DEFAULT_THEMES } from '../forms/default-questions';
import { addDays, atCompanyTime, companyTimeZone } from '../shared/calendar';

/**
 * The demo's calendar, relative to today on the company's calendar: three past career rounds, one per
 * half of the fiscal year (April–September 上期, October–March 下期), and the running one, started four
 * weeks ago. Dates are relative so that "overdue", "not interviewed for six months" and "last 12 months"
 * always have something to show; the company and what people wrote are fixed by the seed.
 */
export type DemoRound = {
  id: string;
  /** 0 = the oldest; the running round is the last. */
  index: number;
  name: string;
  status: 'closed' | 'launched';
  periodStart: string;
  periodEnd: string;
  prepDueOn: string;
  launchedAt: Date;
  closedAt: Date | null;
  /** The days interviews were held (past rounds), or may be held until (the running one). */
  heldFrom: string;
  heldTo: string;
  themes: RoundTheme[];
  message: string;
};

export const PAST_ROUNDS = 3;
export const RUNNING = PAST_ROUNDS;

/** Half-years counted from year 0: the fiscal year starts on 1 April. */
const halfOf = (day: string) => {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return m >= 4 && m <= 9 ? y * 2 : m >= 10 ? y * 2 + 1 : (y - 1) * 2 + 1;
};
const halfStart = (half: number) => `${Math.floor(half / 2)}-${half % 2 === 0 ? '04' : '10'}-01`;
const halfName = (half: number) => `${Math.floor(half / 2)}年度${half % 2 === 0 ? '上期' : '下期'} キャリア面談`;

const theme = (title: string): RoundTheme => {
  const found = DEFAULT_THEMES.find((t) => t.title.ja.startsWith(title));
  if (!found) throw new Error(`no default theme ${title}`);
  return found;
};
// The seed's テーマ設定; the company added 働き方 after people asked about it.
const THEMES: readonly RoundTheme[][] = [
  [theme('業務満足度'), theme('スキル・キャリアアップ'), theme('異動・キャリアパス')],
  [theme('スキル・キャリアアップ'), theme('業務の改善案'), theme('将来のなりたい姿')],
  [theme('スキル・キャリアアップ'), theme('業務の改善案'), theme('働き方')],
  [theme('スキル・キャリアアップ'), theme('業務の改善案'), theme('将来のなりたい姿')],
];
const MESSAGES = [
  '半期に一度のキャリア面談です。評価の場ではありません。日頃考えていることを率直に聞かせてください。',
  '前回のアクションプランの振り返りから始めます。事前アンケートでは、業務の改善案もぜひ書いてください。',
  '今回は働き方についても伺います。育児・介護など上司に伝えにくいことは「人事のみ」にできます。',
  'スキル・キャリアアップの計画と、将来のなりたい姿について話しましょう。面談は個室かオンラインで行います。',
];

export function demoRounds(today: string): DemoRound[] {
  const now = halfOf(today);
  const past = Array.from({ length: PAST_ROUNDS }, (_, k): DemoRound => {
    const half = now - PAST_ROUNDS + k;
    const periodStart = addDays(halfStart(half), 30);
    const periodEnd = addDays(periodStart, 60);
    return {
      id: randomUUID(),
      index: k,
      name: halfName(half),
      status: 'closed',
      periodStart,
      periodEnd,
      prepDueOn: addDays(periodStart, 14),
      launchedAt: atCompanyTime(addDays(periodStart, -7), '09:30'),
      closedAt: atCompanyTime(addDays(periodEnd, 10), '17:00'),
      heldFrom: addDays(periodStart, 15),
      heldTo: addDays(periodEnd, -3),
      themes: THEMES[k]!,
      message: MESSAGES[k]!,
    };
  });
  const start = addDays(today, -28);
  const running: DemoRound = {
    id: randomUUID(),
    index: RUNNING,
    name: halfName(now),
    status: 'launched',
    periodStart: start,
    periodEnd: addDays(today, 35),
    prepDueOn: addDays(today, 4),
    launchedAt: atCompanyTime(addDays(start, -3), '09:30'),
    closedAt: null,
    heldFrom: addDays(today, -18),
    heldTo: addDays(today, -1),
    themes: THEMES[RUNNING]!,
    message: MESSAGES[RUNNING]!,
  };
  return [...past, running];
}

/** A weekday on or after `day` (interviews and follow-ups are not held at weekends). */
export function weekday(day: string): string {
  const dow = new Date(`${day}T12:00:00Z`).getUTCDay();
  return dow === 6 ? addDays(day, 2) : dow === 0 ? addDays(day, 1) : day;
}

/** A weekday on or before `day`: for what has happened already, which must not slip past today. */
export function weekdayBefore(day: string): string {
  const dow = new Date(`${day}T12:00:00Z`).getUTCDay();
  return dow === 6 ? addDays(day, -1) : dow === 0 ? addDays(day, -2) : day;
}

/** Times an interview starts: never first thing in the morning (the seed's advice), never at lunch. */
export const START_TIMES = ['10:30', '11:00', '13:30', '14:00', '15:00', '16:00'] as const;

const moments = new Map<string, number>();
/** atCompanyTime (in the zone set now), remembered: the demo asks for the same few thousand day-and-time pairs tens of thousands of times. */
export function moment(day: string, hhmm = '00:00'): Date {
  const key = `${companyTimeZone()} ${day} ${hhmm}`;
  let t = moments.get(key);
  if (t === undefined) {
    t = atCompanyTime(day, hhmm).getTime();
    moments.set(key, t);
  }
  return new Date(t);
}
