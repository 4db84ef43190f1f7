import { and, asc, count, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { departments, employees, scimExternalIds } from '../../db/schema';
import type { Mailer } from '../../mail/mailer';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { createEmployee, updateEmployee } from '../directory/employees-write';
import { reinstateEmployee, retireEmployee } from '../directory/employees-status';
import { listResponse, parseEqFilter, SCHEMA, ScimError } from './protocol';
import type { PatchOperation, ScimUserInput } from './schemas';
import { departmentByName, isUuid, scimFromDomain, scimNumber, setExternalId } from './store';
import { type Desired, desiredFromPatch, desiredFromUser } from './user-model';

export type ScimCtx = { db: Db; mailer: Mailer; actor: Actor; base: string; tokenId: string };

// Only directory fields are ever read here: nothing of interviews, sheets or notes can reach a provider.
const columns = {
  id: employees.id,
  email: employees.email,
  familyName: employees.familyName,
  givenName: employees.givenName,
  employeeNumber: employees.employeeNumber,
  departmentId: employees.departmentId,
  departmentName: departments.name,
  managerId: employees.managerId,
  jobTitle: employees.jobTitle,
  status: employees.status,
  version: employees.version,
  createdAt: employees.createdAt,
  updatedAt: employees.updatedAt,
  externalId: scimExternalIds.externalId,
};
type Row = { [K in keyof typeof columns]: (typeof columns)[K]['_']['data'] | null } & { id: string; version: number };

const base = (db: Db) =>
  db
    .select(columns)
    .from(employees)
    .leftJoin(departments, eq(departments.id, employees.departmentId))
    .leftJoin(scimExternalIds, and(eq(scimExternalIds.resourceType, 'User'), eq(scimExternalIds.resourceId, employees.id)));

export function presentUser(r: Row, baseUrl: string) {
  const display = [r.familyName, r.givenName].filter(Boolean).join(' ');
  return {
    schemas: [SCHEMA.user, SCHEMA.enterprise],
    id: r.id,
    ...(r.externalId ? { externalId: r.externalId } : {}),
    userName: r.email,
    name: { familyName: r.familyName, givenName: r.givenName, formatted: display },
    displayName: display,
    ...(r.jobTitle ? { title: r.jobTitle } : {}),
    emails: [{ value: r.email, type: 'work', primary: true }],
    active: r.status === 'active',
    [SCHEMA.enterprise]: {
      employeeNumber: r.employeeNumber,
      ...(r.departmentName ? { department: r.departmentName } : {}),
      ...(r.managerId ? { manager: { value: r.managerId, $ref: `${baseUrl}/Users/${r.managerId}` } } : {}),
    },
    meta: {
      resourceType: 'User',
      created: r.createdAt?.toISOString(),
      lastModified: r.updatedAt?.toISOString(),
      location: `${baseUrl}/Users/${r.id}`,
      version: `W/"${r.version}"`,
    },
  };
}

const FILTERS = ['userName', 'externalId', 'id', 'emails.value'] as const;

export async function listUsers(ctx: ScimCtx, q: { filter?: string; offset: number; limit: number }) {
  const f = parseEqFilter(q.filter, FILTERS);
  let where: SQL | undefined;
  if (f?.attr === 'userName' || f?.attr === 'emails.value') where = eq(employees.email, f.value.toLowerCase());
  if (f?.attr === 'externalId') where = eq(scimExternalIds.externalId, f.value);
  if (f?.attr === 'id') where = isUuid(f.value) ? eq(employees.id, f.value) : sql`false`;
  const [rows, [total]] = await Promise.all([
    q.limit ? base(ctx.db).where(where).orderBy(asc(employees.createdAt), asc(employees.id)).limit(q.limit).offset(q.offset) : [],
    ctx.db
      .select({ n: count() })
      .from(employees)
      .leftJoin(scimExternalIds, and(eq(scimExternalIds.resourceType, 'User'), eq(scimExternalIds.resourceId, employees.id)))
      .where(where),
  ]);
  return listResponse(
    (rows as Row[]).map((r) => presentUser(r, ctx.base)),
    total?.n ?? 0,
    q.offset,
  );
}

async function readUser(db: Db, id: string): Promise<Row> {
  if (!isUuid(id)) throw new ScimError(404, 'scim.errors.notFound');
  const [row] = await base(db).where(eq(employees.id, id));
  if (!row) throw new ScimError(404, 'scim.errors.notFound');
  return row as Row;
}

export async function getUser(ctx: ScimCtx, id: string) {
  return presentUser(await readUser(ctx.db, id), ctx.base);
}

/** Every SCIM write is noted with the token that made it; the directory's own audit rows record what changed. */
export const noteWrite = (ctx: ScimCtx, detail: Record<string, unknown>, entityId?: string) =>
  audit(ctx.db, {
    actor: ctx.actor,
    action: 'scim.write',
    entityType: 'scim_token',
    entityId: ctx.tokenId,
    detail: { ...detail, id: entityId },
  });

async function departmentId(ctx: ScimCtx, d: Desired, notes: Record<string, unknown>): Promise<string | null | undefined> {
  if (d.department === undefined) return undefined;
  if (d.department === null) return null;
  const id = await departmentByName(ctx.db, d.department);
  if (id === null) notes.unknownDepartment = d.department;
  return id ?? undefined;
}

const managerId = (d: Desired) => {
  if (d.managerId && !isUuid(d.managerId)) throw new ScimError(400, 'scim.errors.manager', 'invalidValue');
  return d.managerId;
};

export async function createUser(ctx: ScimCtx, body: ScimUserInput) {
  const d = desiredFromUser(body, true);
  const notes: Record<string, unknown> = {};
  const dept = await departmentId(ctx, d, notes);
  const made = await createEmployee(ctx.db, {
    actor: ctx.actor,
    employeeNumber: d.employeeNumber ?? scimNumber(),
    familyName: d.familyName!,
    givenName: d.givenName ?? '',
    email: d.email!,
    departmentId: dept ?? null,
    managerId: managerId(d) ?? null,
    jobTitle: d.jobTitle ?? null,
  }).catch(scimFromDomain);
  await setExternalId(ctx.db, 'User', made.id, d.externalId);
  if (d.active === false) await retireEmployee(ctx.db, { actor: ctx.actor, id: made.id }).catch(scimFromDomain);
  await noteWrite(ctx, { op: 'user.create', ...notes }, made.id);
  return getUser(ctx, made.id);
}

/** Applies what changed through the directory's own functions: the same checks, audit, mail and sign-out. */
async function apply(ctx: ScimCtx, id: string, d: Desired, op: string, extra: Record<string, unknown> = {}) {
  const current = await readUser(ctx.db, id);
  const notes: Record<string, unknown> = { op, ...extra };
  if (d.active === true && current.status === 'retired') await reinstateEmployee(ctx.db, { actor: ctx.actor, id }).catch(scimFromDomain);
  const dept = await departmentId(ctx, d, notes);
  const changes = {
    email: d.email,
    familyName: d.familyName,
    givenName: d.givenName,
    employeeNumber: d.employeeNumber,
    jobTitle: d.jobTitle,
    departmentId: dept,
    managerId: managerId(d),
  };
  if (Object.values(changes).some((v) => v !== undefined)) {
    const { version } = await readUser(ctx.db, id);
    await updateEmployee(ctx.db, { actor: ctx.actor, id, mailer: ctx.mailer, version, ...changes }).catch(scimFromDomain);
  }
  await setExternalId(ctx.db, 'User', id, d.externalId);
  // Deactivation is Mendan's retirement: status, date, every session and reset link ended, audited.
  if (d.active === false && current.status === 'active') await retireEmployee(ctx.db, { actor: ctx.actor, id }).catch(scimFromDomain);
  await noteWrite(ctx, notes, id);
  return getUser(ctx, id);
}

export const replaceUser = (ctx: ScimCtx, id: string, body: ScimUserInput) => apply(ctx, id, desiredFromUser(body, false), 'user.replace');

export function patchUser(ctx: ScimCtx, id: string, ops: readonly PatchOperation[]) {
  const { desired, ignored } = desiredFromPatch(ops);
  return apply(ctx, id, desired, 'user.patch', ignored.length ? { ignored } : {});
}

/** DELETE never removes a person: it retires them (their interview history stays with HR). Already retired: done. */
export async function deleteUser(ctx: ScimCtx, id: string) {
  const current = await readUser(ctx.db, id);
  if (current.status === 'active') await retireEmployee(ctx.db, { actor: ctx.actor, id }).catch(scimFromDomain);
  await noteWrite(ctx, { op: 'user.delete' }, id);
}
