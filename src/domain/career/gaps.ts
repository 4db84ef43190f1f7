import { skillKey } from '../placement/schemas';

// Pure rules of the career map: what a role expects against what a person has (issue 18).

export const TRACKS = ['management', 'specialist', 'common'] as const;
export type Track = (typeof TRACKS)[number];
export const GOAL_TERMS = ['short', 'mid', 'long'] as const;
export type GoalTerm = (typeof GOAL_TERMS)[number];

export type Expected = { name: string; level: number };
export type Held = { name: string; level: number };
export type Gap = { name: string; expected: number; current: number; met: boolean };

/** Each expected skill with the person's level (0 when they do not list it); unmet first, in the role's order. */
export function gapsFor(expected: readonly Expected[], held: readonly Held[]): Gap[] {
  const have = new Map(held.map((h) => [skillKey(h.name), h.level]));
  const all = expected.map((e) => {
    const current = have.get(skillKey(e.name)) ?? 0;
    return { name: e.name, expected: e.level, current, met: current >= e.level };
  });
  return [...all.filter((g) => !g.met), ...all.filter((g) => g.met)];
}

/** Levels still missing in total: 0 is ready, 1 is one step away (one skill one level short). */
export const shortfall = (gaps: readonly Gap[]): number => gaps.reduce((s, g) => s + Math.max(0, g.expected - g.current), 0);

export type Readiness = 'ready' | 'oneStep' | 'further';
export const readinessOf = (missing: number): Readiness => (missing === 0 ? 'ready' : missing === 1 ? 'oneStep' : 'further');

const norm = (s: string | null | undefined) => (s ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/**
 * Where a person stands on the map. Their family: the one whose departments include theirs (or one above it),
 * when any family names departments. Within it, the role named as their job title (the grade decides between
 * roles of the same name), else the only role of their grade. null when neither says — the map then shows
 * every family's first steps.
 */
export function currentRoleOf<R extends { name: string; grade: string; familyCode: string; departmentCodes: string[] }>(
  all: readonly R[],
  person: { jobTitle: string | null; grade: string | null; departmentPath: string[] },
): R | null {
  // The nearest department that a family names decides (開発第一部 before 開発本部).
  const family = person.departmentPath.map((c) => all.find((r) => r.departmentCodes.includes(c))).find(Boolean)?.familyCode;
  const roles = family ? all.filter((r) => r.familyCode === family) : all;
  const title = norm(person.jobTitle);
  const grade = norm(person.grade);
  const named = title ? roles.filter((r) => norm(r.name) === title) : [];
  if (named.length === 1) return named[0]!;
  if (named.length > 1) return named.find((r) => norm(r.grade) === grade) ?? null;
  const graded = grade ? roles.filter((r) => norm(r.grade) === grade) : [];
  return graded.length === 1 ? graded[0]! : null;
}

/**
 * 「TypeScript:4; 設計:3」 → expected skills. Separators ; 、 ・ or a new line; NFKC makes 「:」 of
 * 「：」 and digits of full-width ones. Errors name the piece that is wrong.
 */
export function parseExpected(cell: string): { skills: Expected[]; error: { key: string; params?: Record<string, unknown> } | null } {
  const skills: Expected[] = [];
  const seen = new Set<string>();
  for (const raw of cell.normalize('NFKC').split(/[;、\n]/)) {
    const piece = raw.trim();
    if (!piece) continue;
    const m = /^(.+?)\s*:\s*(\d+)$/.exec(piece);
    if (!m) return { skills, error: { key: 'career.errors.skillFormat', params: { piece } } };
    const name = m[1]!.trim();
    const level = Number(m[2]);
    if (name.length > 100) return { skills, error: { key: 'career.errors.skillFormat', params: { piece } } };
    if (level < 1 || level > 5) return { skills, error: { key: 'career.errors.skillLevel', params: { piece } } };
    const key = skillKey(name);
    if (seen.has(key)) return { skills, error: { key: 'career.errors.skillTwice', params: { name } } };
    seen.add(key);
    skills.push({ name, level });
  }
  return { skills, error: null };
}

export const formatExpected = (skills: readonly Expected[]) => skills.map((s) => `${s.name}:${s.level}`).join('; ');

/** 「ENG-M1; ENG-S1」 → codes, trimmed, each once. */
export const parseCodes = (cell: string): string[] => [
  ...new Set(
    cell
      .normalize('NFKC')
      .split(/[;、,\s]+/)
      .map((c) => c.trim())
      .filter(Boolean),
  ),
];
