import { randomUUID } from 'node:crypto';
import type { formAnswers, formResponses } from '../../db/schema';
import type { AnswerValue } from '../forms/definition';
import { DEPARTMENT_EFFECT, type Profile } from './people';
import type { Dice } from './random';
import { EFFORTS, ISSUES, LINKS, SUPPORT_DETAIL } from './texts-sheet';
import { DESIRED_ROLES, IDEAS, LIFE_EVENTS, PAY, QUALIFICATIONS, SKILL_IMAGES, SKILL_PLANS, SKILLS } from './texts-survey';

/**
 * One person's career sheet and pre-survey in one round (field ids of the default templates,
 * domain/forms/default-templates.ts). What they write follows their profile; the round index weights
 * the texts (texts-sheet.ts) so that themes move over time.
 */
export type FormState = 'draft' | 'submitted' | null;
export type Answer = { fieldId: string; value: AnswerValue; hrOnly: boolean };
export type FormsOut = {
  responses: (typeof formResponses.$inferInsert)[];
  answers: (typeof formAnswers.$inferInsert)[];
  /** The survey as written (for the retention-risk rules), when there is one. */
  survey: Record<string, AnswerValue> | null;
  hrOnly: boolean;
};

const SCALES = ['jobSatisfaction', 'rewarding', 'workload', 'teamAtmosphere', 'careerAnxiety'] as const;

function sheetAnswers(d: Dice, pr: Profile, round: number): Answer[] {
  const a = (fieldId: string, value: AnswerValue, hrOnly = false): Answer => ({ fieldId, value, hrOnly });
  const issue = d.text(ISSUES[pr.area], round) + (d.chance(0.4) ? d.text(ISSUES.any, round) : '');
  const out = [
    a('currentIssues', issue),
    a('careerGoals', pr.goals),
    a('careerTrack', pr.track),
    a('currentEfforts', d.text(EFFORTS[pr.area], round)),
    a('skillsBuilding', d.some(SKILLS[pr.area], d.int(1, 3))),
    a('supportTypes', d.some(['training', 'qualification', 'ojt', 'project', 'mentoring', 'workStyle'], d.int(1, 3))),
  ];
  if (d.chance(0.7)) out.push(a('workGoalLink', d.pick(LINKS[pr.track])));
  if (d.chance(0.6)) out.push(a('supportDetail', d.pick(SUPPORT_DETAIL)));
  if (pr.move && d.chance(0.5)) out.push(a('supportTypes', ['transfer', 'training']));
  return out;
}

function surveyAnswers(d: Dice, pr: Profile, round: number, department: string, lastBeforeLeaving: boolean): Answer[] {
  const a = (fieldId: string, value: AnswerValue, hrOnly = false): Answer => ({ fieldId, value, hrOnly });
  // People feel a little better round by round (the interviews' effect HR looks for in the outcomes).
  const drift = [0, 0.05, 0.15, 0.4][round] ?? 0.4;
  const effect = DEPARTMENT_EFFECT[department] ?? {};
  const worry = pr.track === 'undecided' ? -0.5 : 0;
  const out: Answer[] = SCALES.map((f) => {
    const mean = pr.mood + drift + (effect[f]?.[round] ?? 0) + (f === 'careerAnxiety' ? worry - 0.3 : 0);
    return a(f, lastBeforeLeaving && (f === 'jobSatisfaction' || f === 'careerAnxiety') ? d.int(1, 2) : d.scale(mean));
  });
  const wantsMove = lastBeforeLeaving || (!!pr.move && d.chance(0.7)) || (pr.mood < 2.8 && d.chance(0.4));
  out.push(a('transferWish', wantsMove ? 'move' : d.chance(0.75) ? 'stay' : 'either', !!pr.move && d.chance(0.3)));
  if (d.chance(0.8)) out.push(a('skillUpPlan', d.text(SKILL_PLANS[pr.area], round)));
  if (d.chance(0.55)) out.push(a('skillUpImage', d.pick(SKILL_IMAGES[pr.track])));
  if (d.chance(0.75)) out.push(a('improvementIdeas', d.text(d.chance(0.6) ? IDEAS[pr.area] : IDEAS.any, round)));
  if (d.chance(0.6)) out.push(a('desiredRole', d.pick(DESIRED_ROLES[pr.area][pr.track])));
  if (d.chance(0.5)) out.push(a('desiredPay', d.pick(PAY), d.chance(0.6)));
  if (d.chance(0.5)) out.push(a('qualifications', d.pick(QUALIFICATIONS[pr.area])));
  const styles =
    pr.life === 'childcare'
      ? ['shortHours', 'remote']
      : pr.life === 'care'
        ? ['remote', 'flex']
        : [d.pick(['remote', 'flex', 'sideJob', 'none'])];
  out.push(a('workStyleWish', styles));
  if (pr.life !== 'none' && d.chance(0.9)) out.push(a('lifeEvents', d.pick(LIFE_EVENTS[pr.life]), d.chance(0.85)));
  return out;
}

/** A draft is the first few answers, as someone who started and stopped. */
const draftOf = (d: Dice, answers: Answer[]) => answers.slice(0, d.int(1, Math.max(1, answers.length - 2)));

export function formsFor(
  d: Dice,
  pr: Profile,
  opts: {
    interviewId: string;
    round: number;
    department: string;
    sheet: { state: FormState; versionId: string; at: Date };
    survey: { state: FormState; versionId: string; at: Date };
    lastBeforeLeaving: boolean;
  },
): FormsOut {
  const out: FormsOut = { responses: [], answers: [], survey: null, hrOnly: false };
  const add = (kind: 'sheet' | 'survey', state: FormState, versionId: string, at: Date, all: Answer[]) => {
    if (!state) return;
    const id = randomUUID();
    const written = state === 'draft' ? draftOf(d, all) : all;
    const created = new Date(at.getTime() - 3 * 86_400_000);
    out.responses.push({
      id,
      interviewId: opts.interviewId,
      kind,
      templateVersionId: versionId,
      status: state,
      submittedAt: state === 'submitted' ? at : null,
      createdAt: created,
      updatedAt: at,
    });
    // A field answered twice (supportTypes of a mover) keeps the last value.
    const byField = new Map(written.map((x) => [x.fieldId, x]));
    for (const x of byField.values()) {
      out.answers.push({ responseId: id, fieldId: x.fieldId, value: x.value, hrOnly: x.hrOnly, updatedAt: at });
      if (x.hrOnly) out.hrOnly = true;
    }
    if (kind === 'survey' && state === 'submitted') out.survey = Object.fromEntries([...byField].map(([k, x]) => [k, x.value]));
  };
  add('sheet', opts.sheet.state, opts.sheet.versionId, opts.sheet.at, sheetAnswers(d, pr, opts.round));
  add(
    'survey',
    opts.survey.state,
    opts.survey.versionId,
    opts.survey.at,
    surveyAnswers(d, pr, opts.round, opts.department, opts.lastBeforeLeaving),
  );
  return out;
}
