import { and, asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { departments, employees, scimExternalIds } from '../../db/schema';
import { audit } from '../audit/audit';
import { DomainError } from '../errors';
import { createDepartment, updateDepartment } from '../directory/departments';
import { updateEmployee } from '../directory/employees-write';
import { listResponse, parseEqFilter, SCHEMA, ScimError } from './protocol';
import type { PatchOperation, ScimGroupInput } from './schemas';
import { isUuid, scimFromDomain, scimNumber, setExternalId } from './store';
import { noteWrite, type ScimCtx } from './users';

// A SCIM group is a Mendan department; its members are the active people in it (decision 0023).

/** What a group change skipped, for the scim.write audit row. */
type Notes = { unknownMembers: string[]; skippedAdmins: string[] };

const columns = {
  id: departments.id,
  name: departments.name,
  createdAt: departments.createdAt,
  updatedAt: departments.updatedAt,
  externalId: scimExternalIds.externalId,
};
type Row = { id: string; name: string; createdAt: Date; updatedAt: Date; externalId: string | null };

const base = (db: Db) =>
  db
    .select(columns)
    .from(departments)
    .leftJoin(scimExternalIds, and(eq(scimExternalIds.resourceType, 'Group'), eq(scimExternalIds.resourceId, departments.id)));

async function membersOf(db: Db, ids: string[]) {
  if (!ids.length) return new Map<string, { value: string; display: string }[]>();
  const rows = await db
    .select({ id: employees.id, departmentId: employees.departmentId, familyName: employees.familyName, givenName: employees.givenName })
    .from(employees)
    .where(and(inArray(employees.departmentId, ids), eq(employees.status, 'active')))
    .orderBy(asc(employees.employeeNumber));
  const out = new Map<string, { value: string; display: string }[]>();
  for (const r of rows) {
    const list = out.get(r.departmentId!) ?? [];
    list.push({ value: r.id, display: `${r.familyName} ${r.givenName}`.trim() });
    out.set(r.departmentId!, list);
  }
  return out;
}

function present(r: Row, baseUrl: string, members?: { value: string; display: string }[]) {
  return {
    schemas: [SCHEMA.group],
    id: r.id,
    ...(r.externalId ? { externalId: r.externalId } : {}),
    displayName: r.name,
    ...(members ? { members: members.map((m) => ({ ...m, $ref: `${baseUrl}/Users/${m.value}`, type: 'User' })) } : {}),
    meta: {
      resourceType: 'Group',
      created: r.createdAt.toISOString(),
      lastModified: r.updatedAt.toISOString(),
      location: `${baseUrl}/Groups/${r.id}`,
    },
  };
}

/** Entra ID asks with excludedAttributes=members: a large department's people are then not read at all. */
const wantsMembers = (excluded?: string) =>
  !(excluded ?? '')
    .toLowerCase()
    .split(',')
    .map((s) => s.trim())
    .includes('members');

export async function listGroups(ctx: ScimCtx, q: { filter?: string; offset: number; limit: number; excluded?: string }) {
  const f = parseEqFilter(q.filter, ['displayName', 'externalId', 'id']);
  let where: SQL | undefined;
  if (f?.attr === 'displayName') where = eq(departments.name, f.value);
  if (f?.attr === 'externalId') where = eq(scimExternalIds.externalId, f.value);
  if (f?.attr === 'id') where = isUuid(f.value) ? eq(departments.id, f.value) : sql`false`;
  const [rows, [total]] = await Promise.all([
    q.limit ? base(ctx.db).where(where).orderBy(asc(departments.code)).limit(q.limit).offset(q.offset) : [],
    ctx.db
      .select({ n: count() })
      .from(departments)
      .leftJoin(scimExternalIds, and(eq(scimExternalIds.resourceType, 'Group'), eq(scimExternalIds.resourceId, departments.id)))
      .where(where),
  ]);
  const members = wantsMembers(q.excluded)
    ? await membersOf(
        ctx.db,
        rows.map((r) => r.id),
      )
    : null;
  return listResponse(
    rows.map((r) => present(r, ctx.base, members ? (members.get(r.id) ?? []) : undefined)),
    total?.n ?? 0,
    q.offset,
  );
}

async function readGroup(db: Db, id: string): Promise<Row> {
  if (!isUuid(id)) throw new ScimError(404, 'scim.errors.notFound');
  const [row] = await base(db).where(eq(departments.id, id));
  if (!row) throw new ScimError(404, 'scim.errors.notFound');
  return row;
}

export async function getGroup(ctx: ScimCtx, id: string, excluded?: string) {
  const row = await readGroup(ctx.db, id);
  const members = wantsMembers(excluded) ? ((await membersOf(ctx.db, [id])).get(id) ?? []) : undefined;
  return present(row, ctx.base, members);
}

/**
 * Moves people in (departmentId = the group) or out (null, only if they are in it) through the directory's update,
 * so each move is checked and audited like HR's. Ids Mendan does not know are skipped and noted.
 */
async function move(ctx: ScimCtx, groupId: string, ids: readonly string[], into: boolean, notes: Notes) {
  const unique = [...new Set(ids)];
  notes.unknownMembers.push(...unique.filter((id) => !isUuid(id)));
  const wanted = unique.filter(isUuid);
  if (!wanted.length) return;
  const rows = await ctx.db
    .select({ id: employees.id, departmentId: employees.departmentId, version: employees.version })
    .from(employees)
    .where(inArray(employees.id, wanted));
  for (const id of wanted) if (!rows.some((r) => r.id === id)) notes.unknownMembers.push(id);
  for (const r of rows) {
    if (into ? r.departmentId === groupId : r.departmentId !== groupId) continue;
    try {
      await updateEmployee(ctx.db, {
        actor: ctx.actor,
        id: r.id,
        mailer: ctx.mailer,
        version: r.version,
        departmentId: into ? groupId : null,
      });
    } catch (err) {
      // An administrator is not the provider's to move (decision 0023): skipped and noted, the rest of the group still syncs.
      if (err instanceof DomainError && err.status === 403) notes.skippedAdmins.push(r.id);
      else scimFromDomain(err);
    }
  }
}

async function setMembers(ctx: ScimCtx, groupId: string, ids: readonly string[], notes: Notes) {
  const current = (await membersOf(ctx.db, [groupId])).get(groupId) ?? [];
  await move(
    ctx,
    groupId,
    current.map((m) => m.value).filter((id) => !ids.includes(id)),
    false,
    notes,
  );
  await move(ctx, groupId, ids, true, notes);
}

const finishNotes = (notes: Notes) => ({
  ...(notes.unknownMembers.length ? { unknownMembers: notes.unknownMembers.slice(0, 20) } : {}),
  ...(notes.skippedAdmins.length ? { skippedAdmins: notes.skippedAdmins.slice(0, 20) } : {}),
});

export async function createGroup(ctx: ScimCtx, body: ScimGroupInput) {
  const made = await createDepartment(ctx.db, { actor: ctx.actor, code: scimNumber(), name: body.displayName }).catch(scimFromDomain);
  await setExternalId(ctx.db, 'Group', made.id, body.externalId);
  const notes = { unknownMembers: [] as string[], skippedAdmins: [] as string[] };
  if (body.members?.length)
    await move(
      ctx,
      made.id,
      body.members.map((m) => m.value),
      true,
      notes,
    );
  await noteWrite(ctx, { op: 'group.create', ...finishNotes(notes) }, made.id);
  return getGroup(ctx, made.id);
}

export async function replaceGroup(ctx: ScimCtx, id: string, body: ScimGroupInput) {
  await readGroup(ctx.db, id);
  await updateDepartment(ctx.db, { actor: ctx.actor, id, name: body.displayName }).catch(scimFromDomain);
  await setExternalId(ctx.db, 'Group', id, body.externalId === undefined ? undefined : body.externalId || null);
  const notes = { unknownMembers: [] as string[], skippedAdmins: [] as string[] };
  if (body.members)
    await setMembers(
      ctx,
      id,
      body.members.map((m) => m.value),
      notes,
    );
  await noteWrite(ctx, { op: 'group.replace', ...finishNotes(notes) }, id);
  return getGroup(ctx, id);
}

const memberIds = (value: unknown): string[] => {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.map((m) => (m && typeof m === 'object' ? String((m as { value?: unknown }).value ?? '') : String(m))).filter(Boolean);
};

/** `members[value eq "…"]`: the one member a remove names in its path. */
const MEMBER_PATH = /^members\[\s*value\s+eq\s+"([^"]+)"\s*\]$/i;

export async function patchGroup(ctx: ScimCtx, id: string, ops: readonly PatchOperation[]) {
  await readGroup(ctx.db, id);
  const notes = { unknownMembers: [] as string[], skippedAdmins: [] as string[] };
  for (const op of ops) {
    const path = op.path?.trim() ?? '';
    const one = MEMBER_PATH.exec(path);
    if (one && op.op === 'remove') await move(ctx, id, [one[1]!], false, notes);
    else if (path.toLowerCase() === 'members') {
      const ids = memberIds(op.value);
      if (op.op === 'add') await move(ctx, id, ids, true, notes);
      else if (op.op === 'replace') await setMembers(ctx, id, ids, notes);
      // remove with a value removes those; without one, everyone.
      else await move(ctx, id, ids.length ? ids : ((await membersOf(ctx.db, [id])).get(id) ?? []).map((m) => m.value), false, notes);
    } else {
      const attrs: Record<string, unknown> = path ? { [path]: op.value } : op.value && typeof op.value === 'object' ? { ...op.value } : {};
      for (const [k, v] of Object.entries(attrs)) {
        const key = k.toLowerCase();
        if (key === 'displayname') {
          if (op.op === 'remove' || typeof v !== 'string' || !v.trim() || v.length > 100)
            throw new ScimError(400, 'scim.errors.displayNameRequired', 'invalidValue');
          await updateDepartment(ctx.db, { actor: ctx.actor, id, name: v.trim() }).catch(scimFromDomain);
        } else if (key === 'externalid') {
          await setExternalId(ctx.db, 'Group', id, op.op === 'remove' || !v ? null : String(v).slice(0, 255));
        } else if (key === 'members') {
          await (op.op === 'replace' ? setMembers(ctx, id, memberIds(v), notes) : move(ctx, id, memberIds(v), true, notes));
        }
      }
    }
  }
  await noteWrite(ctx, { op: 'group.patch', ...finishNotes(notes) }, id);
  return getGroup(ctx, id);
}

/**
 * A department is deleted only when nothing refers to it: nobody in it (active or retired), no sub-department, no
 * round or record naming it. Otherwise 409 — people are never left without their history's department (decision 0023).
 */
export async function deleteGroup(ctx: ScimCtx, id: string) {
  await readGroup(ctx.db, id);
  const [people] = await ctx.db.select({ n: count() }).from(employees).where(eq(employees.departmentId, id));
  if (people && people.n > 0) throw new ScimError(409, 'scim.errors.groupHasPeople');
  try {
    await ctx.db.transaction(async (tx) => {
      await tx.delete(scimExternalIds).where(and(eq(scimExternalIds.resourceType, 'Group'), eq(scimExternalIds.resourceId, id)));
      await tx.delete(departments).where(eq(departments.id, id));
      await audit(tx, { actor: ctx.actor, action: 'department.delete', entityType: 'department', entityId: id, detail: { via: 'scim' } });
    });
  } catch (err) {
    if (isForeignKeyViolation(err)) throw new ScimError(409, 'scim.errors.groupInUse');
    throw err;
  }
  await noteWrite(ctx, { op: 'group.delete' }, id);
}

function isForeignKeyViolation(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    if ((e as { code?: string }).code === '23503') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
