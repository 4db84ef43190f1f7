import autocannon from 'autocannon';
import type { LoadStats } from './types';

export type LoadSpec = {
  url: string;
  connections: number;
  durationSec: number;
  headers?: Record<string, string>;
};

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/**
 * Drives one URL with autocannon for a bounded time. Every response time is recorded, so p95 is
 * computed exactly rather than read from autocannon's fixed percentiles (which skip p95).
 */
export function drive(spec: LoadSpec): Promise<LoadStats> {
  let times = new Float64Array(1 << 16);
  let count = 0;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: spec.url, connections: spec.connections, duration: spec.durationSec, timeout: 30, headers: spec.headers },
      (err, result) => {
        if (err) return reject(err);
        const elapsed = (performance.now() - started) / 1000;
        const sorted = times.subarray(0, count).sort();
        resolve({
          requests: count,
          durationSec: elapsed,
          reqPerSec: count / elapsed,
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          p99: percentile(sorted, 99),
          max: count ? sorted[count - 1]! : Number.NaN,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
          unfinished: Math.max(0, result.requests.sent - count - result.errors - result.timeouts),
        });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
      if (count === times.length) {
        const bigger = new Float64Array(times.length * 2);
        bigger.set(times);
        times = bigger;
      }
      times[count++] = ms;
    });
  });
}

/** A short unrecorded run first: JIT, connection pools and database caches warm up. */
export async function measure(spec: LoadSpec, warmupSec: number): Promise<LoadStats> {
  if (warmupSec > 0) await drive({ ...spec, durationSec: warmupSec });
  return drive(spec);
}
