import { measure } from './load';
import { startHello } from './server';
import type { BenchOptions, ResultRow } from './types';

/** The bare Hono hello server under the same load: the denominator of every ratio in the report. */
export async function runBaseline(opts: BenchOptions): Promise<ResultRow> {
  opts.log('hello: bare Hono + @hono/node-server, GET / → {ok:true}');
  const server = await startHello();
  try {
    const stats = await measure(
      { url: `${server.baseUrl}/`, connections: opts.connections, durationSec: opts.durationSec },
      warmupFor(opts.durationSec),
    );
    return { suite: 'hello', scenario: 'GET / (bare Hono)', db: '-', stats };
  } finally {
    await server.stop();
  }
}

/** Warm-up length: a fifth of the measured window, 1–3 s. */
export const warmupFor = (durationSec: number) => Math.min(3, Math.max(1, Math.round(durationSec / 5)));
