import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { careerPaths, careerRoles, careerRoleSkills, careerVersions } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { can } from '../capabilities';
import { forbidden } from '../errors';
import { CAREER_PATH_COLUMNS, type CareerPathField } from '../imports/columns';
import { CSV_BOM, csvLine } from '../imports/csv';
import { type Expected, formatExpected, parseCodes, type Track } from './gaps';

export type FrameworkRole = {
  id: string;
  familyCode: string;
  familyName: string;
  code: string;
  name: string;
  track: Track;
  grade: string;
  level: number;
  skills: Expected[];
  /** Role ids this role leads to. */
  next: string[];
  /** Departments whose people belong to the role's family. */
  departmentCodes: string[];
};
export type Framework = { id: string; number: number; createdAt: Date; roles: FrameworkRole[] };

export async function nextVersionNumber(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`coalesce(max(${careerVersions.number}), 0)::int` }).from(careerVersions);
  return (row?.n ?? 0) + 1;
}

/** One version whole: its roles in file order, their expected skills and paths (three queries). */
export async function loadFramework(db: Db, versionId: string): Promise<Framework | null> {
  const [v] = await db.select().from(careerVersions).where(eq(careerVersions.id, versionId));
  if (!v) return null;
  const roles = await db.select().from(careerRoles).where(eq(careerRoles.versionId, v.id)).orderBy(asc(careerRoles.position));
  const ids = roles.map((r) => r.id);
  const [skills, paths] = ids.length
    ? await Promise.all([
        db.select().from(careerRoleSkills).where(inArray(careerRoleSkills.roleId, ids)),
        db.select().from(careerPaths).where(inArray(careerPaths.fromRoleId, ids)),
      ])
    : [[], []];
  // Expected skills keep the order the file gave (insertion order of the primary key is not guaranteed).
  return {
    id: v.id,
    number: v.number,
    createdAt: v.createdAt,
    roles: roles.map((r) => ({
      id: r.id,
      familyCode: r.familyCode,
      familyName: r.familyName,
      code: r.code,
      name: r.name,
      track: r.track as Track,
      grade: r.grade,
      level: r.level,
      skills: skills.filter((s) => s.roleId === r.id).map((s) => ({ name: s.name, level: s.level })),
      next: paths.filter((p) => p.fromRoleId === r.id).map((p) => p.toRoleId),
      departmentCodes: parseCodes(r.departmentCodes),
    })),
  };
}

/** The newest version, or null before HR imported any. */
export async function currentFramework(db: Db): Promise<Framework | null> {
  const [v] = await db.select({ id: careerVersions.id }).from(careerVersions).orderBy(desc(careerVersions.number)).limit(1);
  return v ? loadFramework(db, v.id) : null;
}

/** The role a goal was chosen in, as it was then (versions never change). */
export async function versionOfRole(db: Db, roleId: string): Promise<string | null> {
  const [r] = await db.select({ versionId: careerRoles.versionId }).from(careerRoles).where(eq(careerRoles.id, roleId));
  return r?.versionId ?? null;
}

/** Each role of a map as one row of the CSV file (the import's fields): what export writes and re-import compares. */
export function roleRows(f: Framework): Record<CareerPathField, string>[] {
  const codeOf = new Map(f.roles.map((r) => [r.id, r.code]));
  return f.roles.map((r) => ({
    jobFamilyCode: r.familyCode,
    jobFamilyName: r.familyName,
    roleCode: r.code,
    roleName: r.name,
    track: r.track,
    grade: r.grade,
    level: String(r.level),
    skills: formatExpected(r.skills),
    next: r.next.map((id) => codeOf.get(id)).join('; '),
    departments: r.departmentCodes.join('; '),
  }));
}

/** The current map as the import reads it, so an exported file re-imports unchanged. */
export async function exportCareerPaths(db: Db, opts: { actor: Actor }): Promise<AsyncGenerator<string>> {
  const { actor } = opts;
  if (!can(actor, 'exportEmployees')) throw forbidden();
  await audit(db, { actor, action: 'career.export', entityType: 'career' });
  const f = await currentFramework(db);
  async function* lines() {
    yield CSV_BOM + csvLine(CAREER_PATH_COLUMNS.map((c) => (actor.locale === 'ja' ? c.ja : c.en)));
    if (!f) return;
    yield roleRows(f)
      .map((row) => csvLine(CAREER_PATH_COLUMNS.map((c) => row[c.field])))
      .join('');
  }
  return lines();
}
