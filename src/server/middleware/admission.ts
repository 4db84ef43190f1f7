import type { MiddlewareHandler } from 'hono';

/** Cheap answers a load balancer or a monitor asks for: never made to wait behind the work. */
const UNQUEUED = new Set(['/api/v1/health', '/api/v1/ready']);

/**
 * At most `limit` API requests at work at once in this process; the others wait their turn here, first come first
 * served (issue 16.4). A request sends its queries one after another; with every request at work at once, each of
 * its queries queued again behind everyone else's at the connection pool, so a page of twenty queries waited twenty
 * times (the load suite at 200 people: the prep page's p50 17 s while the average request took 3 s). Waiting once at
 * the door is the same work with a short queue at the pool. A slot is held until the handler has answered (a
 * streamed body goes on after it). `limit` 0: no limit.
 */
export function admission(limit: number): MiddlewareHandler {
  if (limit <= 0) return (_c, next) => next();
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (c, next) => {
    if (UNQUEUED.has(c.req.path)) return next();
    // A slot is handed from the request that leaves straight to the next in line, so `active` counts it still.
    if (active < limit) active++;
    else await new Promise<void>((turn) => waiting.push(turn));
    try {
      await next();
    } finally {
      // The next in line starts on the event loop's next turn, not in this one's continuation: on the embedded
      // database every statement finishes without going back to the loop, so handing over at once chained the
      // whole queue into one turn (seconds under load), and Node accepts one new connection per turn.
      const following = waiting.shift();
      if (following) setImmediate(following);
      else active--;
    }
  };
}
