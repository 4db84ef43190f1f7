/**
 * How old counted figures (a round's progress, an interviewer's funnel, ratings, outcomes) may be when anyone
 * reads them: older ones are counted again before they are answered, and every view states this bound next
 * to its 集計時刻. Five minutes: at 100,000 people the dearest of these passes (outcomes, seconds on
 * PostgreSQL) then runs at most once per five minutes per period when nobody keeps the figures warm, while a
 * change to the figures (a submission, an interview held, a plan confirmed, a follow-up) queues its own
 * recount within seconds. Shared with the web, which states it and polls so that what is shown stays within it.
 */
export const FIGURES_MAX_AGE_MS = 5 * 60_000;
