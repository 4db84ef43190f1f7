import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { interviewRatings, interviews } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { forbidden, notFound } from '../errors';
import { rowsOf } from '../../db/rows';
import type { JobQueue } from '../../jobs/queue';
import { changeOf, figuresChanged, readAggregate } from '../aggregates/read';
import { defineAggregate, RoundParams } from '../aggregates/registry';
import { loadInterview } from '../interviews/access';
import { canRate } from './policy';
import type { InterviewRating, RoundRatings } from './responses';
import { can } from '../capabilities';
import { FIGURES_MAX_AGE_MS } from '../shared/figures';

/** Fewer respondents than this and nothing is shown: a rating must never point at a person. */
export const MIN_GROUP = 5;

export async function myRating(db: Db, actor: Actor, interviewId: string): Promise<InterviewRating | null> {
  const x = await loadInterview(db, actor, interviewId);
  if (x.facts.relation !== 'self') return null;
  const [r] = await db
    .select({ rating: interviewRatings.rating, comment: interviewRatings.comment })
    .from(interviewRatings)
    .where(eq(interviewRatings.interviewId, interviewId));
  return r ?? null;
}

/** The employee rates their interview (1–5, optional comment). The interviewer never sees it. */
export async function rateInterview(
  db: Db,
  opts: { actor: Actor; interviewId: string; rating: number; comment: string; jobs: JobQueue },
): Promise<InterviewRating> {
  const { actor, interviewId, rating, comment } = opts;
  const x = await loadInterview(db, actor, interviewId);
  if (!canRate(x.facts)) throw forbidden();
  await db.transaction(async (tx) => {
    await tx
      .insert(interviewRatings)
      .values({ interviewId, rating, comment })
      .onConflictDoUpdate({ target: interviewRatings.interviewId, set: { rating, comment, createdAt: new Date() } });
    await audit(tx, { actor, action: 'interview.rate', entityType: 'interview', entityId: interviewId });
    await figuresChanged({ db: tx, jobs: opts.jobs }, [changeOf(ratingsAggregate, { roundId: x.interview.roundId })]);
  });
  return { rating, comment };
}

type RatingRow = { n: number; avg: number | null; d1: number; d2: number; d3: number; d4: number; d5: number };

/** One pass over the round's ratings, and the comments (few) in an order unrelated to who wrote them. */
async function computeRatings(db: Db, roundId: string): Promise<Omit<RoundRatings, 'asOf'>> {
  const [agg] = rowsOf<RatingRow>(
    await db.execute(sql`select count(*)::int as n, avg(r.rating)::float8 as avg,
        count(*) filter (where r.rating = 1)::int as d1, count(*) filter (where r.rating = 2)::int as d2,
        count(*) filter (where r.rating = 3)::int as d3, count(*) filter (where r.rating = 4)::int as d4,
        count(*) filter (where r.rating = 5)::int as d5
      from interview_ratings r join interviews i on i.id = r.interview_id where i.round_id = ${roundId}`),
  );
  const n = agg?.n ?? 0;
  if (!agg || n < MIN_GROUP)
    return { respondents: n, suppressed: true, minGroup: MIN_GROUP, average: null, distribution: null, comments: [] };
  const comments = await db
    .select({ comment: interviewRatings.comment })
    .from(interviewRatings)
    .innerJoin(interviews, eq(interviews.id, interviewRatings.interviewId))
    .where(and(eq(interviews.roundId, roundId), sql`${interviewRatings.comment} <> ''`))
    .orderBy(sql`md5(${interviewRatings.comment})`)
    .limit(200);
  return {
    respondents: n,
    suppressed: false,
    minGroup: MIN_GROUP,
    average: Math.round(Number(agg.avg ?? 0) * 100) / 100,
    distribution: { 1: agg.d1, 2: agg.d2, 3: agg.d3, 4: agg.d4, 5: agg.d5 },
    comments: comments.map((c) => c.comment),
  };
}

const ratingsAggregate = defineAggregate({
  name: 'ratings',
  params: RoundParams,
  key: (p) => `ratings:${p.roundId}`,
  ttlMs: 60_000,
  maxStaleMs: FIGURES_MAX_AGE_MS,
  compute: (db, p) => computeRatings(db, p.roundId),
});

/**
 * HR's view of a round's ratings: count, average, distribution and comments (no names, in a fixed
 * order unrelated to who wrote them) — all hidden below MIN_GROUP respondents. Kept a minute: ratings
 * trickle in, and a large round's pass is not worth repeating per page view.
 */
export async function roundRatings(
  db: Db,
  opts: { actor: Actor; roundId: string; jobs: JobQueue; refresh?: boolean },
): Promise<RoundRatings> {
  if (!can(opts.actor, 'viewInsight')) throw notFound();
  return readAggregate({ db, jobs: opts.jobs }, ratingsAggregate, { roundId: opts.roundId }, { refresh: opts.refresh });
}
