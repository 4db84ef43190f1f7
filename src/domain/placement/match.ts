import { type Gap, gapsFor, shortfall } from '../career/gaps';
import { skillKey, type Relocation, type Timeframe, type Track } from './schemas';

/**
 * 最適な人材配置: how well a person fits an open position, as a sum of points HR can read and
 * check. Every point comes with a reason; there is nothing else in the score. Cautions (a different
 * track, no relocation) carry 0 points: they are for HR to weigh, not for the machine.
 */
export const WEIGHTS = {
  departmentExact: 30,
  // The wish names a department above the position's (e.g. 開発本部 for 第一開発部).
  departmentWithin: 15,
  role: 10,
  track: 20,
  trackUndecided: 5,
  // All required skills at level 5; fewer or lower levels earn their share.
  skills: 40,
  timeframe: { within1y: 10, in1to3y: 5, over3y: 0 } satisfies Record<Timeframe, number>,
  relocation: { ok: 5, depends: 2, no: 0 } satisfies Record<Relocation, number>,
} as const;

export const MAX_LEVEL = 5;

export type PositionFacts = {
  title: string;
  track: Track | string;
  requiredSkills: string[];
  /** The position's department and its parents, nearest first ([] without a department). */
  departmentPath: string[];
  /**
   * The career role the position is (issue 18.4), when it names one of the current map: its expected levels replace
   * the required skills as the skills criterion, scored on the shortfall (0 = ready).
   */
  role?: { name: string; skills: { name: string; level: number }[] } | null;
};

export type WishFacts = {
  desiredRole: string;
  desiredDepartmentId: string | null;
  track: Track | string;
  timeframe: Timeframe | string;
  relocation: Relocation | string;
};

export type CandidateFacts = {
  employeeId: string;
  /** The person's department now: a position in it is a move without moving house. */
  departmentId?: string | null;
  /** null: someone without an open wish whose skills fit. */
  wish: WishFacts | null;
  /** The person's skills; only those the position requires count. */
  skills: { name: string; level: number }[];
};

export const REASON_CODES = [
  'departmentExact',
  'departmentWithin',
  'role',
  'track',
  'trackUndecided',
  'trackDiffers',
  'skills',
  'noSkills',
  'timeframe',
  'relocation',
  'noRelocation',
  'noWish',
  'roleFit',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export type Reason = {
  code: ReasonCode;
  points: number;
  /** Raw values (enum codes, names, counts); the presenter words them in the reader's language. */
  params: Record<string, string | number>;
  skills?: { name: string; level: number }[];
  /** roleFit: each expected skill against the person's level. */
  gaps?: Gap[];
};

export type Scored<T extends CandidateFacts> = T & { score: number; reasons: Reason[] };

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** The desired role and the title name the same job when one contains the other (「テックリード」 ⊂ 「決済基盤のテックリード」). */
export function roleMatches(desired: string, title: string): boolean {
  const a = norm(desired);
  const b = norm(title);
  return a.length >= 2 && b.length >= 2 && (a.includes(b) || b.includes(a));
}

function wishReasons(p: PositionFacts, w: WishFacts): Reason[] {
  const out: Reason[] = [];
  const [own, ...parents] = p.departmentPath;
  if (w.desiredDepartmentId && w.desiredDepartmentId === own)
    out.push({ code: 'departmentExact', points: WEIGHTS.departmentExact, params: {} });
  else if (w.desiredDepartmentId && parents.includes(w.desiredDepartmentId))
    out.push({ code: 'departmentWithin', points: WEIGHTS.departmentWithin, params: {} });
  if (w.desiredRole && roleMatches(w.desiredRole, p.title))
    out.push({ code: 'role', points: WEIGHTS.role, params: { role: w.desiredRole } });
  if (p.track === 'management' || p.track === 'specialist') {
    if (w.track === p.track) out.push({ code: 'track', points: WEIGHTS.track, params: { track: p.track } });
    else if (w.track === 'undecided') out.push({ code: 'trackUndecided', points: WEIGHTS.trackUndecided, params: {} });
    else out.push({ code: 'trackDiffers', points: 0, params: { track: w.track } });
  }
  return out;
}

function skillReason(p: PositionFacts, skills: CandidateFacts['skills']): Reason | null {
  if (!p.requiredSkills.length) return null;
  const have = new Map(skills.map((s) => [skillKey(s.name), s]));
  const matched = p.requiredSkills.flatMap((name) => {
    const s = have.get(skillKey(name));
    return s ? [{ name: s.name, level: Math.max(0, Math.min(MAX_LEVEL, s.level)) }] : [];
  });
  const required = p.requiredSkills.length;
  if (!matched.length) return { code: 'noSkills', points: 0, params: { required } };
  const levels = matched.reduce((sum, s) => sum + s.level, 0);
  const points = Math.round((WEIGHTS.skills * levels) / (MAX_LEVEL * required));
  return { code: 'skills', points, params: { matched: matched.length, required }, skills: matched };
}

/**
 * Against a career role: the same 40 points, shared by how much of the expected levels the person has (a level above
 * the expected one earns nothing more: the role asks for 4, a 5 is ready, not better). Shortfall 0 is ready.
 */
function roleReason(role: NonNullable<PositionFacts['role']>, skills: CandidateFacts['skills']): Reason | null {
  const total = role.skills.reduce((s, e) => s + e.level, 0);
  if (!total) return null;
  const gaps = gapsFor(role.skills, skills);
  const missing = shortfall(gaps);
  const points = Math.round((WEIGHTS.skills * (total - missing)) / total);
  return { code: 'roleFit', points, params: { role: role.name, shortfall: missing, met: total - missing, total }, gaps };
}

/** The score of one candidate for one position, with the reasons that make it up. */
export function scoreCandidate(p: PositionFacts, c: CandidateFacts): { score: number; reasons: Reason[] } {
  const reasons: Reason[] = [];
  if (c.wish) reasons.push(...wishReasons(p, c.wish));
  const skills = p.role?.skills.length ? roleReason(p.role, c.skills) : skillReason(p, c.skills);
  if (skills) reasons.push(skills);
  if (c.wish) {
    // Readiness: how soon they want to move, and whether a move may mean moving house.
    reasons.push({
      code: 'timeframe',
      points: WEIGHTS.timeframe[c.wish.timeframe as Timeframe] ?? 0,
      params: { timeframe: c.wish.timeframe },
    });
    // A position in their own department moves nobody's house: whatever they said about relocation does not apply,
    // and it is neither a caution nor fewer points. Mendan knows no work locations beyond that (see reasons.ts).
    if (p.departmentPath[0] && c.departmentId === p.departmentPath[0])
      reasons.push({ code: 'noRelocation', points: WEIGHTS.relocation.ok, params: {} });
    else
      reasons.push({
        code: 'relocation',
        points: WEIGHTS.relocation[c.wish.relocation as Relocation] ?? 0,
        params: { relocation: c.wish.relocation },
      });
  } else {
    reasons.push({ code: 'noWish', points: 0, params: {} });
  }
  return { score: reasons.reduce((sum, r) => sum + r.points, 0), reasons };
}

const TIMEFRAME_ORDER: Record<string, number> = { within1y: 0, in1to3y: 1, over3y: 2 };
const matchedCount = (r: Reason[]) =>
  Number(r.find((x) => x.code === 'skills')?.params.matched ?? -(r.find((x) => x.code === 'roleFit')?.params.shortfall ?? 0));

/**
 * Best first. Ties go to someone who asked (a stated wish), then the sooner timeframe, then more of
 * the required skills; the employee id last keeps pages stable between requests.
 */
export function rankCandidates<T extends CandidateFacts>(p: PositionFacts, candidates: readonly T[]): Scored<T>[] {
  return candidates
    .map((c) => ({ ...c, ...scoreCandidate(p, c) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        Number(!!b.wish) - Number(!!a.wish) ||
        (TIMEFRAME_ORDER[a.wish?.timeframe ?? ''] ?? 9) - (TIMEFRAME_ORDER[b.wish?.timeframe ?? ''] ?? 9) ||
        matchedCount(b.reasons) - matchedCount(a.reasons) ||
        (a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0),
    );
}
