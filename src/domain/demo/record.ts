import { randomUUID } from 'node:crypto';
import type {
  actionItems,
  AgendaItem,
  followUpItems,
  followUps,
  interviewNotes,
  interviewRatings,
  interviewReflections,
  interviewRecords,
  planConfirmations,
} from '../../db/schema';
import { DEFAULT_QUESTIONS } from '../forms/default-questions';
import { periodOf } from '../reflection/rules';
import { addDays, companyDate } from '../shared/calendar';
import type { Profile } from './people';
import type { Dice } from './random';
import {
  ALIGNMENTS,
  FOLLOW_ITEM,
  FOLLOW_NOTES,
  ITEMS,
  LANDING,
  NOTES,
  PROGRESS_NOTES,
  RATING_ADDITIONS,
  RATING_COMMENTS,
} from './texts-record';
import type { DemoRound } from './timeline';
import { moment, weekday } from './timeline';

/**
 * A held interview written up as an interviewer and an employee would: the record (landing point,
 * agenda, すり合わせ), notes of each visibility, the action plan, its confirmations by both sides, the
 * follow-ups that came after, and the employee's rating. `age` says how the plan has fared by today.
 */
export type RecordOut = {
  records: (typeof interviewRecords.$inferInsert)[];
  notes: (typeof interviewNotes.$inferInsert)[];
  items: (typeof actionItems.$inferInsert)[];
  confirmations: (typeof planConfirmations.$inferInsert)[];
  followUps: (typeof followUps.$inferInsert)[];
  followUpItems: (typeof followUpItems.$inferInsert)[];
  ratings: (typeof interviewRatings.$inferInsert)[];
  reflections: (typeof interviewReflections.$inferInsert)[];
};

export const emptyRecord = (): RecordOut => ({
  records: [],
  notes: [],
  items: [],
  confirmations: [],
  followUps: [],
  followUpItems: [],
  ratings: [],
  reflections: [],
});

/** How the plan stands today: 'old' rounds are mostly done, the last past one is under way, the running one just agreed. */
export type PlanAge = 'old' | 'last' | 'new';
export type Agreement = 'both' | 'interviewer' | 'none';

type Odds = readonly (readonly [string, number])[];
// Items due before today: mostly done, some dropped, a few late (the overdue HR sees). Items due later:
// under way or not started, the odd one done early. Old rounds' plans are long settled.
const PAST_DUE: Record<PlanAge, Odds> = {
  old: [
    ['done', 0.86],
    ['dropped', 0.11],
    ['inProgress', 0.03],
  ],
  last: [
    ['done', 0.7],
    ['dropped', 0.08],
    ['inProgress', 0.13],
    ['open', 0.09],
  ],
  new: [
    ['done', 0.5],
    ['inProgress', 0.5],
  ],
};
const NOT_DUE: Odds = [
  ['inProgress', 0.5],
  ['open', 0.4],
  ['done', 0.1],
];

function statusFor(d: Dice, odds: Odds): string {
  let r = d.next();
  for (const [s, p] of odds) {
    r -= p;
    if (r < 0) return s;
  }
  return odds[0]![0];
}

/** How far out an item is due: the running round's just-agreed plans and the last one's run ahead. */
const DUE_DAYS: Record<PlanAge, [number, number]> = { old: [30, 150], last: [45, 300], new: [30, 150] };

const question = (d: Dice) =>
  d.pick(DEFAULT_QUESTIONS[d.pick(['currentWork', 'achievements', 'careerGoals', 'skillsGrowth', 'closing'] as const)]);

export function writeUp(
  d: Dice,
  pr: Profile,
  opts: {
    interviewId: string;
    employeeId: string;
    interviewerId: string;
    round: DemoRound;
    heldAt: Date;
    age: PlanAge;
    agreement: Agreement;
    hadPlan: boolean;
    today: string;
    now: Date;
    /** Follow-ups stop here: the next round's interview takes over. */
    followUntil: string;
  },
): RecordOut {
  const out = emptyRecord();
  const { interviewId, employeeId, interviewerId, heldAt, today } = opts;
  const heldDay = heldAt.toISOString().slice(0, 10);
  // What followed the interview, on working days, and never after the load runs (an interview held yesterday
  // was confirmed and rated a moment ago, not tomorrow).
  const latest = opts.now.getTime() - 10 * 60_000;
  const at = (days: number, hhmm = '17:30') => new Date(Math.min(moment(weekday(addDays(heldDay, days)), hhmm).getTime(), latest));
  const agenda: AgendaItem[] = [
    ...(opts.hadPlan ? [{ id: 'plan', kind: 'plan' as const, label: '前回のアクションプランの振り返り', done: true }] : []),
    ...opts.round.themes.map((t, i) => ({ id: `theme-${i}`, kind: 'theme' as const, label: t.title.ja, done: true })),
    { id: 'sheet', kind: 'sheet', label: 'シート: 今の仕事で抱えている課題や悩み', done: true },
    { id: 'question', kind: 'question', label: question(d)?.ja ?? '次回の面談までに取り組みたいことは何ですか?', done: d.chance(0.8) },
  ];
  const rhythm = d.chance(0.6) ? 'monthly' : d.chance(0.7) ? 'quarterly' : 'none';
  const rev = 1;
  out.records.push({
    interviewId,
    landingPoint: d.pick(LANDING[pr.track]),
    agenda,
    alignment: d.pick(ALIGNMENTS[pr.area][pr.track]),
    nextInterviewOn: addDays(heldDay, 180),
    followRhythm: rhythm,
    heldAt,
    planRevision: rev,
    employeeConfirmedRev: opts.agreement === 'both' ? rev : null,
    interviewerConfirmedRev: opts.agreement === 'none' ? null : rev,
    createdAt: new Date(heldAt.getTime() - 2 * 86_400_000),
    updatedAt: at(1),
  });

  const note = (visibility: keyof typeof NOTES, minutes: number) =>
    out.notes.push({
      interviewId,
      authorId: interviewerId,
      visibility,
      body: d.pick(NOTES[visibility]),
      createdAt: new Date(heldAt.getTime() + minutes * 60_000),
      updatedAt: new Date(heldAt.getTime() + minutes * 60_000),
    });
  if (d.chance(0.9)) note('shared', 40);
  if (d.chance(0.4) || (pr.move && opts.round.index < 2)) note('hr_manager', 50);
  if (d.chance(0.3)) note('private', 55);

  const plan = [...d.some(ITEMS[pr.area][pr.track], 2), ...(rhythm !== 'none' ? [FOLLOW_ITEM] : [])];
  const items = plan.map((p, i) => {
    const [lo, hi] = DUE_DAYS[opts.age];
    const dueOn = addDays(heldDay, Math.min(hi, lo + i * 30 + d.int(0, hi - lo)));
    const status = statusFor(d, dueOn < today ? PAST_DUE[opts.age] : NOT_DUE);
    return {
      id: randomUUID(),
      interviewId,
      employeeId,
      position: i,
      what: p.what,
      owner: p.owner,
      dueOn,
      target: p.target,
      status,
      progressNote: status === 'open' ? '' : d.pick(PROGRESS_NOTES[status as keyof typeof PROGRESS_NOTES]),
      createdAt: new Date(heldAt.getTime() + 60 * 60_000),
      updatedAt:
        status === 'open' ? new Date(heldAt.getTime() + 60 * 60_000) : at(Math.min(60, Math.max(1, daysUntil(heldDay, today) - 1))),
    };
  });
  out.items.push(...items);
  const snapshot = items.map(({ id, what, owner, dueOn, target }) => ({ id, what, owner, dueOn, target, status: 'open' }));
  if (opts.agreement !== 'none') {
    out.confirmations.push({
      interviewId,
      revision: rev,
      party: 'interviewer',
      personId: interviewerId,
      items: snapshot,
      confirmedAt: at(0),
    });
  }
  if (opts.agreement === 'both') {
    out.confirmations.push({
      interviewId,
      revision: rev,
      party: 'employee',
      personId: employeeId,
      items: snapshot,
      confirmedAt: at(2, '12:10'),
    });
  }

  // Follow-up 1on1s (アフターフォロー), about monthly, while the plan runs and before the next round.
  if (opts.agreement === 'both' && rhythm !== 'none') {
    const step = rhythm === 'monthly' ? 30 : 90;
    for (let k = 1; k <= 3; k++) {
      const day = weekday(addDays(heldDay, k * step + d.int(-3, 3)));
      if (day >= today || day >= opts.followUntil) break;
      const id = randomUUID();
      out.followUps.push({
        id,
        interviewId,
        employeeId,
        authorId: interviewerId,
        heldOn: day,
        note: d.pick(FOLLOW_NOTES),
        createdAt: moment(day, '16:00'),
      });
      for (const it of items) {
        const status = it.status === 'open' ? 'open' : k === 1 && it.status === 'done' ? 'inProgress' : it.status;
        out.followUpItems.push({
          followUpId: id,
          itemId: it.id,
          status,
          note: status === 'open' ? '' : d.pick(PROGRESS_NOTES[status as keyof typeof PROGRESS_NOTES]),
        });
      }
    }
  }

  if (opts.agreement !== 'none' && d.chance(0.72)) {
    const rating = d.scale(pr.mood + 0.7, 0.7);
    out.ratings.push({
      interviewId,
      rating,
      comment: d.chance(0.3) ? d.pick(RATING_COMMENTS) + (d.chance(0.5) ? d.pick(RATING_ADDITIONS) : '') : '',
      createdAt: at(3, '19:00'),
    });
    // The four questions on the seed's cautions, answered with the rating (interviewers differ in what they do well).
    const createdAt = at(3, '19:05');
    const score = (c: number) => d.scale(pr.mood + 0.6 + styleOf(interviewerId, c), 0.7);
    out.reflections.push({
      interviewId,
      interviewerId,
      period: periodOf(companyDate(createdAt)),
      listen: score(0),
      strengths: score(1),
      support: score(2),
      followUp: score(3),
      createdAt,
    });
  }
  return out;
}

/** An interviewer's leaning on each caution, −0.6…+0.4, from their id: some listen well and follow up less, others the reverse. */
function styleOf(interviewerId: string, caution: number): number {
  let h = caution * 7;
  for (const ch of interviewerId) h = (h * 31 + ch.charCodeAt(0)) % 1009;
  return ((h % 6) - 3) * 0.15 + 0.05;
}

const daysUntil = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
