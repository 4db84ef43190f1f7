import { webhookEndpoints } from '../../src/db/schema';
import type { TestApp, TestClient } from './harness';
import type { Org } from './org-app';
import { launchRound } from './rounds';

/** The people of the authorization matrix, as seen from one employee's records (「本人」 = org.report). */
export const ROLES = ['anon', 'self', 'colleague', 'otherManager', 'manager', 'partner', 'hr', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const SECRETS = {
  privateNote: '非公開メモ: 本人の健康状態について',
  hrManagerNote: '人事・上司のみ: 配置の検討',
  hrOnly: '人事のみの回答: 親の介護',
  wish: '人事のみの希望: 海外拠点で働きたい',
};

/**
 * One employee's records of every kind, made through the API as their owners would: a held interview
 * with notes of each visibility, a plan item, an 人事のみ answer, a slot, a consent request, HR's rule and export.
 */
export async function matrixFixtures(t: TestApp, org: Org, hr: TestClient) {
  const login = (email: string) => t.client().login(email);
  const clients: Record<Role, TestClient> = {
    anon: t.client(),
    self: await login(org.report.email),
    colleague: await login(org.report2.email),
    otherManager: await login(org.otherManager.email),
    manager: await login(org.manager.email),
    partner: await login(org.partner.email),
    hr,
    admin: await login(org.admin.email),
  };
  const round = await launchRound(t, hr, [org.report.id, org.report2.id, org.otherReport.id]);
  const interview = round.interviewOf(org.report.id);
  const open = round.interviewOf(org.report2.id);
  const { self, manager, partner } = clients;
  await self.put(`/api/v1/interviews/${interview}/forms/survey/answers`, {
    answers: { jobSatisfaction: { value: 2 }, rewarding: { value: 3 }, lifeEvents: { value: SECRETS.hrOnly, hrOnly: true } },
  });
  await self.post(`/api/v1/interviews/${interview}/forms/survey/submit`);
  const note = (await (
    await manager.post(`/api/v1/interviews/${interview}/notes`, { visibility: 'private', body: SECRETS.privateNote })
  ).json()) as { id: string };
  await manager.post(`/api/v1/interviews/${interview}/notes`, { visibility: 'hr_manager', body: SECRETS.hrManagerNote });
  const item = (await (
    await manager.post(`/api/v1/interviews/${interview}/plan/items`, { what: '研修を受講する', owner: 'employee' })
  ).json()) as { id: string };
  await manager.post(`/api/v1/interviews/${interview}/held`);
  const start = new Date(Date.now() + 5 * 86_400_000);
  start.setUTCHours(5, 0, 0, 0);
  const end = new Date(start.getTime() + 3_600_000);
  const slots = (await (
    await manager.post(`/api/v1/interviews/${open}/slots`, {
      slots: [{ start: start.toISOString(), end: end.toISOString(), locationType: 'room', location: '会議室A' }],
    })
  ).json()) as { slots: { id: string }[] };
  await partner.post(`/api/v1/employees/${org.report.id}/history/consent-request`);
  const wish = (await (
    await self.post('/api/v1/me/wishes', { kind: 'transfer', desiredRole: SECRETS.wish, timeframe: 'within1y', disclosure: 'hr_only' })
  ).json()) as { id: string };
  const position = (await (
    await hr.post('/api/v1/positions', { kind: 'project', title: '新規事業プロジェクト', requiredSkills: ['TypeScript'] })
  ).json()) as { id: string };
  const consents = (await (await self.get('/api/v1/me/history-consents')).json()) as { items: { id: string }[] };
  const rules = (await (await hr.get('/api/v1/suggestion-rules')).json()) as { items: { id: string }[] };
  const exp = (await (await hr.post('/api/v1/exports', { kind: 'coverage', params: { months: 12 } })).json()) as { id: string };
  const hearing = (await (
    await hr.post('/api/v1/hiring/hearings', { roleName: '法人営業', managerIds: [org.manager.id], dueOn: '2026-12-31' })
  ).json()) as { id: string };
  const sheet = (await (await hr.get(`/api/v1/hiring/hearings/${hearing.id}`)).json()) as { requests: { id: string }[] };
  await t.drain();
  const templates = (await (await hr.get('/api/v1/templates')).json()) as { items: { id: string }[] };
  const questions = (await (await hr.get('/api/v1/questions')).json()) as { categories: { items: { id: string }[] }[] };
  const themes = (await (await hr.get('/api/v1/themes')).json()) as { items: { id: string }[] };
  // Written directly (the API refuses a private address); a test send is refused before any network.
  const [webhook] = await t.db
    .insert(webhookEndpoints)
    .values({ name: '人事チャンネル', kind: 'slack', url: 'http://127.0.0.1:9/hook', events: [] })
    .returning({ id: webhookEndpoints.id });
  return {
    clients,
    ids: {
      interview,
      openInterview: open,
      round: round.roundId,
      employee: org.report.id,
      note: note.id,
      item: item.id,
      slot: slots.slots[0]!.id,
      consent: consents.items[0]!.id,
      rule: rules.items[0]!.id,
      export: exp.id,
      department: org.team.id,
      template: templates.items[0]!.id,
      question: questions.categories[0]!.items[0]!.id,
      theme: themes.items[0]!.id,
      wish: wish.id,
      position: position.id,
      webhook: webhook!.id,
      hearing: hearing.id,
      hearingSheet: sheet.requests[0]!.id,
      managerId: org.manager.id,
    },
  };
}
export type MatrixIds = Awaited<ReturnType<typeof matrixFixtures>>['ids'];
