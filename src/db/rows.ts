/** Rows of a raw execute() on either driver (node-postgres and PGlite both answer { rows }). */
export function rowsOf<T>(res: unknown): T[] {
  return (res as { rows: T[] }).rows;
}
