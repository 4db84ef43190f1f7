import { createHmac, randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/config';
import type { Db } from '../../src/db/client';
import { rowsOf } from '../../src/db/rows';
import { auditLog, notifications, webhookDeliveries, webhookEndpoints } from '../../src/db/schema';
import { CHAT_EVENTS } from '../../src/domain/webhooks/events';
import { reconcileJobs } from '../../src/jobs/reconcile';
import { makeEmployee } from '../support/factories';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';
import { startWebhookSink, type WebhookSink } from '../support/webhook-sink';

// Chat tools and webhooks against real local receivers (issue 17.2, decision 0021): signed generic
// deliveries, Slack and Teams formats, Slack DMs through a Slack API stand-in, a slow and a failing receiver,
// retries with backoff, re-send, automatic disable.

const TOKEN = 'xoxb-test-token';
let t: TestApp;
let org: Org;
let hr: TestClient;
let admin: TestClient;
let sink: WebhookSink;

beforeAll(async () => {
  sink = await startWebhookSink({ slowMs: 5000, token: TOKEN });
  const config = testConfig({
    publicUrl: 'https://mendan.example.jp',
    webhookAllowPrivate: true,
    // Long enough for a delivery on a loaded machine, well short of the slow receiver.
    webhookTimeoutMs: 1500,
    slackBotToken: TOKEN,
    slackApiUrl: `${sink.url}/api`,
  });
  ({ t, org, hr } = await orgApp({ config }));
  admin = await t.client().login(org.admin.email);
}, 60_000);
afterAll(async () => {
  await t.close();
  await sink.close();
});

type Created = { endpoint: { id: string; urlHint: string; enabled: boolean }; secret: string | null };
async function addEndpoint(body: Record<string, unknown>): Promise<Created> {
  const res = await admin.post('/api/v1/admin/webhooks', { events: [...CHAT_EVENTS], ...body });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as Created;
}
const deliveriesOf = (endpointId: string) =>
  t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId)).orderBy(webhookDeliveries.createdAt);
/** The retry's time comes (instead of waiting for it). */
const makeDue = (db: Db) =>
  db.execute(sql`update pgboss.job set start_after = now() - interval '1 second' where name = 'webhook.deliver' and state = 'retry'`);
async function drainRetries() {
  for (let i = 0; i < 10; i++) {
    await makeDue(t.db);
    await t.drain().catch(() => 0);
  }
}
const verify = (secret: string, ts: string, body: string) => `sha256=${createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex')}`;

describe('webhook endpoints', () => {
  let generic: Created;
  let interviewId: string;

  it('an admin adds a signed generic endpoint, a Slack and a Teams channel; the secret is shown once', async () => {
    generic = await addEndpoint({ name: '社内ツール', kind: 'generic', url: `${sink.url}/ok/generic` });
    expect(generic.secret).toMatch(/^whsec_[\w-]{32}$/);
    const slack = await addEndpoint({ name: '人事チャンネル', kind: 'slack', url: `${sink.url}/ok/slack`, events: ['round.launched'] });
    expect(slack.secret).toBeNull();
    await addEndpoint({ name: 'Teams 人事', kind: 'teams', url: `${sink.url}/ok/teams`, events: ['round.launched'] });
    const list = await (await admin.get('/api/v1/admin/webhooks')).text();
    expect(list).not.toContain(generic.secret);
    expect(list).not.toContain('/ok/generic');
    expect(JSON.parse(list).endpoints[0]).toMatchObject({ name: '社内ツール', urlHint: `${sink.url}/…eric`, hasSecret: true });
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'webhook.create'));
    expect(audit).toHaveLength(3);
    expect(JSON.stringify(audit)).not.toContain(generic.secret);
  });

  it('refuses a bad URL, field by field, in Japanese', async () => {
    const res = await admin.post('/api/v1/admin/webhooks', { name: '', kind: 'generic', url: 'http://example.com/hook', events: ['x'] });
    expect(res.status).toBe(400);
    const { fields } = (await res.json()).error;
    expect(fields.url).toBe('https:// で始まる URL を入力してください(http が使えるのは、このサーバー自身のアドレスだけです)。');
    expect(fields.name).toBe('名前を入力してください。');
    expect(fields['events.0']).toBe('通知の種類が正しくありません。');
  });

  it('a launched round reaches every endpoint: signed JSON, Slack blocks, a Teams card', async () => {
    const r = await launchRound(t, hr, [org.report.id]);
    interviewId = r.interviewOf(org.report.id);
    await t.drain();
    const [g] = sink.to('/ok/generic');
    expect(g).toBeDefined();
    const ts = g!.headers['x-mendan-timestamp'] as string;
    expect(Math.abs(Number(ts) - Date.now() / 1000)).toBeLessThan(60);
    expect(g!.headers['x-mendan-signature']).toBe(verify(generic.secret!, ts, g!.body));
    expect(g!.headers['x-mendan-event']).toBe('round.launched');
    const payload = JSON.parse(g!.body);
    expect(payload).toEqual({
      version: 1,
      id: expect.any(String),
      event: 'round.launched',
      occurredAt: expect.any(String),
      subject: { employeeId: org.report.id, name: `${org.report.familyName} ${org.report.givenName}` },
      link: `https://mendan.example.jp/prep/${interviewId}`,
      text: `【Mendan】${org.report.familyName} ${org.report.givenName}さん: 面談ラウンドが始まりました`,
    });
    const [row] = await deliveriesOf(generic.endpoint.id);
    expect(g!.headers['x-mendan-delivery']).toBe(row!.id);
    expect(row).toMatchObject({ status: 'ok', statusCode: 200, attempts: 1, eventId: payload.id });

    const slack = JSON.parse(sink.to('/ok/slack')[0]!.body);
    expect(slack.text).toContain('面談ラウンドが始まりました');
    expect(slack.blocks[0].text.text).toContain(`<https://mendan.example.jp/prep/${interviewId}|Mendan で開く>`);
    const teams = JSON.parse(sink.to('/ok/teams')[0]!.body);
    expect(teams.attachments[0].content).toMatchObject({
      type: 'AdaptiveCard',
      actions: [{ type: 'Action.OpenUrl', url: `https://mendan.example.jp/prep/${interviewId}` }],
    });
  });

  it('shows the delivery log, and re-sends a delivery as the same event', async () => {
    const log = await (await admin.get(`/api/v1/admin/webhooks/${generic.endpoint.id}/deliveries`)).json();
    expect(log.items[0]).toMatchObject({ event: 'round.launched', status: 'ok', statusCode: 200, attempts: 1, error: null });
    expect(log.items[0].subjectName).toBe(`${org.report.familyName} ${org.report.givenName}`);
    const res = await admin.post(`/api/v1/admin/webhooks/deliveries/${log.items[0].id}/resend`);
    expect(res.status).toBe(200);
    await t.drain();
    const [first, again] = sink.to('/ok/generic');
    expect(JSON.parse(again!.body).id).toBe(JSON.parse(first!.body).id);
    expect(again!.headers['x-mendan-delivery']).not.toBe(first!.headers['x-mendan-delivery']);
    expect(await deliveriesOf(generic.endpoint.id)).toHaveLength(2);
  });

  it('sends a test at once and logs it; rotating the secret signs with the new one', async () => {
    const rotated = (await (await admin.post(`/api/v1/admin/webhooks/${generic.endpoint.id}/rotate-secret`)).json()) as Created;
    expect(rotated.secret).not.toBe(generic.secret);
    const res = await admin.post(`/api/v1/admin/webhooks/${generic.endpoint.id}/test`);
    expect(await res.json()).toMatchObject({ event: 'mendan.test', status: 'ok', statusCode: 200, attempts: 1 });
    const last = sink.to('/ok/generic').at(-1)!;
    expect(JSON.parse(last.body)).toMatchObject({ event: 'mendan.test', subject: null });
    expect(last.headers['x-mendan-signature']).toBe(verify(rotated.secret!, last.headers['x-mendan-timestamp'] as string, last.body));
  });

  it('a delivery whose job was lost (a restore) is queued again at start-up, and sent once', async () => {
    const [row] = await t.db
      .insert(webhookDeliveries)
      .values({
        endpointId: generic.endpoint.id,
        target: 'endpoint',
        eventId: randomUUID(),
        event: 'sheet.due',
        employeeId: org.report.id,
        link: '/prep',
      })
      .returning();
    expect(await reconcileJobs(t.deps)).toMatchObject({ 'webhook.deliver': 1 });
    expect(await reconcileJobs(t.deps)).not.toHaveProperty('webhook.deliver');
    await t.drain();
    expect(sink.received.filter((r) => r.headers['x-mendan-delivery'] === row!.id)).toHaveLength(1);
  });

  it('a slow receiver is cut at the timeout', async () => {
    const slow = await addEndpoint({ name: '遅い受信先', kind: 'generic', url: `${sink.url}/slow` });
    const res = await admin.post(`/api/v1/admin/webhooks/${slow.endpoint.id}/test`);
    const d = await res.json();
    expect(d).toMatchObject({ status: 'failed', statusCode: null, error: 'timeout after 1500 ms' });
    expect(d.durationMs).toBeLessThan(4000);
    await admin.delete(`/api/v1/admin/webhooks/${slow.endpoint.id}`);
  });
});

describe('a failing receiver', () => {
  it('is retried with backoff, then given up; ten failures in a row switch it off and tell the admins', async () => {
    const failing = await addEndpoint({ name: '落ちている受信先', kind: 'generic', url: `${sink.url}/fail` });
    const a = await makeEmployee(t.db, { managerId: org.manager.id });
    const b = await makeEmployee(t.db, { managerId: org.manager.id });
    // The launch's drain runs the deliveries too, and reports their failure.
    await expect(launchRound(t, hr, [a.id, b.id], { name: '再送テスト' })).rejects.toThrow('webhook delivery failed: HTTP 500');
    let rows = await deliveriesOf(failing.endpoint.id);
    expect(rows.map((r) => r.status)).toEqual(['retrying', 'retrying']);
    expect(rows[0]).toMatchObject({ statusCode: 500, error: 'HTTP 500', attempts: 1 });
    const [job] = rowsOf<{ retry_limit: number; due_in: number }>(
      await t.db.execute(sql`select retry_limit, extract(epoch from start_after - now())::float8 as due_in
        from pgboss.job where name = 'webhook.deliver' and state = 'retry' limit 1`),
    );
    expect(job!.retry_limit).toBe(5);
    expect(job!.due_in).toBeGreaterThan(20); // backoff: not retried at once
    await drainRetries();
    rows = await deliveriesOf(failing.endpoint.id);
    // Off at the 10th failed attempt (the two deliveries' retries interleave): later tries find it off.
    expect(rows.reduce((n, r) => n + r.attempts, 0)).toBeGreaterThanOrEqual(10);
    for (const r of rows) expect(['failed', 'skipped']).toContain(r.status);
    expect(sink.to('/fail')).toHaveLength(10);
    const [ep] = await t.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, failing.endpoint.id));
    expect(ep).toMatchObject({ enabled: false, consecutiveFailures: 10 });
    const told = await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.recipientId, org.admin.id), eq(notifications.kind, 'webhookDisabled')));
    expect(told).toHaveLength(1);
    const list = await (await admin.get('/api/v1/notifications')).json();
    expect(list.items[0].text).toBe(
      '通知連携「落ちている受信先」への送信が10回続けて失敗したため、この連携を停止しました。送信先を確認してから再開してください。',
    );
    // A re-send to a switched-off endpoint is refused; switched back on, it counts afresh.
    expect((await admin.post(`/api/v1/admin/webhooks/deliveries/${rows[0]!.id}/resend`)).status).toBe(409);
    const on = await admin.patch(`/api/v1/admin/webhooks/${failing.endpoint.id}`, { enabled: true });
    expect(await on.json()).toMatchObject({ enabled: true, consecutiveFailures: 0, disabledAt: null });
  });
});

describe('Slack direct messages', () => {
  it('DM the people Slack knows by their address; someone it does not know is logged, not retried', async () => {
    const known = await makeEmployee(t.db, { managerId: org.manager.id });
    const unknown = await makeEmployee(t.db, { managerId: org.manager.id });
    const s2 = await startWebhookSink({ token: TOKEN, slackUsers: { [known.email]: 'U0KNOWN' } });
    const {
      t: t2,
      org: o2,
      hr: hr2,
    } = await orgApp({
      config: testConfig({ publicUrl: 'https://mendan.example.jp', slackApiUrl: `${s2.url}/api`, slackBotToken: TOKEN }),
    });
    try {
      const a2 = await t2.client().login(o2.admin.email);
      const res = await a2.put('/api/v1/admin/webhooks/slack-dm', { enabled: true, events: ['round.launched'] });
      expect(await res.json()).toEqual({ enabled: true, events: ['round.launched'], tokenConfigured: true });
      const k = await makeEmployee(t2.db, { email: known.email, managerId: o2.manager.id });
      const u = await makeEmployee(t2.db, { email: unknown.email, managerId: o2.manager.id });
      await launchRound(t2, hr2, [k.id, u.id]);
      await t2.drain();
      const posted = s2.to('/api/chat.postMessage').map((r) => JSON.parse(r.body));
      expect(posted).toHaveLength(1);
      expect(posted[0]).toMatchObject({ channel: 'U0KNOWN', text: expect.stringContaining('面談ラウンドが始まりました') });
      const log = await (await a2.get('/api/v1/admin/webhooks/slack-dm/deliveries')).json();
      expect(log.items.map((i: { status: string; error: string | null }) => [i.status, i.error]).sort()).toEqual([
        ['failed', 'slack: users_not_found'],
        ['ok', null],
      ]);
      // A DM still queued when DMs are switched off is not sent.
      const [late] = await t2.db
        .insert(webhookDeliveries)
        .values({ target: 'slackDm', eventId: randomUUID(), event: 'round.launched', employeeId: k.id, link: '/prep' })
        .returning();
      await reconcileJobs(t2.deps);
      await a2.put('/api/v1/admin/webhooks/slack-dm', { enabled: false, events: ['round.launched'] });
      await t2.drain();
      const [row] = await t2.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, late!.id));
      expect(row).toMatchObject({ status: 'skipped', error: 'slack DMs off' });
      expect(s2.to('/api/chat.postMessage')).toHaveLength(1);
    } finally {
      await t2.close();
      await s2.close();
    }
  });

  it('is refused without SLACK_BOT_TOKEN', async () => {
    const { t: t3, org: o3 } = await orgApp();
    try {
      const a3 = await t3.client().login(o3.admin.email);
      const res = await a3.put('/api/v1/admin/webhooks/slack-dm', { enabled: true, events: [] });
      expect(res.status).toBe(400);
      expect((await res.json()).error.fields.enabled).toBe(
        'Slack への個人通知には、サーバーの環境変数 SLACK_BOT_TOKEN(Slack アプリのボットトークン)が必要です。',
      );
    } finally {
      await t3.close();
    }
  });
});
