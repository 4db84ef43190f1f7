/**
 * Long work in one request shares the process with every other request (and, on PGlite, the only
 * database connection): it gives way in short slices, so the others are answered meanwhile.
 */
export const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** CPU time a slice may take before giving way. */
export const SLICE_MS = 10;

/** Runs `fn` over the items in order, yielding to the event loop every SLICE_MS of work. */
export async function forEachInSlices<T>(items: readonly T[], fn: (item: T, index: number) => void): Promise<void> {
  let slice = performance.now();
  for (let i = 0; i < items.length; i++) {
    fn(items[i]!, i);
    if (performance.now() - slice > SLICE_MS) {
      await yieldToLoop();
      slice = performance.now();
    }
  }
}

/** `items.map(fn)`, yielding like forEachInSlices. */
export async function mapInSlices<T, U>(items: readonly T[], fn: (item: T, index: number) => U): Promise<U[]> {
  const out: U[] = new Array(items.length);
  await forEachInSlices(items, (item, i) => {
    out[i] = fn(item, i);
  });
  return out;
}
