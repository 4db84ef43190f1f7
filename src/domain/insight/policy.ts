/** Fewer people than this in a group and its aggregate is not shown: nobody can be singled out. */
export const MIN_GROUP = 5;

export const suppressed = (n: number): boolean => n < MIN_GROUP;

/** A manager sees aggregates of the people they interview; every number is hidden below MIN_GROUP. */
export function teamView<T extends { total: number }>(
  counts: T,
): (T & { suppressed: false }) | { suppressed: true; total: null; minGroup: number } {
  return suppressed(counts.total) ? { suppressed: true, total: null, minGroup: MIN_GROUP } : { ...counts, suppressed: false };
}
