import type { PGlite } from '@electric-sql/pglite';

/** Longest stretch of database work before the process looks at its sockets and timers again. */
export const TURN_MS = 20;

/**
 * PGlite runs each statement synchronously on the server's own thread, and a statement's end starts the next one
 * without going back to the event loop. Under load one turn of the loop ran for seconds; Node accepts one new
 * connection per turn (libuv), so people who connected during the load waited until it ended (the load suite: every
 * manager's first page ~32 s while the employees already connected went on). Once a turn has done TURN_MS of work,
 * the next statement waits for the next turn. Every statement goes through `_runExclusiveQuery` (PGlite's lock
 * around the one backend), inside a transaction too: a long transaction gives way as well.
 */
export function takeTurns(client: PGlite): void {
  const inner = client as unknown as { _runExclusiveQuery?: <T>(fn: () => Promise<T>) => Promise<T> };
  const run = inner._runExclusiveQuery?.bind(client);
  // A PGlite without it has changed how it locks: fail at start rather than quietly stop taking turns.
  if (!run) throw new Error('PGlite: _runExclusiveQuery not found (taking turns with the event loop needs it)');
  let turnStart = performance.now();
  inner._runExclusiveQuery = async (fn) => {
    if (performance.now() - turnStart >= TURN_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      turnStart = performance.now();
    }
    return run(fn);
  };
}
