import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { hearingRequests, hearings } from '../../db/schema';
import type { Actor } from '../actor';
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
