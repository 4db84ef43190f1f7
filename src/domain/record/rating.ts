import { and, avg, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { interviewRatings, interviews } from '../../db/schema';
import { type Actor, isHr } from '../actor';
import { audit } from '../audit/audit';
import { forbidden, notFound } from '../errors';
import { loadInterview } from '../interviews/access';
import { canRate } from './policy';

/** Fewer respondents than this and nothing is shown: a rating must never point at a person. */
export const MIN_GROUP = 5;

export async function myRating(db: Db, actor: Actor, interviewId: string) {
  const x = await loadInterview(db, actor, interviewId);
  if (x.facts.relation !== 'self') return null;
  const [r] = await db.select({ rating: interviewRatings.rating, comment: interviewRatings.comment }).from(interviewRatings).where(eq(interviewRatings.interviewId, interviewId));
  return r ?? null;
}

/** The employee rates their interview (1–5, optional comment). The interviewer never sees it. */
export async function rateInterview(db: Db, opts: { actor: Actor; interviewId: string; rating: number; comment: string }) {
  const { actor, interviewId, rating, comment } = opts;
  const x = await loadInterview(db, actor, interviewId);
  if (!canRate(x.facts)) throw forbidden();
  await db
    .insert(interviewRatings)
    .values({ interviewId, rating, comment })
    .onConflictDoUpdate({ target: interviewRatings.interviewId, set: { rating, comment, createdAt: new Date() } });
  await audit(db, { actor, action: 'interview.rate', entityType: 'interview', entityId: interviewId });
  return { rating, comment };
}

/**
 * HR's view of a round's ratings: count, average, distribution and comments (no names, in a fixed
 * order unrelated to who wrote them) — all hidden below MIN_GROUP respondents.
 */
export async function roundRatings(db: Db, opts: { actor: Actor; roundId: string }) {
  if (!isHr(opts.actor)) throw notFound();
  const where = eq(interviews.roundId, opts.roundId);
  const [agg] = await db
    .select({ n: count(), avg: avg(interviewRatings.rating) })
    .from(interviewRatings)
    .innerJoin(interviews, eq(interviews.id, interviewRatings.interviewId))
    .where(where);
  const n = agg?.n ?? 0;
  if (n < MIN_GROUP) return { respondents: n, suppressed: true, minGroup: MIN_GROUP, average: null, distribution: null, comments: [] };
  const dist = await db
    .select({ rating: interviewRatings.rating, n: count() })
    .from(interviewRatings)
    .innerJoin(interviews, eq(interviews.id, interviewRatings.interviewId))
    .where(where)
    .groupBy(interviewRatings.rating);
  const comments = await db
    .select({ comment: interviewRatings.comment })
    .from(interviewRatings)
    .innerJoin(interviews, eq(interviews.id, interviewRatings.interviewId))
    .where(and(where, sql`${interviewRatings.comment} <> ''`))
    .orderBy(sql`md5(${interviewRatings.comment})`)
    .limit(200);
  return {
    respondents: n,
    suppressed: false,
    minGroup: MIN_GROUP,
    average: Math.round(Number(agg?.avg ?? 0) * 100) / 100,
    distribution: Object.fromEntries([1, 2, 3, 4, 5].map((r) => [r, dist.find((d) => d.rating === r)?.n ?? 0])),
    comments: comments.map((c) => c.comment),
  };
}
