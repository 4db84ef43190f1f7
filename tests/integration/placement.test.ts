import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, employees, notifications } from '../../src/db/schema';
import { makeEmployee } from '../support/factories';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';

let t: TestApp;
let org: Org;
let hr: TestClient;
let emp: TestClient;
let mgr: TestClient;
let colleague: TestClient;
let other: TestClient;
let partner: TestClient;
let hrOnlyId: string;
let sharedId: string;
let positionId: string;

const HR_ONLY_NOTE = '親の介護が始まるので、転居のない部署に移りたい';
const INTERNAL = '来期の組織変更まで待つ(本人には伝えない)';
const REASON = '今期は体制が固まっているため、来期にあらためて検討します。';

type Wish = {
  id: string;
  version: number;
  state: string;
  disclosure: string;
  note: string;
  decision: Record<string, unknown> | null;
  can: Record<string, boolean>;
};
type Candidates = {
  items: { employee: { id: string }; wish: Wish | null; score: number; reasons: { text: string; points: number; caution: boolean }[] }[];
  total: number;
};
const body = async <T>(res: Response) => (await res.json()) as T;
const error = async (res: Response) => (await body<{ error: { message: string; fields?: Record<string, string> } }>(res)).error;

const newWish = (over: Record<string, unknown> = {}) => ({
  kind: 'transfer',
  desiredRole: '',
  desiredDepartmentId: org.team.id,
  track: 'management',
  timeframe: 'within1y',
  relocation: 'ok',
  note: '',
  disclosure: 'manager_hr',
  ...over,
});

beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  emp = await t.client().login(org.report.email);
  mgr = await t.client().login(org.manager.email);
  colleague = await t.client().login(org.report2.email);
  other = await t.client().login(org.otherManager.email);
  partner = await t.client().login(org.partner.email);
});
afterAll(() => t.close());

describe('stating a wish', () => {
  it('validates in Japanese, field by field', async () => {
    const res = await emp.post('/api/v1/me/wishes', newWish({ desiredDepartmentId: null, timeframe: 'soon' }));
    expect(res.status).toBe(400);
    const fields = (await error(res)).fields!;
    expect(fields.desiredRole).toBe('希望する役割・職種か、希望する部署のどちらかを入力してください。');
    expect(fields.timeframe).toBe('選択肢から選んでください。');
    const unknown = await emp.post('/api/v1/me/wishes', newWish({ desiredDepartmentId: '00000000-0000-4000-8000-000000000000' }));
    expect((await error(unknown)).fields!.desiredDepartmentId).toBe('部署が見つかりません。一覧から選び直してください。');
  });

  it('creates wishes with a disclosure each, and shows the employee who reads them', async () => {
    const a = await emp.post(
      '/api/v1/me/wishes',
      newWish({
        kind: 'careerPath',
        desiredRole: '品質保証',
        desiredDepartmentId: null,
        track: 'specialist',
        timeframe: 'over3y',
        note: HR_ONLY_NOTE,
        disclosure: 'hr_only',
      }),
    );
    expect(a.status).toBe(201);
    hrOnlyId = (await body<Wish>(a)).id;
    const b = await emp.post('/api/v1/me/wishes', newWish());
    sharedId = (await body<Wish>(b)).id;
    const mine = await body<{ items: Wish[]; manager: { familyName: string } | null }>(await emp.get('/api/v1/me/wishes'));
    expect(mine.items.map((w) => w.id).sort()).toEqual([hrOnlyId, sharedId].sort());
    expect(mine.manager?.familyName).toBe('佐藤');
    expect(mine.items.every((w) => w.state === 'new' && w.can.edit && !w.can.decide)).toBe(true);
  });
});

describe('who sees a wish', () => {
  it('the manager sees what was shared with them, never 人事のみ — not even that it exists', async () => {
    const res = await mgr.get(`/api/v1/employees/${org.report.id}/wishes`);
    expect(res.status).toBe(200);
    const seen = await body<{ items: Wish[] }>(res);
    expect(seen.items.map((w) => w.id)).toEqual([sharedId]);
    expect(JSON.stringify(seen)).not.toContain(HR_ONLY_NOTE);
    const list = await body<{ items: Wish[]; total: number }>(await mgr.get('/api/v1/wishes'));
    expect(list.items.map((w) => w.id)).toEqual([sharedId]);
    expect((await mgr.patch(`/api/v1/wishes/${hrOnlyId}`, { ...newWish(), version: 1 })).status).toBe(404);
    expect((await mgr.post(`/api/v1/wishes/${hrOnlyId}/decisions`, { version: 1, decision: 'considered' })).status).toBe(404);
    // Seeing a wish is not owning it.
    expect((await mgr.patch(`/api/v1/wishes/${sharedId}`, { ...newWish(), version: 1 })).status).toBe(403);
  });

  it('colleagues, other managers and an HR partner without the hr role get 404', async () => {
    for (const c of [colleague, other, partner]) {
      expect((await c.get(`/api/v1/employees/${org.report.id}/wishes`)).status).toBe(404);
      expect((await c.patch(`/api/v1/wishes/${sharedId}`, { ...newWish(), version: 1 })).status).toBe(404);
      expect((await c.post(`/api/v1/wishes/${sharedId}/withdraw`, { version: 1 })).status).toBe(404);
      expect((await body<{ items: Wish[] }>(await c.get('/api/v1/wishes'))).items).toEqual([]);
      expect((await c.get('/api/v1/positions')).status).toBe(404);
    }
  });

  it('HR sees every wish, and every read is audited', async () => {
    const list = await body<{ items: (Wish & { employee: { id: string } })[] }>(await hr.get('/api/v1/wishes?status=open'));
    expect(list.items.map((w) => w.id).sort()).toEqual([hrOnlyId, sharedId].sort());
    expect(list.items.find((w) => w.id === hrOnlyId)!.note).toBe(HR_ONLY_NOTE);
    expect((await hr.get(`/api/v1/employees/${org.report.id}/wishes`)).status).toBe(200);
    const reads = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'wish.read'), eq(auditLog.actorId, org.hr.id)));
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(reads.map((r) => r.detail))).toContain(hrOnlyId);
    const managerReads = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'wish.read'), eq(auditLog.actorId, org.manager.id)));
    expect(managerReads.length).toBeGreaterThan(0);
  });

  it('an HR person who is also the manager does not see 人事のみ of their own report', async () => {
    const report = await makeEmployee(t.db, { managerId: org.hr.id });
    const c = await t.client().login(report.email);
    const res = await c.post('/api/v1/me/wishes', newWish({ disclosure: 'hr_only' }));
    const id = (await body<Wish>(res)).id;
    expect((await body<{ items: Wish[] }>(await hr.get(`/api/v1/employees/${report.id}/wishes`))).items).toEqual([]);
    expect((await body<{ items: Wish[] }>(await hr.get('/api/v1/wishes?status=all&pageSize=100'))).items.some((w) => w.id === id)).toBe(
      false,
    );
    // Another HR person sees it.
    const hr2 = await t.client().login((await makeEmployee(t.db, { roles: ['hr'] })).email);
    expect((await body<{ items: Wish[] }>(await hr2.get(`/api/v1/employees/${report.id}/wishes`))).items.map((w) => w.id)).toEqual([id]);
    expect((await c.post(`/api/v1/wishes/${id}/withdraw`, { version: 1 })).status).toBe(200);
  });
});

describe('editing', () => {
  it('saves with the version read and answers 409 to a stale one', async () => {
    const ok = await emp.patch(`/api/v1/wishes/${sharedId}`, { ...newWish({ desiredRole: 'テックリード' }), version: 1 });
    expect(ok.status).toBe(200);
    expect((await body<Wish>(ok)).version).toBe(2);
    const stale = await emp.patch(`/api/v1/wishes/${sharedId}`, { ...newWish({ desiredRole: '上書き' }), version: 1 });
    expect(stale.status).toBe(409);
    expect((await error(stale)).message).toContain('別の画面で更新されています');
  });
});

describe('positions and candidates', () => {
  beforeAll(async () => {
    expect(
      (
        await emp.put('/api/v1/me/inventory', {
          skills: [
            { name: 'TypeScript', level: 4 },
            { name: '設計', level: 3 },
            { name: 'Excel', level: 5 },
          ],
          items: [],
        })
      ).status,
    ).toBe(200);
    const otherEmp = await t.client().login(org.otherReport.email);
    await otherEmp.put('/api/v1/me/inventory', { skills: [{ name: 'typescript', level: 2 }], items: [] });
    await otherEmp.post('/api/v1/me/wishes', newWish({ track: 'specialist', timeframe: 'in1to3y', relocation: 'no' }));
    // A colleague with no wish but the skills: only with ?skills=true.
    await colleague.put('/api/v1/me/inventory', { skills: [{ name: 'PostgreSQL', level: 5 }], items: [] });
  });

  it('HR creates a position; the rest get 404; stale edits 409; validation is localized', async () => {
    const bad = await hr.post('/api/v1/positions', { kind: 'position', title: '', requiredSkills: ['TypeScript', 'typescript'] });
    expect(bad.status).toBe(400);
    const fields = (await error(bad)).fields!;
    expect(fields.title).toBe('必須項目です。');
    expect(fields['requiredSkills.1']).toBe('同じスキルが2回入力されています。');
    const res = await hr.post('/api/v1/positions', {
      kind: 'position',
      title: '決済基盤のテックリード',
      departmentId: org.team.id,
      requiredSkills: ['TypeScript', '設計', 'PostgreSQL'],
      track: 'management',
    });
    expect(res.status).toBe(201);
    positionId = (await body<{ id: string }>(res)).id;
    expect((await emp.post('/api/v1/positions', { kind: 'project', title: 'x' })).status).toBe(404);
    expect((await mgr.get(`/api/v1/positions/${positionId}/candidates`)).status).toBe(404);
    expect((await hr.patch(`/api/v1/positions/${positionId}`, { version: 1, description: '決済チームを率いる' })).status).toBe(200);
    expect((await hr.patch(`/api/v1/positions/${positionId}`, { version: 1, status: 'closed' })).status).toBe(409);
  });

  it('ranks people with a wish by a visible score, with the reasons in words', async () => {
    const res = await hr.get(`/api/v1/positions/${positionId}/candidates`);
    expect(res.status).toBe(200);
    const c = await body<Candidates>(res);
    expect(c.items.map((i) => i.employee.id)).toEqual([org.report.id, org.otherReport.id]);
    const [first, second] = c.items;
    // The person's best wish is the one matched: the shared transfer, not the 人事のみ career path.
    expect(first!.wish!.id).toBe(sharedId);
    expect(first!.reasons.map((r) => r.text)).toEqual([
      '希望部署が一致',
      '希望の役割が一致(テックリード)',
      'マネジメント志向が一致',
      '必要スキル3つ中2つ(TypeScript レベル4、設計 レベル3)',
      '希望時期: 1年以内',
      // The position is in their own department (issue 15.9i).
      '今の部署のポジションのため、転居はありません',
    ]);
    expect(first!.score).toBe(first!.reasons.reduce((s, r) => s + r.points, 0));
    expect(second!.reasons.find((r) => r.text === '志向が異なる(本人はスペシャリスト志向)')).toMatchObject({ points: 0, caution: true });
    expect(second!.score).toBeLessThan(first!.score);
    const withSkills = await body<Candidates>(await hr.get(`/api/v1/positions/${positionId}/candidates?skills=true`));
    const skilled = withSkills.items.find((i) => i.employee.id === org.report2.id)!;
    expect(skilled.wish).toBeNull();
    expect(skilled.reasons.map((r) => r.text)).toEqual([
      '必要スキル3つ中1つ(PostgreSQL レベル5)',
      'スキルで該当(希望からの候補ではありません)',
    ]);
    const paged = await body<Candidates>(await hr.get(`/api/v1/positions/${positionId}/candidates?skills=true&pageSize=1&page=2`));
    expect(paged.items).toHaveLength(1);
    expect(paged.total).toBe(3);
  });

  it('leaves out retired people, and 人事のみ of the HR person’s own reports', async () => {
    const ownReport = await makeEmployee(t.db, { managerId: org.hr.id });
    const retired = await makeEmployee(t.db);
    for (const p of [ownReport, retired]) {
      const c = await t.client().login(p.email);
      expect((await c.post('/api/v1/me/wishes', newWish({ disclosure: 'hr_only' }))).status).toBe(201);
    }
    await t.db.update(employees).set({ status: 'retired' }).where(eq(employees.id, retired.id));
    const ids = async (c: TestClient) =>
      (await body<Candidates>(await c.get(`/api/v1/positions/${positionId}/candidates`))).items.map((i) => i.employee.id);
    const mine = await ids(hr);
    expect(mine).not.toContain(ownReport.id);
    expect(mine).not.toContain(retired.id);
    const hr2 = await t.client().login((await makeEmployee(t.db, { roles: ['hr'] })).email);
    expect(await ids(hr2)).toContain(ownReport.id);
    const open = await body<{ items: (Wish & { employeeId: string })[] }>(await hr2.get('/api/v1/wishes?pageSize=100'));
    expect(open.items.map((w) => w.employeeId)).not.toContain(retired.id);
  });
});

describe('HR’s answer', () => {
  it('needs the reason for 「今回は見送り」', async () => {
    const res = await hr.post(`/api/v1/wishes/${sharedId}/decisions`, { version: 2, decision: 'notNow', message: '' });
    expect(res.status).toBe(400);
    expect((await error(res)).fields!.message).toBe('「今回は見送り」にするときは、本人への説明(理由)を入力してください。');
  });

  it('reaches the employee with the message, never the internal note, and notifies them without content', async () => {
    const res = await hr.post(`/api/v1/wishes/${sharedId}/decisions`, {
      version: 2,
      decision: 'notNow',
      message: REASON,
      note: INTERNAL,
      positionId,
    });
    expect(res.status).toBe(201);
    expect((await body<Wish>(res)).decision).toMatchObject({ decision: 'notNow', note: INTERNAL });
    const mine = await body<{ items: Wish[] }>(await emp.get('/api/v1/me/wishes'));
    const w = mine.items.find((x) => x.id === sharedId)!;
    expect(w.state).toBe('notNow');
    expect(w.decision).toEqual({ decision: 'notNow', message: REASON, at: expect.any(String) });
    expect(JSON.stringify(mine)).not.toContain(INTERNAL);
    expect(JSON.stringify(mine)).not.toContain('決済基盤');
    const byManager = await body<{ items: Wish[] }>(await mgr.get(`/api/v1/employees/${org.report.id}/wishes`));
    expect(byManager.items[0]!.decision).toEqual({ decision: 'notNow', at: expect.any(String) });
    const [n] = await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.recipientId, org.report.id), eq(notifications.kind, 'wishDecided')));
    expect(n!.params).toEqual({ decision: 'notNow' });
    const list = await body<{ items: { kind: string; text: string }[] }>(await emp.get('/api/v1/notifications'));
    expect(list.items.find((i) => i.kind === 'wishDecided')!.text).toBe('キャリアの希望に人事から回答がありました(今回は見送り)。');
  });

  it('refuses an answer to a wish that changed since HR read it, and anything on a withdrawn wish', async () => {
    const stale = await hr.post(`/api/v1/wishes/${sharedId}/decisions`, { version: 2, decision: 'considered' });
    expect(stale.status).toBe(409);
    expect((await hr.post(`/api/v1/wishes/${hrOnlyId}/decisions`, { version: 1, decision: 'considered', message: '' })).status).toBe(201);
    expect((await emp.post(`/api/v1/wishes/${hrOnlyId}/withdraw`, { version: 1 })).status).toBe(409);
    expect((await emp.post(`/api/v1/wishes/${hrOnlyId}/withdraw`, { version: 2 })).status).toBe(200);
    expect((await hr.post(`/api/v1/wishes/${hrOnlyId}/decisions`, { version: 3, decision: 'offered' })).status).toBe(409);
    expect((await emp.patch(`/api/v1/wishes/${hrOnlyId}`, { ...newWish(), version: 3 })).status).toBe(409);
    const withdrawn = await body<{ items: Wish[] }>(await hr.get('/api/v1/wishes?status=withdrawn'));
    expect(withdrawn.items.map((w) => w.id)).toContain(hrOnlyId);
    // A moved wish leaves the open list and the candidates.
    expect(
      (await hr.post(`/api/v1/wishes/${sharedId}/decisions`, { version: 3, decision: 'moved', message: 'おめでとうございます' })).status,
    ).toBe(201);
    expect((await body<{ items: Wish[] }>(await hr.get('/api/v1/wishes'))).items.some((w) => w.id === sharedId)).toBe(false);
    const c = await body<Candidates>(await hr.get(`/api/v1/positions/${positionId}/candidates`));
    expect(c.items.some((i) => i.employee.id === org.report.id)).toBe(false);
  });
});
