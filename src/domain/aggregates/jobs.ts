import './kinds';

/** The job handlers of stored aggregates (src/jobs/handlers.ts): refreshes of any kind. */
export { runAggregateRefresh } from './read';
