import { randomUUID } from 'node:crypto';
import type { interviews, interviewSlots, riskActions } from '../../db/schema';
import { evaluateRisk } from '../insight/risk-rules';
import type { FieldDef } from '../forms/definition';
import { addDays } from '../shared/calendar';
import { type FormState, formsFor, type FormsOut } from './forms';
import { departmentAt, inRound, interviewerAt, type Profile } from './people';
import type { DemoPerson } from './company';
import { Dice } from './random';
import { type Agreement, emptyRecord, type PlanAge, type RecordOut, writeUp } from './record';
import { RISK_NOTES } from './texts-record';
import { type DemoRound, moment, RUNNING, START_TIMES, weekday, weekdayBefore } from './timeline';

/** Where each interview of the running round stands: every step of the flow has people in it. */
export const RUNNING_STATES = ['notStarted', 'sheetDraft', 'sheetSubmitted', 'prepared', 'offered', 'scheduled', 'held', 'agreed'] as const;
export type RunningState = (typeof RUNNING_STATES)[number];
const WEIGHTS: Record<RunningState, number> = {
  notStarted: 9,
  sheetDraft: 8,
  sheetSubmitted: 11,
  prepared: 8,
  offered: 8,
  scheduled: 18,
  held: 13,
  agreed: 25,
};

export type StoryCtx = {
  seed: number;
  today: string;
  rounds: DemoRound[];
  versions: { sheet: string; survey: string };
  surveyFields: FieldDef[];
  idOf: (p: DemoPerson) => string;
  deptId: (code: string) => string;
  heads: Map<string, DemoPerson>;
  hrActor: string;
  /** Forced states of the running round (the printed sign-ins and the manager's team). */
  forced: Map<string, RunningState>;
  /** When the load runs: nothing that happened is stamped later than this. */
  now: Date;
};

export type StoryOut = RecordOut &
  Omit<FormsOut, 'survey' | 'hrOnly'> & {
    interviews: (typeof interviews.$inferInsert)[];
    slots: (typeof interviewSlots.$inferInsert)[];
    riskActions: (typeof riskActions.$inferInsert)[];
  };

export const emptyStory = (): StoryOut => ({ ...emptyRecord(), responses: [], answers: [], interviews: [], slots: [], riskActions: [] });

function runningState(d: Dice, forced: RunningState | undefined): RunningState {
  if (forced) return forced;
  const total = Object.values(WEIGHTS).reduce((a, b) => a + b, 0);
  let r = d.next() * total;
  for (const s of RUNNING_STATES) {
    r -= WEIGHTS[s];
    if (r < 0) return s;
  }
  return 'agreed';
}

const ROOMS = ['第2会議室', '小会議室A', '小会議室B', '応接室'];
const place = (d: Dice) =>
  d.chance(0.35)
    ? { locationType: 'online', location: `https://meet.example.jp/${Math.floor(d.next() * 1e9).toString(36)}` }
    : { locationType: 'room', location: d.pick(ROOMS) };

/** Everything one person did in the demo's rounds, from their own random stream. */
export function storyOf(ctx: StoryCtx, pr: Profile, out: StoryOut): void {
  const d = Dice.of(ctx.seed, `story:${pr.person.number}`);
  const employeeId = ctx.idOf(pr.person);
  let hadPlan = false;
  const attended = ctx.rounds.filter((r) => inRound(pr, r));
  for (const round of attended) {
    const interviewer = interviewerAt(pr, round, ctx.heads);
    const department = departmentAt(pr, round);
    const interviewId = randomUUID();
    const running = round.index === RUNNING;
    const state = running ? runningState(d, ctx.forced.get(pr.person.number)) : d.chance(0.95) ? 'agreed' : 'notHeld';
    const lastBeforeLeaving = !!pr.leftOn && round === attended.at(-1);
    const heldDay = weekdayBefore(addDays(round.heldFrom, d.int(0, Math.max(0, daysBetween(round.heldFrom, round.heldTo)))));
    const heldAt = moment(heldDay, d.pick(START_TIMES));
    const held = state === 'held' || state === 'agreed';
    const prepBy = (days: number) => moment(addDays(held ? heldDay : round.heldTo, -days), '20:15');
    const sheet: FormState =
      state === 'notStarted' || state === 'notHeld' ? (d.chance(0.3) ? 'draft' : null) : state === 'sheetDraft' ? 'draft' : 'submitted';
    const survey: FormState =
      state === 'notStarted' || state === 'notHeld' || state === 'sheetDraft'
        ? null
        : state === 'sheetSubmitted'
          ? d.chance(0.5)
            ? 'draft'
            : null
          : 'submitted';
    const forms = formsFor(d, pr, {
      interviewId,
      round: round.index,
      department,
      sheet: { state: sheet, versionId: ctx.versions.sheet, at: prepBy(d.int(3, 9)) },
      survey: { state: survey, versionId: ctx.versions.survey, at: prepBy(d.int(2, 8)) },
      lastBeforeLeaving,
    });
    let status = held ? 'done' : 'preparing';
    let when: { start: Date; end: Date; locationType: string; location: string } | null = null;
    if (held) when = { start: heldAt, end: new Date(heldAt.getTime() + 3_600_000), ...place(d) };
    if (state === 'scheduled') {
      const day = weekday(addDays(ctx.today, pr.signIn === 'employee' ? 3 : d.int(1, 14)));
      const start = moment(day, pr.signIn === 'employee' ? '14:00' : d.pick(START_TIMES));
      when = { start, end: new Date(start.getTime() + 3_600_000), ...place(d) };
      status = 'scheduled';
    }
    out.interviews.push({
      id: interviewId,
      roundId: round.id,
      employeeId,
      interviewerId: interviewer ? ctx.idOf(interviewer) : null,
      departmentId: ctx.deptId(department),
      sortKey: `${pr.person.family[1]}${pr.person.given[1]} ${pr.person.number}`.slice(0, 140),
      status,
      scheduledStart: when?.start ?? null,
      scheduledEnd: when?.end ?? null,
      locationType: when?.locationType ?? null,
      location: when?.location ?? null,
      // 人事のみ answers are kept from the manager and the interviewer of the time (decision 0009).
      keptFrom: forms.hrOnly && interviewer ? [ctx.idOf(interviewer)] : [],
      createdAt: round.launchedAt,
      updatedAt: held ? heldAt : round.launchedAt,
    });
    out.responses.push(...forms.responses);
    out.answers.push(...forms.answers);
    if (interviewer && (state === 'scheduled' || state === 'offered')) slotsFor(d, ctx, interviewId, when, out);
    if (held && interviewer) {
      const next = ctx.rounds[round.index + 1];
      const agreement: Agreement = running
        ? state === 'agreed'
          ? 'both'
          : d.chance(0.5)
            ? 'interviewer'
            : 'none'
        : d.chance(0.93)
          ? 'both'
          : 'interviewer';
      const age: PlanAge = running ? 'new' : round.index === RUNNING - 1 ? 'last' : 'old';
      const rec = writeUp(d, pr, {
        interviewId,
        employeeId,
        interviewerId: ctx.idOf(interviewer),
        round,
        heldAt,
        age,
        agreement,
        hadPlan,
        today: ctx.today,
        now: ctx.now,
        followUntil: next?.heldFrom ?? ctx.today,
      });
      for (const k of Object.keys(rec) as (keyof RecordOut)[]) (out[k] as unknown[]).push(...rec[k]);
      hadPlan = true;
    }
    if (forms.survey && round.index >= RUNNING - 1) riskFollowUp(d, ctx, pr, round, forms.survey, out);
  }
}

/** Offered times: two or three open ones, or the chosen one with the others withdrawn. */
function slotsFor(
  d: Dice,
  ctx: StoryCtx,
  interviewId: string,
  chosen: { start: Date; end: Date; locationType: string; location: string } | null,
  out: StoryOut,
) {
  const offeredAt = moment(addDays(ctx.today, -d.int(3, 10)), '18:00');
  const n = d.int(2, 3);
  for (let k = 0; k < n; k++) {
    const start =
      k === 0 && chosen ? chosen.start : moment(weekday(addDays(ctx.today, d.int(2, 16))), d.pick(['10:30', '13:30', '15:00', '16:00']));
    const spot = k === 0 && chosen ? { locationType: chosen.locationType, location: chosen.location } : place(d);
    out.slots.push({
      interviewId,
      startsAt: start,
      endsAt: new Date(start.getTime() + 3_600_000),
      ...spot,
      proposedBy: 'interviewer',
      status: chosen ? (k === 0 ? 'chosen' : 'withdrawn') : 'open',
      createdAt: offeredAt,
    });
  }
}

/** HR acted on some retention-risk flags of the latest rounds (the flags follow from the stated rules). */
function riskFollowUp(d: Dice, ctx: StoryCtx, pr: Profile, round: DemoRound, survey: Record<string, unknown>, out: StoryOut) {
  const matched = evaluateRisk(survey as Parameters<typeof evaluateRisk>[0], ctx.surveyFields);
  if (!matched.length || !d.chance(0.6)) return;
  const action = d.pick(['contacted', 'followUp', 'watch', 'dismissed'] as const);
  const day = round.index === RUNNING ? addDays(ctx.today, -d.int(1, 6)) : addDays(round.heldTo, d.int(1, 10));
  out.riskActions.push({
    employeeId: ctx.idOf(pr.person),
    roundId: round.id,
    action,
    note: RISK_NOTES[action],
    actorId: ctx.hrActor,
    createdAt: moment(weekdayBefore(day), '11:20'),
  });
}

const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
