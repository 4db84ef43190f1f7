import type { DemoCompany, DemoPerson } from './company';
import { DEMO_DEPARTMENTS } from './names';
import { Dice } from './random';
import { addDays } from '../shared/calendar';
import type { DemoRound } from './timeline';
import type { Area, Goals, Track } from './texts-sheet';
import { GOALS } from './texts-sheet';
import type { Life } from './texts-survey';

/**
 * Who each person of the demo company is over time: what they do, which way they lean, how they feel
 * about work, what is going on at home, and whether they left or moved department. Everything the rounds
 * then record follows from this, so one person's answers, notes and plans tell one consistent story.
 */
export type Profile = {
  person: DemoPerson;
  area: Area;
  track: Track;
  goals: Goals;
  /** How satisfied they tend to be, 1–5. */
  mood: number;
  life: Life;
  /** Left the company on this day (the retired people of the generated company). */
  leftOn: string | null;
  /** Moved into their current department on this day, from `from`. */
  move: { from: string; on: string } | null;
  /** One of the printed sign-ins: their story is shaped, not left to chance. */
  signIn: 'employee' | 'manager' | null;
};

export const areaOf = (code: string): Area => (code.startsWith('SALES') ? 'sales' : code.startsWith('DEV') ? 'dev' : 'corp');

/** Below 本部長: the grades that take part in career rounds (G1–G5). */
export const takesPart = (p: DemoPerson) => p.level !== 'ceo' && p.level !== 'divisionHead';

// Some departments feel some things more (as a real survey shows): DEV-2 had an overtime problem that
// eased, SALES-2's atmosphere is strained.
export const DEPARTMENT_EFFECT: Record<string, Partial<Record<string, readonly number[]>>> = {
  'DEV-2': { workload: [-1.2, -1, -0.5, -0.2], jobSatisfaction: [-0.4, -0.3, -0.1, 0] },
  'SALES-2': { teamAtmosphere: [-0.8, -0.8, -0.7, -0.6] },
  'ADM-FIN': { workload: [-0.6, -0.6, -0.5, -0.4] },
};

export function profiles(company: DemoCompany, rounds: DemoRound[], seed: number, today: string): Map<string, Profile> {
  const out = new Map<string, Profile>();
  const first = rounds[0]!;
  const leaf = (p: DemoPerson) => p.level === 'member' || p.level === 'lead';
  for (const p of company.people) {
    const d = Dice.of(seed, `profile:${p.number}`);
    const area = areaOf(p.departmentCode);
    const lean = p.level === 'sectionHead' || p.level === 'deptHead' ? 0.75 : p.level === 'lead' ? 0.5 : 0.3;
    const track: Track = d.chance(lean) ? 'management' : d.chance(0.6) ? 'specialist' : 'undecided';
    const signIn = p === company.signIns.employee ? 'employee' : p === company.signIns.manager ? 'manager' : null;
    const leftOn =
      p.status === 'retired' ? addDays(first.heldTo, Math.floor(d.next() * (daysBetween(first.heldTo, today) - 20)) + 10) : null;
    // Movers: a few people with history, moved between the first round and the running one.
    const canMove = leaf(p) && p.status === 'active' && !signIn && p.hireDate < first.periodStart;
    const move = canMove && d.chance(0.03) ? { from: otherDepartment(d, p.departmentCode), on: moveDay(d, rounds) } : null;
    out.set(p.number, {
      person: p,
      area,
      track: signIn === 'employee' ? 'management' : track,
      goals: d.pick(GOALS[area][signIn === 'employee' ? 'management' : track]),
      // A few struggle (some of them leave); most are content enough.
      mood: leftOn ? 2.2 : d.chance(0.1) ? 2.2 + d.next() * 0.4 : 3.45 + (d.next() - 0.5) * 1.8,
      life: d.chance(0.12) ? 'childcare' : d.chance(0.06) ? 'care' : 'none',
      leftOn,
      move,
      signIn,
    });
  }
  return out;
}

const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

function otherDepartment(d: Dice, code: string): string {
  const depts = DEMO_DEPARTMENTS.filter((x) => x.weight > 0 && x.code !== code);
  return d.pick(depts).code;
}

/** A day between the second round and the running one: the move shows in the later rounds. */
function moveDay(d: Dice, rounds: DemoRound[]): string {
  const from = rounds[1]!.heldTo;
  const to = rounds.at(-1)!.periodStart;
  return addDays(from, 14 + Math.floor(d.next() * Math.max(1, daysBetween(from, to) - 28)));
}

/** Whether the person is in the round: in a grade that takes part, hired before it started, not yet gone. */
export function inRound(pr: Profile, round: DemoRound): boolean {
  const p = pr.person;
  if (!takesPart(p) || p.hireDate > round.periodStart) return false;
  return pr.leftOn === null ? p.status === 'active' : pr.leftOn > round.periodStart && round.status === 'closed';
}

/** The department the person was in when the round launched. */
export const departmentAt = (pr: Profile, round: DemoRound): string =>
  pr.move && pr.move.on > round.periodStart ? pr.move.from : pr.person.departmentCode;

/** The head of each 部 (部長): who interviewed a mover in their old department. */
export function departmentHeads(company: DemoCompany): Map<string, DemoPerson> {
  return new Map(company.people.filter((p) => p.level === 'deptHead').map((p) => [p.departmentCode, p]));
}

/** Who interviewed the person in the round: their manager then (the old 部長 before a move). */
export function interviewerAt(pr: Profile, round: DemoRound, heads: Map<string, DemoPerson>): DemoPerson | null {
  const before = pr.move && pr.move.on > round.periodStart;
  return before ? (heads.get(pr.move!.from) ?? null) : pr.person.manager;
}
