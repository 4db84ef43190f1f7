import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { appSettings } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { can } from '../capabilities';
import { forbidden } from '../errors';
import type { AuditAccess } from './responses';

/** app_settings key: whether HR staff may read the audit log (decision 0013). Absent: no. */
const KEY = 'audit.hrRead';

/** For the session query: the setting as a boolean, false when it was never set. */
export const hrReadsAuditSql = sql<boolean>`coalesce((select s.value = 'true'::jsonb from app_settings s where s.key = ${KEY}), false)`;

async function read(db: Db): Promise<boolean> {
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, KEY));
  return row?.value === true;
}

export async function getAuditAccess(db: Db, opts: { actor: Actor }): Promise<AuditAccess> {
  if (!can(opts.actor, 'manageAuditAccess')) throw forbidden();
  return { hrRead: await read(db) };
}

/** An admin lets HR staff read (and export) the audit log, or stops it; audited like any change of settings. */
export async function setAuditAccess(db: Db, opts: { actor: Actor; hrRead: boolean }): Promise<AuditAccess> {
  const { actor, hrRead } = opts;
  if (!can(actor, 'manageAuditAccess')) throw forbidden();
  await db.transaction(async (tx) => {
    const before = await read(tx);
    await tx
      .insert(appSettings)
      .values({ key: KEY, value: hrRead })
      .onConflictDoUpdate({ target: appSettings.key, set: { value: hrRead, updatedAt: new Date() } });
    await audit(tx, { actor, action: 'settings.audit.update', entityType: 'settings', entityId: KEY, detail: { hrRead, before } });
  });
  return { hrRead };
}
