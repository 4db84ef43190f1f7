import { urlProblem } from './url';

export type Outcome = { ok: boolean; statusCode: number | null; durationMs: number; error: string | null };

/**
 * One POST with a hard time limit, so a slow receiver holds a worker for at most `timeoutMs`. Redirects are
 * not followed (a 3xx is a failure): a redirect could otherwise lead past the address check. The target's
 * addresses are checked again here, not only on save (DNS may have changed since).
 */
export async function post(
  url: string,
  init: { body: string; headers: Record<string, string> },
  opts: { timeoutMs: number; allowPrivate: boolean; checkUrl?: boolean; readJson?: boolean },
): Promise<Outcome & { json?: unknown }> {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  if (opts.checkUrl !== false) {
    const problem = await urlProblem(url, opts.allowPrivate);
    if (problem) return { ok: false, statusCode: null, durationMs: took(), error: `refused: ${problem} address` };
  }
  try {
    const res = await fetch(url, {
      method: 'POST',
      body: init.body,
      headers: init.headers,
      redirect: 'manual',
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
    // The answer is read (bounded by the same timeout) only from the Slack API; a receiver's is dropped unread.
    const json = opts.readJson ? await res.json().catch(() => undefined) : undefined;
    if (json === undefined) await res.body?.cancel().catch(() => {});
    const ok = res.status >= 200 && res.status < 300;
    return { ok, statusCode: res.status, durationMs: took(), error: ok ? null : `HTTP ${res.status}`, json };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const timedOut = e.name === 'TimeoutError' || e.name === 'AbortError';
    const error = timedOut ? `timeout after ${opts.timeoutMs} ms` : (e.cause?.code ?? e.cause?.message ?? e.message);
    return { ok: false, statusCode: null, durationMs: took(), error: String(error).slice(0, 300) };
  }
}
