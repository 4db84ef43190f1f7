import { and, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { employees, historyConsents } from '../../db/schema';
import type { Actor, Role } from '../actor';
import { audit } from '../audit/audit';
import { conflict, forbidden, invalid, notFound } from '../errors';
import { notify } from '../notify/notify';
import { formatName } from '../shared/format';
import { historyAccess } from './access';
import type { HistoryConsentList, HistoryConsentState } from './responses';

const viewer = alias(employees, 'viewer');

async function nameOf(db: Db, id: string): Promise<string> {
  const [p] = await db
    .select({ familyName: employees.familyName, givenName: employees.givenName })
    .from(employees)
    .where(eq(employees.id, id));
  return formatName(p);
}

/** A new manager (or interviewer) asks to see the employee's shared history; the employee decides. */
export async function requestConsent(db: Db, opts: { actor: Actor; employeeId: string }): Promise<HistoryConsentState> {
  const { actor, employeeId } = opts;
  const access = await historyAccess(db, actor, employeeId);
  if (!access.exists || !(access.related || access.hr)) throw notFound();
  if (!access.related) throw forbidden();
  if (access.consent) throw conflict('record.errors.alreadyConsented');
  await db.transaction(async (tx) => {
    await tx
      .insert(historyConsents)
      .values({ employeeId, viewerId: actor.id, status: 'requested' })
      .onConflictDoUpdate({
        target: [historyConsents.employeeId, historyConsents.viewerId],
        set: { status: 'requested', decidedAt: null, updatedAt: new Date() },
      });
    await notify(tx, [
      { recipientId: employeeId, kind: 'historyRequested', params: { viewer: await nameOf(tx, actor.id) }, link: '/history' },
    ]);
    await audit(tx, { actor, action: 'history.consent.request', entityType: 'employee', entityId: employeeId });
  });
  return { status: 'requested' as const };
}

/** Who asked for, or has, access to the actor's own history. */
export async function myConsents(db: Db, actor: Actor): Promise<HistoryConsentList> {
  const rows = await db
    .select({ c: historyConsents, familyName: viewer.familyName, givenName: viewer.givenName })
    .from(historyConsents)
    .innerJoin(viewer, eq(viewer.id, historyConsents.viewerId))
    .where(eq(historyConsents.employeeId, actor.id))
    .orderBy(desc(historyConsents.updatedAt));
  return {
    items: rows.map(({ c, familyName, givenName }) => ({
      id: c.id,
      viewer: { id: c.viewerId, familyName, givenName },
      status: c.status as HistoryConsentState['status'],
      decidedAt: c.decidedAt?.toISOString() ?? null,
      overrideReason: c.status === 'overridden' ? c.overrideReason : null,
      updatedAt: c.updatedAt.toISOString(),
    })),
  };
}

/** The employee grants, declines or withdraws (grant=false on a granted one). */
export async function decideConsent(db: Db, opts: { actor: Actor; consentId: string; grant: boolean }): Promise<HistoryConsentState> {
  const { actor, consentId, grant } = opts;
  const [c] = await db
    .select()
    .from(historyConsents)
    .where(and(eq(historyConsents.id, consentId), eq(historyConsents.employeeId, actor.id)));
  if (!c) throw notFound();
  const status = grant ? 'granted' : 'declined';
  await db.transaction(async (tx) => {
    await tx.update(historyConsents).set({ status, decidedAt: new Date(), updatedAt: new Date() }).where(eq(historyConsents.id, consentId));
    await notify(tx, [
      {
        recipientId: c.viewerId,
        kind: grant ? 'historyGranted' : 'historyDeclined',
        params: { employee: await nameOf(tx, actor.id) },
        link: `/employees/${actor.id}/history`,
      },
    ]);
    await audit(tx, {
      actor,
      action: grant ? 'history.consent.grant' : 'history.consent.decline',
      entityType: 'employee',
      entityId: actor.id,
      detail: { viewer: c.viewerId },
    });
  });
  return { status };
}

/**
 * HR lets a related viewer see the history without the employee's consent, with a reason. It is
 * audited and the employee is told: an override is never silent.
 */
export async function overrideConsent(
  db: Db,
  opts: { actor: Actor; employeeId: string; viewerId: string; reason: string },
): Promise<HistoryConsentState> {
  const { actor, employeeId, viewerId, reason } = opts;
  const access = await historyAccess(db, actor, employeeId);
  if (!access.exists || !access.hr) throw notFound();
  const [v] = await db
    .select({ id: employees.id, familyName: employees.familyName, givenName: employees.givenName })
    .from(employees)
    .where(eq(employees.id, viewerId));
  const viewerAccess = v ? await historyAccess(db, { ...actor, id: viewerId, roles: new Set<Role>(['employee']) }, employeeId) : null;
  if (!v || !viewerAccess?.related) throw invalid({ viewerId: { key: 'record.errors.notRelated' } });
  await db.transaction(async (tx) => {
    await tx
      .insert(historyConsents)
      .values({ employeeId, viewerId, status: 'overridden', decidedAt: new Date(), overrideBy: actor.id, overrideReason: reason })
      .onConflictDoUpdate({
        target: [historyConsents.employeeId, historyConsents.viewerId],
        set: { status: 'overridden', decidedAt: new Date(), overrideBy: actor.id, overrideReason: reason, updatedAt: new Date() },
      });
    await notify(tx, [{ recipientId: employeeId, kind: 'historyOverridden', params: { viewer: formatName(v) }, link: '/history' }]);
    await audit(tx, {
      actor,
      action: 'history.consent.override',
      entityType: 'employee',
      entityId: employeeId,
      detail: { viewer: viewerId, reason },
    });
  });
  return { status: 'overridden' as const };
}
