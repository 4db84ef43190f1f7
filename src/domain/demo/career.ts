import { randomUUID } from 'node:crypto';
import type { careerWishes, departmentMoves, employeeCareerItems, employeeSkills, positions, wishDecisions } from '../../db/schema';
import { addDays } from '../shared/calendar';
import { moment } from './timeline';
import { DEMO_DEPARTMENTS } from './names';
import type { Profile } from './people';
import { Dice } from './random';
import { ACHIEVEMENTS, DECISION_MESSAGES, DECISION_NOTES, EXPERIENCES, PATH_NOTES, POSITIONS, TRANSFER_NOTES } from './texts-career';
import { DESIRED_ROLES, SKILLS } from './texts-survey';

/**
 * The skills inventory (スキル・経験の棚卸し), career wishes with HR's answers, internal moves and the
 * open positions: what placement (最適な人材配置) ranks people on.
 */
export type CareerOut = {
  skills: (typeof employeeSkills.$inferInsert)[];
  careerItems: (typeof employeeCareerItems.$inferInsert)[];
  wishes: (typeof careerWishes.$inferInsert)[];
  decisions: (typeof wishDecisions.$inferInsert)[];
  moves: (typeof departmentMoves.$inferInsert)[];
};

export type CareerCtx = {
  seed: number;
  today: string;
  idOf: (number: string) => string;
  deptId: (code: string) => string;
  hrActor: string;
  positionIds: Map<string, string>;
};

export const emptyCareer = (): CareerOut => ({ skills: [], careerItems: [], wishes: [], decisions: [], moves: [] });

const ym = (day: string) => day.slice(0, 7);
const POSITION_DEPTS = POSITIONS.filter((p) => p.open).map((p) => p.department);

export function careerOf(ctx: CareerCtx, pr: Profile, out: CareerOut): void {
  const d = Dice.of(ctx.seed, `career:${pr.person.number}`);
  const p = pr.person;
  const employeeId = ctx.idOf(p.number);
  const years = Math.max(0, Number(ctx.today.slice(0, 4)) - Number(p.hireDate.slice(0, 4)));
  const since = moment(addDays(ctx.today, -d.int(30, 400)), '12:00');
  for (const name of d.some(SKILLS[pr.area], d.int(3, 6))) {
    out.skills.push({
      employeeId,
      name,
      nameKey: name.normalize('NFKC').toLowerCase(),
      level: Math.max(1, Math.min(5, Math.round(1.5 + Math.min(years, 15) / 5 + d.next() * 1.5))),
      years: Math.min(years, d.int(1, 12)),
      note: '',
      createdAt: since,
      updatedAt: since,
    });
  }
  if (d.chance(0.6)) {
    const from = ym(addDays(ctx.today, -d.int(400, 2000)));
    const e = d.pick(EXPERIENCES[pr.area]);
    out.careerItems.push({
      employeeId,
      kind: 'experience',
      ...e,
      periodFrom: from,
      periodTo: d.chance(0.5) ? null : ym(addDays(ctx.today, -d.int(30, 380))),
      createdAt: since,
      updatedAt: since,
    });
    if (d.chance(0.5)) {
      const a = d.pick(ACHIEVEMENTS[pr.area]);
      const on = ym(addDays(ctx.today, -d.int(60, 700)));
      out.careerItems.push({ employeeId, kind: 'achievement', ...a, periodFrom: on, periodTo: on, createdAt: since, updatedAt: since });
    }
  }
  if (p.status !== 'active') return;

  if (pr.move) {
    // The wish that came true: a transfer HR answered with 「異動」, and the move itself.
    const wishId = randomUUID();
    const asked = moment(addDays(pr.move.on, -d.int(60, 120)), '21:00');
    out.wishes.push({
      id: wishId,
      employeeId,
      kind: 'transfer',
      desiredRole: '',
      desiredDepartmentId: ctx.deptId(p.departmentCode),
      track: pr.track,
      timeframe: 'within1y',
      relocation: 'depends',
      note: d.pick(TRANSFER_NOTES),
      disclosure: 'manager_hr',
      keptFrom: [],
      status: 'open',
      createdAt: asked,
      updatedAt: asked,
    });
    decide(ctx, out, wishId, 'moved', moment(addDays(pr.move.on, -20), '15:00'), null);
    out.moves.push({
      employeeId,
      fromDepartmentId: ctx.deptId(pr.move.from),
      toDepartmentId: ctx.deptId(p.departmentCode),
      movedOn: pr.move.on,
    });
    return;
  }

  const wants = pr.signIn === 'employee' || (p.level !== 'deptHead' && d.chance(p.level === 'sectionHead' ? 0.1 : 0.2));
  if (!wants) return;
  const transfer = pr.signIn === 'employee' || d.chance(0.55);
  const wishId = randomUUID();
  const asked = moment(addDays(ctx.today, -d.int(20, 240)), '21:30');
  const target = pr.signIn === 'employee' ? 'SALES-PL' : d.chance(0.6) ? d.pick(POSITION_DEPTS) : d.pick(DEMO_DEPARTMENTS).code;
  const hrOnly = pr.signIn !== 'employee' && (pr.life !== 'none' || d.chance(0.2));
  out.wishes.push({
    id: wishId,
    employeeId,
    kind: transfer ? 'transfer' : 'careerPath',
    desiredRole: transfer && d.chance(0.5) ? '' : d.pick(DESIRED_ROLES[pr.area][pr.track]),
    desiredDepartmentId: transfer && target !== p.departmentCode ? ctx.deptId(target) : null,
    track: pr.track,
    timeframe: d.pick(['within1y', 'in1to3y', 'in1to3y', 'over3y'] as const),
    relocation: d.pick(['ok', 'depends', 'no'] as const),
    note: d.pick(transfer ? TRANSFER_NOTES : PATH_NOTES[pr.track]),
    disclosure: hrOnly ? 'hr_only' : 'manager_hr',
    // Kept from the manager they had when writing it (decision 0009).
    keptFrom: p.manager ? [ctx.idOf(p.manager.number)] : [],
    status: d.chance(0.05) ? 'withdrawn' : 'open',
    createdAt: asked,
    updatedAt: asked,
  });
  // Fix a wish with no target (a transfer to one's own department) into a role wish.
  const w = out.wishes.at(-1)!;
  if (!w.desiredRole && !w.desiredDepartmentId) w.desiredRole = d.pick(DESIRED_ROLES[pr.area][pr.track]);
  if (pr.signIn === 'employee') {
    decide(ctx, out, wishId, 'considered', new Date(asked.getTime() + 12 * 86_400_000), null);
    return;
  }
  if (!d.chance(0.5)) return;
  const decision = d.pick(['considered', 'considered', 'offered', 'notNow', 'notNow'] as const);
  const latest = moment(addDays(ctx.today, -1), '17:00').getTime();
  const when = new Date(Math.min(asked.getTime() + d.int(10, 40) * 86_400_000, latest));
  const position = decision === 'offered' ? (ctx.positionIds.get(target) ?? null) : null;
  decide(ctx, out, wishId, decision, when, position);
}

function decide(
  ctx: CareerCtx,
  out: CareerOut,
  wishId: string,
  decision: keyof typeof DECISION_MESSAGES,
  at: Date,
  positionId: string | null,
) {
  out.decisions.push({
    wishId,
    decision,
    positionId,
    message: DECISION_MESSAGES[decision],
    note: DECISION_NOTES[decision],
    decidedBy: ctx.hrActor,
    createdAt: at,
  });
}

/** The open positions and projects (one closed, filled last half), each keyed by its department code. */
export function positionRows(ctx: {
  today: string;
  deptId: (code: string) => string;
}): (typeof positions.$inferInsert & { code: string })[] {
  return POSITIONS.map((p, i) => {
    const at = moment(addDays(ctx.today, -20 - i * 9), '10:00');
    return {
      id: randomUUID(),
      code: p.department,
      kind: p.kind,
      title: p.title,
      departmentId: ctx.deptId(p.department),
      description: p.description,
      requiredSkills: [...p.skills],
      track: p.track,
      careerRoleCode: p.careerRole ?? null,
      status: p.open ? 'open' : 'closed',
      createdAt: at,
      updatedAt: at,
    };
  });
}
