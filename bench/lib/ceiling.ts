import { writeFileSync } from 'node:fs';
import { warmupFor } from './baseline';
import { measure } from './load';
import type { DbTarget } from './databases';
import type { RunningServer } from './server';
import { LOG_DIR, startCeiling } from './server';
import type { Captured as Statement } from './servers/sql-capture';
import type { BenchOptions, LoadStats } from './types';

/**
 * The raw-SQL ceiling of an endpoint (issue 16.1): the statements Mendan sent for one request, replayed
 * through `pg` by a bare HTTP server at the same concurrency in the same run. Mendan ÷ ceiling says how much
 * of what the database can give a server passes through Mendan. PostgreSQL only: PGlite runs inside the
 * app's process, so there is no "raw" path to it that a separate server could take.
 */
export type Ceiling = {
  /** Records the statements of one request (call it while the app is idle: before its load run). */
  capture: (url: string, cookie: string, id: string) => Promise<Captured>;
};
/** A captured request, ready to be replayed under load; `problem` when its replay does not answer 200. */
export type Captured = { statements: number; problem: string | null; measure: () => Promise<LoadStats> };

/** Statements sent before every one of the group before them was answered ran together (Promise.all). */
type Replayed = { text: string; name?: string; values: unknown[] };
export function groupsOf(captured: Statement[]): Replayed[][] {
  const groups: Replayed[][] = [];
  let openUntil = Number.NEGATIVE_INFINITY;
  for (const c of [...captured].sort((a, b) => a.sentAt - b.sentAt)) {
    const stmt = { text: c.text, name: c.name, values: c.values };
    if (groups.length && c.sentAt < openUntil) {
      groups.at(-1)!.push(stmt);
      openUntil = Math.min(openUntil, c.doneAt);
    } else {
      groups.push([stmt]);
      openUntil = c.doneAt;
    }
  }
  return groups;
}

/** Runs `body` with a ceiling server beside the app (PostgreSQL), or with none (PGlite). */
export async function withCeiling<T>(app: RunningServer, target: DbTarget, opts: BenchOptions, body: (c: Ceiling | null) => Promise<T>) {
  const askApp = app.ask;
  if (!target.databaseUrl || !askApp) return body(null);
  const server = await startCeiling(`ceiling-${app.name}`, target.databaseUrl);
  const askCeiling = server.ask!;
  const ceiling: Ceiling = {
    capture: async (url, cookie, id) => {
      await askApp({ capture: 'start' }, 'captureStarted');
      const res = await fetch(url, { headers: { cookie } });
      await res.arrayBuffer();
      // Statements answered after the response (an audit write the route does not wait for) count too.
      await new Promise((r) => setTimeout(r, 100));
      const captured = await askApp<Statement[]>({ capture: 'stop' }, 'captured');
      writeFileSync(`${LOG_DIR}/ceiling-${id}.json`, JSON.stringify(captured, null, 1));
      const groups = groupsOf(captured);
      const inTransaction = captured.some((c) => /^\s*begin\b/i.test(c.text));
      await askCeiling({ route: { id, groups, inTransaction } }, 'registered');
      const ceilingUrl = `${server.baseUrl}/${id}`;
      const check = await fetch(ceilingUrl);
      const problem = check.status === 200 ? null : `ceiling answered ${check.status}: ${(await check.text()).slice(0, 160)}`;
      if (check.status === 200) await check.arrayBuffer();
      return {
        statements: captured.length,
        problem,
        measure: () =>
          measure(
            { url: ceilingUrl, connections: opts.connections, durationSec: opts.durationSec, headers: {} },
            warmupFor(opts.durationSec),
          ),
      };
    },
  };
  try {
    return await body(ceiling);
  } finally {
    await server.stop();
  }
}
