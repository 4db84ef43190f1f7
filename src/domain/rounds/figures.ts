import type { Db } from '../../db/client';
import { type AggregateDeps, changeOf, figuresChanged } from '../aggregates/read';
import { markChanged } from '../aggregates/store';
import { teamAggregate } from '../insight/team';
import { progressAggregate } from './progress';

type Moved = { roundId: string; interviewerId: string | null };

/**
 * An interview moved along its funnel (a form submitted or taken back, a time fixed or dropped, held, the plan
 * changed or confirmed, a follow-up): its round's progress and its interviewer's own funnel are counted again.
 * Called in the write's transaction; several interviews in one call, so that their marks are taken in one
 * statement (in key order, never two transactions waiting on each other). Outcomes (per period) are not
 * marked: they keep to the age bound alone.
 */
export function interviewChanged(deps: AggregateDeps, ...moved: Moved[]): Promise<void> {
  return figuresChanged(
    deps,
    moved.flatMap((i) => [
      changeOf(progressAggregate, { roundId: i.roundId }),
      ...(i.interviewerId ? [changeOf(teamAggregate, { interviewerId: i.interviewerId })] : []),
    ]),
  );
}

/** Keys marked per statement: a launch may name thousands of interviewers. */
const MARK_CHUNK = 5_000;

/**
 * Interviewers whose own funnel gained or lost interviews in bulk (a launch, a reassignment): their stored funnels
 * are marked behind, not recounted here — the next reader of each is answered what is stored and queues its recount,
 * so a launch to thousands of interviewers does not queue thousands of passes nobody may look at.
 */
export async function interviewersChanged(db: Db, interviewerIds: Iterable<string>): Promise<void> {
  const keys = [...new Set(interviewerIds)].map((id) => teamAggregate.key({ interviewerId: id })).sort();
  for (let i = 0; i < keys.length; i += MARK_CHUNK) await markChanged(db, keys.slice(i, i + MARK_CHUNK));
}
