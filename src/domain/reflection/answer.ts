import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { interviewReflections } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { conflict, forbidden, notFound } from '../errors';
import { loadInterview } from '../interviews/access';
import { canRate } from '../record/policy';
import { companyToday } from '../shared/calendar';
import { periodOf } from './rules';
import type { ReflectionStatus } from './responses';
import type { ReflectionInput } from './schemas';

/** The employee's side of one interview's reflection: whether they may answer, whether they did — never what. */
export async function reflectionStatus(db: Db, opts: { actor: Actor; interviewId: string }): Promise<ReflectionStatus> {
  const x = await loadInterview(db, opts.actor, opts.interviewId);
  // Only the employee has anything here; to everyone else the answer does not exist.
  if (x.facts.relation !== 'self') throw notFound();
  const [row] = await db
    .select({ period: interviewReflections.period, createdAt: interviewReflections.createdAt })
    .from(interviewReflections)
    .where(eq(interviewReflections.interviewId, opts.interviewId));
  return {
    canAnswer: !row && canRate(x.facts) && !!x.interview.interviewerId,
    answered: !!row,
    period: row?.period ?? null,
    answeredAt: row?.createdAt.toISOString() ?? null,
  };
}

/**
 * The employee answers the four questions once the interview is held. Final once sent: it counts in the
 * half-year it was sent in, and a closed half-year's figures must never move (docs/decisions/0024).
 */
export async function answerReflection(
  db: Db,
  opts: { actor: Actor; interviewId: string; input: ReflectionInput },
): Promise<ReflectionStatus> {
  const { actor, interviewId, input } = opts;
  const x = await loadInterview(db, actor, interviewId);
  if (x.facts.relation !== 'self') throw notFound();
  if (!canRate(x.facts) || !x.interview.interviewerId) throw forbidden();
  const period = periodOf(companyToday());
  const inserted = await db.transaction(async (tx) => {
    const rows = await tx
      .insert(interviewReflections)
      .values({ interviewId, interviewerId: x.interview.interviewerId!, period, ...input })
      .onConflictDoNothing()
      .returning({ at: interviewReflections.createdAt });
    // The audit names the interview, never the answers.
    if (rows.length) await audit(tx, { actor, action: 'reflection.answer', entityType: 'interview', entityId: interviewId });
    return rows;
  });
  if (!inserted.length) throw conflict('reflection.errors.alreadyAnswered');
  return { canAnswer: false, answered: true, period, answeredAt: inserted[0]!.at.toISOString() };
}
