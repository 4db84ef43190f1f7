import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { departments, positions } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { conflict, invalid, notFound } from '../errors';
import { COUNT_CAP, pageOffset } from '../shared/paging';
import type { Position, PositionPage } from './responses';
import type { EditPosition, NewPosition } from './schemas';
import { dropRankings } from './candidates';
import { can } from '../capabilities';
import { careerRoleOf } from './position-facts';

type PositionRow = typeof positions.$inferSelect;

const select = (db: Db) =>
  db
    .select({ position: positions, department: { id: departments.id, name: departments.name, nameEn: departments.nameEn } })
    .from(positions)
    .leftJoin(departments, eq(departments.id, positions.departmentId));

export function presentPosition(p: PositionRow, department: { id: string; name: string; nameEn: string | null } | null): Position {
  return {
    id: p.id,
    kind: p.kind as Position['kind'],
    title: p.title,
    department: department?.id ? department : null,
    description: p.description,
    requiredSkills: p.requiredSkills,
    track: p.track as Position['track'],
    careerRoleCode: p.careerRoleCode,
    status: p.status as Position['status'],
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** Positions and projects are HR's; for anyone else they do not exist (404). */
function requireHr(actor: Actor) {
  if (!can(actor, 'managePlacement')) throw notFound();
}

export async function loadPosition(db: Db, actor: Actor, id: string) {
  requireHr(actor);
  const [row] = await select(db).where(eq(positions.id, id));
  if (!row) throw notFound();
  return row;
}

export async function getPosition(db: Db, opts: { actor: Actor; positionId: string }): Promise<Position> {
  const row = await loadPosition(db, opts.actor, opts.positionId);
  return presentPosition(row.position, row.department);
}

export async function listPositions(
  db: Db,
  opts: { actor: Actor; status: 'open' | 'closed' | 'all'; page: number; pageSize: number },
): Promise<PositionPage> {
  const { actor, status, page, pageSize } = opts;
  requireHr(actor);
  const where = status === 'all' ? undefined : eq(positions.status, status);
  const [rows, [counted]] = await Promise.all([
    select(db).where(where).orderBy(desc(positions.createdAt), desc(positions.id)).limit(pageSize).offset(pageOffset(page, pageSize)),
    db.select({ n: sql<number>`count(*)::int` }).from(
      db
        .select({ one: sql`1`.as('one') })
        .from(positions)
        .where(where)
        .limit(COUNT_CAP + 1)
        .as('capped'),
    ),
  ]);
  const n = counted?.n ?? 0;
  return {
    items: rows.map((r) => presentPosition(r.position, r.department)),
    page,
    pageSize,
    total: Math.min(n, COUNT_CAP),
    totalCapped: n > COUNT_CAP,
  };
}

/** A career role is one of the current map's: an older version's code is not offered any more. */
async function checkRole(db: Db, code: string | null | undefined) {
  if (code && !(await careerRoleOf(db, code))) throw invalid({ careerRoleCode: { key: 'careerGaps.errors.unknownRole' } });
}

async function checkDepartment(db: Db, id: string | null | undefined) {
  if (!id) return;
  const [d] = await db.select({ id: departments.id }).from(departments).where(eq(departments.id, id));
  if (!d) throw invalid({ departmentId: { key: 'placement.errors.unknownDepartment' } });
}

export async function createPosition(db: Db, opts: { actor: Actor } & NewPosition): Promise<Position> {
  const { actor, ...input } = opts;
  requireHr(actor);
  await checkDepartment(db, input.departmentId);
  await checkRole(db, input.careerRoleCode);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx.insert(positions).values(input).returning({ id: positions.id });
    await audit(tx, { actor, action: 'position.create', entityType: 'position', entityId: row!.id, detail: { title: input.title } });
    return row!.id;
  });
  return getPosition(db, { actor, positionId: id });
}

export async function editPosition(db: Db, opts: { actor: Actor; positionId: string } & EditPosition): Promise<Position> {
  const { actor, positionId, version, ...changes } = opts;
  await loadPosition(db, actor, positionId);
  await checkDepartment(db, changes.departmentId);
  await checkRole(db, changes.careerRoleCode);
  const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(positions)
      .set({ ...set, version: sql`${positions.version} + 1`, updatedAt: new Date() })
      .where(and(eq(positions.id, positionId), eq(positions.version, version)))
      .returning({ id: positions.id });
    if (!row) throw conflict('placement.errors.stalePosition');
    await dropRankings(tx);
    await audit(tx, {
      actor,
      action: 'position.update',
      entityType: 'position',
      entityId: positionId,
      detail: { fields: Object.keys(set) },
    });
  });
  return getPosition(db, { actor, positionId });
}
