import { desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { formTemplates, rounds } from '../../db/schema';
import { type Actor, authorId } from '../actor';
import { audit } from '../audit/audit';
import { conflict, type FieldErrors, forbidden, invalid, notFound } from '../errors';
import { throwIfAny } from '../directory/references';
import { cappedCount, countCapFor, pageOffset } from '../shared/paging';
import { isEditable, roundCan } from './policy';
import type { RoundPage, RoundView } from './responses';
import type { RoundCreateInput, RoundStatus, RoundType, RoundUpdateInput } from './schemas';
import { can } from '../capabilities';

type Row = typeof rounds.$inferSelect;

export function presentRound(r: Row, actor: Actor): RoundView {
  const status = r.status as RoundStatus;
  return {
    id: r.id,
    name: r.name,
    type: r.type as RoundType,
    status,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    prepDueOn: r.prepDueOn,
    themes: r.themes,
    message: r.message,
    sheetTemplateId: r.sheetTemplateId,
    surveyTemplateId: r.surveyTemplateId,
    participants: r.participants,
    interviewerRule: r.interviewerRule as RoundView['interviewerRule'],
    launch: { total: r.launchTotal, done: r.launchDone, error: r.launchError },
    launchedAt: r.launchedAt?.toISOString() ?? null,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
    can: roundCan(actor, status),
  };
}

const statusWhere = (status: RoundStatus | 'started' | 'all' | undefined) =>
  status === 'started'
    ? inArray(rounds.status, ['launched', 'closed'])
    : status && status !== 'all'
      ? eq(rounds.status, status)
      : undefined;

/** Newest period first (a round is about its period; the order it was typed in says little). */
export async function listRounds(
  db: Db,
  opts: { actor: Actor; status?: RoundStatus | 'started' | 'all'; page?: number; pageSize?: number },
): Promise<RoundPage> {
  const { actor, page = 1, pageSize = 20 } = opts;
  if (!can(actor, 'manageRounds')) throw forbidden();
  const where = statusWhere(opts.status);
  const [rows, counted] = await Promise.all([
    db
      .select()
      .from(rounds)
      .where(where)
      .orderBy(desc(rounds.periodStart), desc(rounds.createdAt), desc(rounds.id))
      .limit(pageSize)
      .offset(pageOffset(page, pageSize)),
    cappedCount(db, rounds, where, countCapFor(page, pageSize)),
  ]);
  return { items: rows.map((r) => presentRound(r, actor)), page, pageSize, ...counted };
}

export async function loadRound(db: Db, id: string, forUpdate = false) {
  const q = db.select().from(rounds).where(eq(rounds.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  if (!row) throw notFound();
  return row;
}

export async function getRound(db: Db, opts: { actor: Actor; id: string }): Promise<RoundView> {
  if (!can(opts.actor, 'manageRounds')) throw notFound();
  return presentRound(await loadRound(db, opts.id), opts.actor);
}

/** Each chosen template must exist, be active and be of the right kind. */
async function checkTemplates(db: Db, input: { sheetTemplateId?: string | null; surveyTemplateId?: string | null }) {
  const fields: FieldErrors = {};
  for (const [key, kind] of [
    ['sheetTemplateId', 'sheet'],
    ['surveyTemplateId', 'survey'],
  ] as const) {
    const id = input[key];
    if (!id) continue;
    const [t] = await db
      .select({ kind: formTemplates.kind, status: formTemplates.status })
      .from(formTemplates)
      .where(eq(formTemplates.id, id));
    if (!t || t.kind !== kind) fields[key] = { key: 'forms.errors.templateKind' };
    else if (t.status !== 'active') fields[key] = { key: 'forms.errors.templateRetired' };
  }
  throwIfAny(fields);
}

export async function createRound(db: Db, opts: { actor: Actor } & RoundCreateInput): Promise<RoundView> {
  const { actor, ...input } = opts;
  if (!can(actor, 'manageRounds')) throw forbidden();
  const row = await db.transaction(async (tx) => {
    await checkTemplates(tx, input);
    const [r] = await tx
      .insert(rounds)
      .values({ ...input, prepDueOn: input.prepDueOn ?? null, createdBy: authorId(actor) })
      .returning();
    await audit(tx, {
      actor,
      action: 'round.create',
      entityType: 'round',
      entityId: r!.id,
      detail: { name: input.name, type: input.type },
    });
    return r!;
  });
  return presentRound(row, actor);
}

export async function updateRound(db: Db, opts: { actor: Actor; id: string } & RoundUpdateInput): Promise<RoundView> {
  const { actor, id, version, ...input } = opts;
  if (!can(actor, 'manageRounds')) throw notFound();
  const row = await db.transaction(async (tx) => {
    const cur = await loadRound(tx, id, true);
    if (cur.version !== version) throw conflict();
    if (!isEditable(cur.status as RoundStatus)) throw conflict('rounds.errors.notEditable');
    const merged = { periodStart: input.periodStart ?? cur.periodStart, periodEnd: input.periodEnd ?? cur.periodEnd };
    if (merged.periodEnd < merged.periodStart) throw invalid({ periodEnd: { key: 'rounds.errors.periodOrder' } });
    await checkTemplates(tx, input);
    const [r] = await tx
      .update(rounds)
      .set({ ...input, version: sql`${rounds.version} + 1`, updatedAt: new Date() })
      .where(eq(rounds.id, id))
      .returning();
    await audit(tx, { actor, action: 'round.update', entityType: 'round', entityId: id, detail: { fields: Object.keys(input) } });
    return r!;
  });
  return presentRound(row, actor);
}

/** Only a draft can be deleted: nothing has been sent about it yet. */
export async function deleteRound(db: Db, opts: { actor: Actor; id: string }) {
  const { actor, id } = opts;
  if (!can(actor, 'manageRounds')) throw notFound();
  await db.transaction(async (tx) => {
    const cur = await loadRound(tx, id, true);
    if (cur.status !== 'draft') throw conflict('rounds.errors.notEditable');
    await tx.delete(rounds).where(eq(rounds.id, id));
    await audit(tx, { actor, action: 'round.delete', entityType: 'round', entityId: id, detail: { name: cur.name } });
  });
}

/** Closing ends a launched round: it leaves the employees' preparation list. */
export async function closeRound(db: Db, opts: { actor: Actor; id: string }): Promise<RoundView> {
  const { actor, id } = opts;
  if (!can(actor, 'manageRounds')) throw notFound();
  const row = await db.transaction(async (tx) => {
    const cur = await loadRound(tx, id, true);
    if (cur.status !== 'launched') throw conflict('rounds.errors.notLaunched');
    const [r] = await tx
      .update(rounds)
      .set({ status: 'closed', version: sql`${rounds.version} + 1`, updatedAt: new Date() })
      .where(eq(rounds.id, id))
      .returning();
    await audit(tx, { actor, action: 'round.close', entityType: 'round', entityId: id });
    return r!;
  });
  return presentRound(row, actor);
}
