import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/config';
import { mailOutbox } from '../../src/db/schema';
import { createApp } from '../../src/server/app';
import { makeTestApp, type TestApp } from '../support/harness';

// Issue 14 item 7: Prometheus-style /metrics, for operators only.

const TOKEN = 'metrics-token-for-tests-0123456789';
let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp({ config: testConfig({ metricsToken: TOKEN }) });
});
afterAll(() => t.close());

const LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})? (-?[0-9.e+-]+|\+Inf|NaN)$/;

/** The exposition format, parsed strictly: every line a comment or a sample. */
function parse(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.trimEnd().split('\n')) {
    if (line.startsWith('# HELP ') || line.startsWith('# TYPE ')) continue;
    const m = LINE.exec(line);
    expect(m, line).not.toBeNull();
    samples.set(`${m![1]}${m![2] ?? ''}`, Number(m![3]));
  }
  return samples;
}

const scrape = async (app = t.app) => {
  const res = await app.request('/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/plain; version=0.0.4');
  return parse(await res.text());
};

describe('/metrics', () => {
  it('counts requests by route template and status, with latency, queue depth, undelivered mail and the process', async () => {
    const health = 'http_requests_total{method="GET",route="/api/v1/health",status="200"}';
    const before = (await scrape()).get(health) ?? 0;
    await t.app.request('/api/v1/health');
    await t.app.request('/api/v1/employees/00000000-0000-4000-8000-000000000000');
    await t.app.request('/api/v1/no-such/path-1');
    await t.app.request('/api/v1/no-such/path-2');
    await t.deps.jobs.send(
      t.db,
      'export.run',
      { exportId: 'x' },
      { singletonKey: 'metrics', startAfter: new Date(Date.now() + 3_600_000) },
    );
    await t.db.insert(mailOutbox).values({ toAddress: 'someone@example.jp', subject: 's', bodyText: 'b', status: 'failed' });

    const m = await scrape();
    expect(m.get(health)).toBe(before + 1);
    // The template, not the id; unknown paths share one series.
    expect(m.get('http_requests_total{method="GET",route="/api/v1/employees/:id",status="401"}')).toBe(1);
    expect(m.get('http_requests_total{method="GET",route="unmatched",status="401"}')).toBe(2);
    expect(m.get('http_request_duration_seconds_count{method="GET",route="/api/v1/health"}')).toBeGreaterThanOrEqual(1);
    expect(m.get('http_request_duration_seconds_bucket{method="GET",route="/api/v1/health",le="+Inf"}')).toBe(
      m.get('http_request_duration_seconds_count{method="GET",route="/api/v1/health"}'),
    );
    expect(m.get('mendan_job_queue_depth{queue="export.run",state="created"}')).toBe(1);
    expect(m.get('mendan_job_queue_depth{queue="mail.send",state="active"}')).toBe(0);
    expect(m.get('mendan_mail_undelivered{status="failed"}')).toBe(1);
    expect(m.get('mendan_metrics_database_up')).toBe(1);
    expect(m.get('process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(m.get('process_cpu_user_seconds_total')).toBeGreaterThan(0);
  });

  it('with METRICS_TOKEN, answers only the bearer of it; anyone else gets the 404 of an unknown path', async () => {
    for (const authorization of [undefined, 'Bearer wrong', `Bearer ${TOKEN}x`, TOKEN]) {
      const res = await t.app.request('/metrics', { headers: authorization ? { authorization } : {} });
      expect(res.status, authorization).toBe(404);
      expect(await res.text()).not.toContain('http_requests_total');
    }
  });

  it('without a token, answers only a caller on this machine with no proxy in between', async () => {
    const open = createApp({ ...t.deps, config: testConfig() });
    const peer = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });
    expect((await open.request('/metrics', {}, peer('127.0.0.1'))).status).toBe(200);
    expect((await open.request('/metrics', {}, peer('::1'))).status).toBe(200);
    expect((await open.request('/metrics', {}, peer('10.1.2.3'))).status).toBe(404);
    expect((await open.request('/metrics')).status).toBe(404);
    expect((await open.request('/metrics', { headers: { 'x-forwarded-for': '203.0.113.9' } }, peer('127.0.0.1'))).status).toBe(404);
    const proxied = createApp({ ...t.deps, config: testConfig({ trustProxy: true }) });
    expect((await proxied.request('/metrics', {}, peer('127.0.0.1'))).status).toBe(404);
  });
});
