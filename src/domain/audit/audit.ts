import { auditLog } from '../../db/schema';
import type { Db } from '../../db/client';
import { type Actor, isSystem } from '../actor';

export type AuditEntry = {
  actor: Actor | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  detail?: Record<string, unknown>;
};

/** Append one audit row. Call inside the same transaction as the change it records. */
export async function audit(db: Db, e: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: e.actor && !isSystem(e.actor) ? e.actor.id : null,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId ?? null,
    ip: e.actor?.ip ?? null,
    detail: e.detail ?? null,
  });
}
