import { and, eq } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { hearingRequests, hearings } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { notFound } from '../errors';

/** The actor's own sheet, or 404: only the manager it was sent to reads or writes it (HR reads the summary). */
export async function loadOwn(db: Db, actor: Actor, id: string, lock = false) {
  const q = db
    .select({ r: hearingRequests, h: hearings })
    .from(hearingRequests)
    .innerJoin(hearings, eq(hearings.id, hearingRequests.hearingId))
    .where(and(eq(hearingRequests.id, id), eq(hearingRequests.managerId, actor.id)));
  const [row] = lock ? await q.for('update', { of: hearingRequests }) : await q;
  if (!row) throw notFound();
  return row;
}

/** Writes a draft's answers or pick (`set`) and audits which fields, never their text; returns when it was saved. */
export async function writeDraft(
  tx: Db,
  actor: Actor,
  own: { r: { id: string }; h: { id: string } },
  set: PgUpdateSetSource<typeof hearingRequests>,
  fields: string[],
): Promise<Date> {
  const now = new Date();
  await tx
    .update(hearingRequests)
    .set({ ...set, updatedAt: now })
    .where(eq(hearingRequests.id, own.r.id));
  await audit(tx, { actor, action: 'hearing.answer', entityType: 'hearing', entityId: own.h.id, detail: { fields } });
  return now;
}
