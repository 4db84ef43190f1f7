import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/config';
import { CHAT_EVENTS } from '../../src/domain/webhooks/events';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';
import { startWebhookSink, type WebhookSink } from '../support/webhook-sink';

// No confidential text leaves Mendan through chat tools or webhooks (issue 17.2, decision 0021): a whole
// interview — sheet and survey answers (人事のみ too), time proposals with notes, interview notes of every
// visibility, plan items, a career wish — with distinctive strings, every event sent to every kind of
// receiver and to Slack DMs; none of those strings is in anything received.

const TOKEN = 'xoxb-confidential-test';
const CONF = {
  answer: '機密回答-残業が多く転職を考えている',
  hrOnly: '機密人事のみ-親の介護が始まる',
  survey: '機密アンケート-体調がすぐれない',
  offerNote: '機密候補メモ-評価の話もします',
  proposeNote: '機密提案メモ-通院のためこの時間で',
  privateNote: '機密非公開メモ-様子を見る',
  hrManagerNote: '機密人事上司メモ-異動候補',
  sharedNote: '機密共有メモ-強みは調整役',
  planWhat: '機密計画-リーダー研修を受講',
  planTarget: '機密目標-社内勉強会で発表',
  wish: '機密希望-海外拠点で働きたい',
};

let t: TestApp;
let org: Org;
let hr: TestClient;
let sink: WebhookSink;

beforeAll(async () => {
  sink = await startWebhookSink({ token: TOKEN });
  const config = testConfig({
    publicUrl: 'https://mendan.example.jp',
    webhookAllowPrivate: true,
    slackBotToken: TOKEN,
    slackApiUrl: `${sink.url}/api`,
  });
  ({ t, org, hr } = await orgApp({ config }));
  // Everyone the events concern has a Slack account.
  sink.slackUsers[org.report.email] = 'U0REPORT';
  sink.slackUsers[org.manager.email] = 'U0MANAGER';
}, 60_000);
afterAll(async () => {
  await t.close();
  await sink.close();
});

const slot = (days: number, hour: number) => {
  const s = new Date(Date.now() + days * 86_400_000);
  s.setUTCHours(hour, 0, 0, 0);
  return { start: s.toISOString(), end: new Date(s.getTime() + 3_600_000).toISOString() };
};
const makeDue = (name: string) =>
  t.db.execute(sql`update pgboss.job set start_after = now() - interval '1 second' where name = ${name} and state < 'active'`);

describe('what leaves Mendan', () => {
  it('is what happened, whom it concerns and a link — never answers, notes or wishes', async () => {
    const admin = await t.client().login(org.admin.email);
    for (const [kind, path] of [
      ['generic', '/ok/generic'],
      ['slack', '/ok/slack'],
      ['teams', '/ok/teams'],
    ] as const) {
      const res = await admin.post('/api/v1/admin/webhooks', { name: kind, kind, url: `${sink.url}${path}`, events: [...CHAT_EVENTS] });
      expect(res.status).toBe(201);
    }
    expect((await admin.put('/api/v1/admin/webhooks/slack-dm', { enabled: true, events: [...CHAT_EVENTS] })).status).toBe(200);

    const { roundId, interviewOf } = await launchRound(t, hr, [org.report.id]);
    const id = interviewOf(org.report.id);
    const emp = await t.client().login(org.report.email);
    const mgr = await t.client().login(org.manager.email);

    // The sheet is due: HR reminds before it is in.
    expect((await hr.post(`/api/v1/rounds/${roundId}/remind`, { target: 'sheet' })).status).toBe(200);
    await t.drain();
    const answers = {
      currentIssues: { value: CONF.answer, hrOnly: false },
      careerGoals: { value: { short: CONF.answer, mid: '', long: '' }, hrOnly: false },
      currentEfforts: { value: CONF.answer, hrOnly: false },
      supportDetail: { value: CONF.hrOnly, hrOnly: true },
    };
    expect((await emp.put(`/api/v1/interviews/${id}/forms/sheet/answers`, { answers })).status).toBe(200);
    expect((await emp.post(`/api/v1/interviews/${id}/forms/sheet/submit`)).status).toBe(200);
    const survey = { jobSatisfaction: { value: 2 }, rewarding: { value: 3 }, lifeEvents: { value: CONF.survey, hrOnly: true } };
    expect((await emp.put(`/api/v1/interviews/${id}/forms/survey/answers`, { answers: survey })).status).toBe(200);

    // Times: offered with a note, another proposed with a note, one chosen (its reminder made due).
    const offer = { ...slot(6, 5), locationType: 'room', location: '第1会議室', note: CONF.offerNote };
    const offered = await mgr.post(`/api/v1/interviews/${id}/slots`, { slots: [offer] });
    expect(offered.status).toBe(200);
    const proposal = { ...slot(7, 5), locationType: 'room', location: '第2会議室', note: CONF.proposeNote };
    expect((await emp.post(`/api/v1/interviews/${id}/slots/propose`, proposal)).status).toBe(200);
    const slots = (await offered.json()) as { slots: { id: string; proposedBy: string }[] };
    const chosen = slots.slots.find((s) => s.proposedBy === 'interviewer')!;
    expect((await emp.post(`/api/v1/interviews/${id}/schedule`, { slotId: chosen.id })).status).toBe(200);
    await makeDue('interview.reminder');
    await t.drain();

    // The record: notes of every visibility, a plan item already overdue, the plan confirmed by the manager.
    for (const [visibility, body] of [
      ['private', CONF.privateNote],
      ['hr_manager', CONF.hrManagerNote],
      ['shared', CONF.sharedNote],
    ]) {
      expect((await mgr.post(`/api/v1/interviews/${id}/notes`, { visibility, body })).status).toBe(200);
    }
    const item = { what: CONF.planWhat, owner: 'employee', dueOn: '2026-11-01', target: CONF.planTarget };
    expect((await mgr.post(`/api/v1/interviews/${id}/plan/items`, item)).status).toBe(200);
    expect((await mgr.post(`/api/v1/interviews/${id}/held?early=true`)).status).toBe(200);
    expect((await mgr.post(`/api/v1/interviews/${id}/plan/confirm`, { revision: 1 })).status).toBe(200);
    await makeDue('plan.overdue');

    // A career wish with a note.
    const wish = {
      kind: 'transfer',
      desiredRole: CONF.wish,
      desiredDepartmentId: org.team.id,
      track: 'management',
      timeframe: 'within1y',
      relocation: 'ok',
      note: CONF.wish,
      disclosure: 'manager_hr',
    };
    expect((await emp.post('/api/v1/me/wishes', wish)).status).toBe(201);
    await t.drain();

    const bodies = sink.received.filter((r) => r.path !== '/api/users.lookupByEmail');
    const events = new Set(bodies.filter((r) => r.path === '/ok/generic').map((r) => JSON.parse(r.body).event));
    expect([...events].sort()).toEqual([...CHAT_EVENTS].sort());
    expect(sink.to('/ok/slack').length).toBe(bodies.filter((r) => r.path === '/ok/generic').length);
    expect(sink.to('/ok/teams').length).toBe(sink.to('/ok/slack').length);
    const all = sink.received.map((r) => `${JSON.stringify(r.headers)}\n${r.body}`).join('\n');
    for (const [what, text] of Object.entries(CONF)) expect(all.includes(text), `${what} left Mendan`).toBe(false);
    // Nor is any of it kept for sending.
    const stored = JSON.stringify(await t.db.execute(sql`select * from webhook_deliveries`));
    for (const text of Object.values(CONF)) expect(stored.includes(text)).toBe(false);
    // The DMs went out too, to both people.
    const dms = sink.to('/api/chat.postMessage').map((r) => JSON.parse(r.body).channel);
    expect(new Set(dms)).toEqual(new Set(['U0REPORT', 'U0MANAGER']));
  });
});
