import { sql } from 'drizzle-orm';
import { auditLog } from '../../db/schema';
import type { Db } from '../../db/client';
import { preparedQuery } from '../../db/prepared';
import { type Actor, isSystem } from '../actor';
import type { AuditAction, AuditEntityType } from './actions';

export type AuditEntry = {
  actor: Actor | null;
  /** Only what the catalog lists (actions.ts): the audit screen can name and filter every row. */
  action: AuditAction;
  entityType: AuditEntityType;
  entityId?: string | null;
  detail?: Record<string, unknown>;
};

const row = (e: AuditEntry) => ({
  actorId: e.actor && !isSystem(e.actor) ? e.actor.id : null,
  action: e.action,
  entityType: e.entityType,
  entityId: e.entityId ?? null,
  ip: e.actor?.ip ?? null,
  detail: e.detail ?? null,
});

// Prepared: nearly every request writes one. The detail goes as JSON text through a cast, so that a missing one
// stays SQL NULL (drizzle's jsonb encoder would write JSON null for a placeholder).
const insertOne = preparedQuery((db) =>
  db
    .insert(auditLog)
    .values({
      actorId: sql.placeholder('actorId'),
      action: sql.placeholder('action'),
      entityType: sql.placeholder('entityType'),
      entityId: sql.placeholder('entityId'),
      ip: sql.placeholder('ip'),
      detail: sql`${sql.placeholder('detail')}::jsonb`,
    })
    .prepare('audit_insert'),
);

/** Append one audit row. Call inside the same transaction as the change it records. */
export async function audit(db: Db, e: AuditEntry): Promise<void> {
  const r = row(e);
  await insertOne(db).execute({ ...r, detail: r.detail === null ? null : JSON.stringify(r.detail) });
}

/**
 * Append many rows in one statement (bulk changes write one per record). The rows travel as one
 * JSON parameter: a multi-row VALUES costs a parameter per cell to build and bind.
 */
export async function auditMany(db: Db, entries: readonly AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  const rows = JSON.stringify(entries.map(row));
  await db.execute(sql`insert into ${auditLog} (actor_id, action, entity_type, entity_id, ip, detail)
    select x."actorId", x.action, x."entityType", x."entityId", x.ip, x.detail
    from jsonb_to_recordset(${rows}::jsonb) as x("actorId" uuid, action varchar, "entityType" varchar, "entityId" text, ip varchar, detail jsonb)`);
}
