import { type AggregateDeps, changeOf, figuresChanged } from '../aggregates/read';
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
