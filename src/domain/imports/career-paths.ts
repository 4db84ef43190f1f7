import { z } from 'zod';
import type { Db } from '../../db/client';
import { careerPaths, careerRoles, careerRoleSkills, careerVersions, departments } from '../../db/schema';
import { currentFramework, type Framework, nextVersionNumber, roleRows } from '../career/framework';
import { formatExpected, parseCodes, parseExpected, type TRACKS } from '../career/gaps';
import { dropRankings } from '../placement/candidates';
import { skillKey } from '../placement/schemas';
import { mapInSlices } from '../shared/pace';
import { SINGLE_LINE } from '../shared/schemas';
import { type Actor, authorId } from '../actor';
import type { CareerPathField, ParsedFile } from './columns';
import { type CheckedRow, checkFields, type FieldRule, finish, flagDuplicates, oneOf } from './rows';
import { batches, type Finish, type Progress } from './write';

export type CareerPathData = Partial<Record<CareerPathField, string | null>>;

const Code = z
  .string()
  .max(32)
  .regex(/^[A-Za-z0-9_.-]+$/, { message: 'career.errors.code' });
const Name = z.string().max(100).regex(SINGLE_LINE, { message: 'errors.singleLine' });
const TRACK_SPELLINGS: Record<string, (typeof TRACKS)[number]> = {
  management: 'management',
  specialist: 'specialist',
  common: 'common',
  マネジメント: 'management',
  マネジメント職: 'management',
  管理職: 'management',
  専門職: 'specialist',
  スペシャリスト: 'specialist',
  共通: 'common',
};

const RULES: Record<CareerPathField, FieldRule> = {
  jobFamilyCode: { schema: Code, empty: 'required' },
  jobFamilyName: { schema: Name, empty: 'required' },
  roleCode: { schema: Code, empty: 'required' },
  roleName: { schema: Name, empty: 'required' },
  track: { schema: oneOf(TRACK_SPELLINGS, 'career.errors.track'), empty: 'required' },
  grade: { schema: z.string().max(32).regex(SINGLE_LINE, { message: 'errors.singleLine' }), empty: 'required' },
  level: { schema: z.string().regex(/^\d{1,2}$/, { message: 'career.errors.level' }), empty: 'required' },
  skills: { schema: z.string().max(2000), empty: '' },
  next: { schema: z.string().max(1000), empty: '' },
  departments: { schema: z.string().max(500), empty: '' },
};

/** A role as the file and a stored version both state it: what "unchanged" compares. */
const signature = (d: CareerPathData) =>
  [d.jobFamilyCode, d.jobFamilyName, d.roleName, d.track, d.grade, Number(d.level), d.skills ?? '', d.next ?? '', d.departments ?? ''].join(
    '\u0000',
  );

function storedSignatures(f: Framework | null): Map<string, string> {
  if (!f) return new Map();
  return new Map(roleRows(f).map((row) => [row.roleCode, signature(row)]));
}

/**
 * Checks a career-path file: codes, tracks, grades, expected skills (「TypeScript:4; 設計:3」) and next
 * steps naming roles of the same file. The file is the whole map: writing it makes a new version and
 * leaves the earlier ones as they were (goals chosen in them keep showing what people saw).
 */
export async function checkCareerPaths(db: Db, file: ParsedFile<CareerPathField>, actor: Actor) {
  const current = await currentFramework(db);
  const deptCodes = new Set((await db.select({ code: departments.code }).from(departments)).map((d) => d.code));
  const stored = storedSignatures(current);
  const rows: CheckedRow<CareerPathData>[] = await mapInSlices(file.rows, (r) => {
    const { data, errors } = checkFields(r.values, RULES);
    if (r.extraCells) errors.push({ field: '_', key: 'import.errors.extraCells' });
    if (data.skills) {
      const parsed = parseExpected(data.skills);
      if (parsed.error) errors.push({ field: 'skills', ...parsed.error });
      else data.skills = formatExpected(parsed.skills);
    }
    if (data.next) data.next = parseCodes(data.next).join('; ');
    if (data.departments) {
      const codes = parseCodes(data.departments);
      const unknown = codes.find((c) => !deptCodes.has(c));
      if (unknown) errors.push({ field: 'departments', key: 'import.errors.unknownDepartment', params: { code: unknown } });
      data.departments = codes.join('; ');
    }
    return { line: r.line, ok: false, data, errors };
  });
  flagDuplicates(rows, (d) => d.roleCode, 'roleCode');
  const codes = new Set(rows.map((r) => r.data.roleCode).filter(Boolean));
  const familyNames = new Map<string, string>();
  for (const r of rows) {
    const { jobFamilyCode: familyCode, jobFamilyName: familyName, roleCode, next } = r.data;
    if (familyCode && familyName) {
      const first = familyNames.get(familyCode);
      if (first === undefined) familyNames.set(familyCode, familyName);
      else if (first !== familyName) r.errors.push({ field: 'jobFamilyName', key: 'career.errors.familyName', params: { name: first } });
    }
    for (const code of parseCodes(next ?? '')) {
      if (code === roleCode) r.errors.push({ field: 'next', key: 'career.errors.selfPath' });
      else if (!codes.has(code)) r.errors.push({ field: 'next', key: 'career.errors.unknownRole', params: { code } });
    }
  }
  return {
    rows: finish(rows),
    existing: (d: CareerPathData) => !!d.roleCode && stored.has(d.roleCode),
    write: async (tx: Db, onProgress: Progress, complete: Finish) => {
      const data = rows.map((r) => r.data);
      await writeVersion(tx, actor, data, onProgress);
      await dropRankings(tx);
      const created = data.filter((d) => !stored.has(d.roleCode!)).length;
      const updated = data.filter((d) => stored.has(d.roleCode!) && stored.get(d.roleCode!) !== signature(d)).length;
      const counts = { created, updated };
      await complete(tx, counts);
      return counts;
    },
  };
}

/** The file as the next version: roles, their expected skills, then the paths between them. */
async function writeVersion(tx: Db, actor: Actor, data: CareerPathData[], onProgress: Progress) {
  const [version] = await tx
    .insert(careerVersions)
    .values({ number: await nextVersionNumber(tx), createdBy: authorId(actor) })
    .returning({ id: careerVersions.id });
  const idOf = new Map<string, string>();
  let done = 0;
  for (const batch of batches(data)) {
    const inserted = await tx
      .insert(careerRoles)
      .values(
        batch.map((d) => ({
          versionId: version!.id,
          familyCode: d.jobFamilyCode!,
          familyName: d.jobFamilyName!,
          code: d.roleCode!,
          name: d.roleName!,
          track: d.track!,
          grade: d.grade!,
          level: Number(d.level),
          departmentCodes: d.departments ?? '',
          position: done++,
        })),
      )
      .returning({ id: careerRoles.id, code: careerRoles.code });
    for (const r of inserted) idOf.set(r.code, r.id);
    await onProgress({ done, total: data.length });
  }
  const skills = data.flatMap((d) =>
    parseExpected(d.skills ?? '').skills.map((s) => ({
      roleId: idOf.get(d.roleCode!)!,
      name: s.name,
      nameKey: skillKey(s.name),
      level: s.level,
    })),
  );
  for (const batch of batches(skills)) await tx.insert(careerRoleSkills).values(batch);
  const paths = data.flatMap((d) =>
    parseCodes(d.next ?? '').map((code) => ({ fromRoleId: idOf.get(d.roleCode!)!, toRoleId: idOf.get(code)! })),
  );
  for (const batch of batches(paths)) await tx.insert(careerPaths).values(batch);
}
