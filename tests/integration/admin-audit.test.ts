import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema';
import { makeEmployee } from '../support/factories';
import { makeTestApp, type TestApp, type TestClient } from '../support/harness';
import { launchRound } from '../support/rounds';

let t: TestApp;
let admin: Awaited<ReturnType<typeof makeEmployee>>;
let actor: Awaited<ReturnType<typeof makeEmployee>>;
let c: TestClient;

type Item = { id: number; action: string; entityId: string | null; actor: { id: string; familyName: string; givenName: string } | null };
const actions = (body: { items: Item[] }) => body.items.map((i) => i.action);

beforeAll(async () => {
  t = await makeTestApp();
  admin = await makeEmployee(t.db, { roles: ['admin'], familyName: '管理', givenName: '一郎' });
  actor = await makeEmployee(t.db, { familyName: '渡辺', givenName: '美咲' });
  // A small log of the type "fx", times in Japan: 3/31 23:30, 4/1 09:00, 4/1 18:00, 4/2 00:30.
  const rows = [
    { at: '2026-03-31T23:30:00+09:00', action: 'sheet.update', entityId: 'S-1', actorId: actor.id },
    { at: '2026-04-01T09:00:00+09:00', action: 'sheet.read', entityId: 'S-2', actorId: actor.id },
    { at: '2026-04-01T18:00:00+09:00', action: 'interview.record.update', entityId: 'I-100', actorId: admin.id },
    { at: '2026-04-02T00:30:00+09:00', action: 'auth.login.failed', entityId: '=HYPERLINK("x")', actorId: null },
  ];
  for (const r of rows) {
    await t.db.insert(auditLog).values({
      at: new Date(r.at),
      action: r.action,
      entityType: 'fx',
      entityId: r.entityId,
      actorId: r.actorId,
      ip: '198.51.100.7',
      detail: { note: 'テスト, "quoted"' },
    });
  }
  c = await t.client().login(admin.email);
});
afterAll(() => t.close());

describe('GET /admin/audit', () => {
  it('answers 401 signed out and 403 to signed-in non-admins', async () => {
    expect((await t.client().get('/api/v1/admin/audit')).status).toBe(401);
    expect((await t.client().get('/api/v1/admin/audit.csv')).status).toBe(401);
    const hr = await makeEmployee(t.db, { roles: ['hr'] });
    const hc = await t.client().login(hr.email);
    expect((await hc.get('/api/v1/admin/audit')).status).toBe(403);
    expect((await hc.get('/api/v1/admin/audit.csv')).status).toBe(403);
  });

  it('lists newest first with the actor’s name joined', async () => {
    const body = await (await c.get('/api/v1/admin/audit?entityType=fx')).json();
    expect(body.total).toBe(4);
    expect(actions(body)).toEqual(['auth.login.failed', 'interview.record.update', 'sheet.read', 'sheet.update']);
    expect(body.items[0].actor).toBeNull();
    expect(body.items[1].actor).toEqual({ id: admin.id, familyName: '管理', givenName: '一郎' });
    expect(body.items[2]).toMatchObject({
      actor: { id: actor.id, familyName: '渡辺', givenName: '美咲' },
      entityType: 'fx',
      entityId: 'S-2',
      ip: '198.51.100.7',
      detail: { note: 'テスト, "quoted"' },
    });
    expect(new Date(body.items[2].at).toISOString()).toBe('2026-04-01T00:00:00.000Z');
  });

  it('filters by text, action prefix, actor, type and Japan calendar days', async () => {
    const get = async (qs: string) => (await c.get(`/api/v1/admin/audit?entityType=fx&${qs}`)).json();
    expect(actions(await get('q=RECORD'))).toEqual(['interview.record.update']);
    expect(actions(await get('q=s-1'))).toEqual(['sheet.update']);
    expect(actions(await get('q=%25'))).toEqual([]);
    expect(actions(await get('action=sheet.'))).toEqual(['sheet.read', 'sheet.update']);
    expect(actions(await get('action=read'))).toEqual([]);
    expect(actions(await get(`actorId=${actor.id}`))).toEqual(['sheet.read', 'sheet.update']);
    expect(actions(await get('from=2026-04-01&to=2026-04-01'))).toEqual(['interview.record.update', 'sheet.read']);
    expect(actions(await get('from=2026-04-02'))).toEqual(['auth.login.failed']);
    expect(actions(await get('to=2026-03-31&from='))).toEqual(['sheet.update']);
    expect((await (await c.get('/api/v1/admin/audit?entityType=nothing-here')).json()).total).toBe(0);
  });

  it('names the target in words: a person family name first, a round, whose interview in which round', async () => {
    const hr = await t.client().login((await makeEmployee(t.db, { roles: ['hr'] })).email);
    const round = await launchRound(t, hr, [actor.id], { name: '2026年度上期キャリア面談' });
    const rows = [
      { entityType: 'employee', entityId: actor.id },
      { entityType: 'round', entityId: round.roundId },
      { entityType: 'interview', entityId: round.interviewOf(actor.id) },
      { entityType: 'employee', entityId: '00000000-0000-4000-8000-000000000000' },
    ];
    for (const r of rows) await t.db.insert(auditLog).values({ action: 'target.check', actorId: admin.id, ...r });
    const res = await c.get('/api/v1/admin/audit?action=target.check');
    const items = ((await res.json()) as { items: { entityType: string; target: string | null }[] }).items;
    expect(items.map((i) => [i.entityType, i.target]).reverse()).toEqual([
      ['employee', '渡辺 美咲'],
      ['round', '2026年度上期キャリア面談'],
      ['interview', '渡辺 美咲・2026年度上期キャリア面談'],
      // A record that is gone (erased): no name, the screen shows the id.
      ['employee', null],
    ]);
    await t.db.delete(auditLog).where(eq(auditLog.action, 'target.check'));
  });

  it('paginates', async () => {
    const p2 = await (await c.get('/api/v1/admin/audit?entityType=fx&page=2&pageSize=3')).json();
    expect(p2).toMatchObject({ page: 2, pageSize: 3, total: 4 });
    expect(actions(p2)).toEqual(['sheet.update']);
  });

  it('validates the filters with localized field messages', async () => {
    const res = await c.get('/api/v1/admin/audit?from=2026-04-02&to=2026-04-01&actorId=abc');
    expect(res.status).toBe(400);
    const fields = (await res.json()).error.fields;
    expect(fields.to).toBe('開始日は終了日以前の日付にしてください。');
    expect(fields.actorId).toBe('IDの形式が正しくありません。');
  });

  it('records every read as audit.read, with the filters used', async () => {
    const reader = await makeEmployee(t.db, { roles: ['admin'] });
    const rc = await t.client().login(reader.email);
    await rc.get('/api/v1/admin/audit?entityType=fx&action=sheet.');
    const [row] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'audit.read'), eq(auditLog.actorId, reader.id)));
    expect(row?.detail).toEqual({ filters: { entityType: 'fx', action: 'sheet.' }, page: 1 });
    // The read shows up in the next read, not in its own page.
    const next = await (await rc.get(`/api/v1/admin/audit?actorId=${reader.id}&action=audit.`)).json();
    expect(actions(next)).toEqual(['audit.read']);
  });
});

describe('GET /admin/audit.csv', () => {
  it('exports the filtered log: BOM, CRLF, Japanese header, Japan time, safe cells', async () => {
    const res = await c.get('/api/v1/admin/audit.csv?entityType=fx&from=2026-04-01');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-\d{8}\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    expect(lines[0]).toBe('日時（日本標準時）,操作者の社員番号,操作者,操作,対象の種類,対象ID,対象,IPアドレス,詳細');
    expect(lines.slice(1, -1)).toEqual([
      `2026-04-02 00:30:00,,なし（システム・未ログイン）,auth.login.failed,fx,"'=HYPERLINK(""x"")",,198.51.100.7,"{""note"":""テスト, \\""quoted\\""""}"`,
      `2026-04-01 18:00:00,${admin.employeeNumber},管理 一郎,interview.record.update,fx,I-100,,198.51.100.7,"{""note"":""テスト, \\""quoted\\""""}"`,
      `2026-04-01 09:00:00,${actor.employeeNumber},渡辺 美咲,sheet.read,fx,S-2,,198.51.100.7,"{""note"":""テスト, \\""quoted\\""""}"`,
    ]);
    const [row] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'audit.export'), eq(auditLog.actorId, admin.id)));
    expect(row?.detail).toEqual({ filters: { entityType: 'fx', from: '2026-04-01' } });
  });

  it('writes the header in the caller’s language', async () => {
    const en = await makeEmployee(t.db, { roles: ['admin'], locale: 'en' });
    const ec = await t.client().login(en.email);
    // Response.text() drops the BOM, as a browser does.
    const text = await (await ec.get('/api/v1/admin/audit.csv?entityType=fx')).text();
    expect(text.split('\r\n')[0]).toBe(
      'Time (Japan Standard Time),Actor employee number,Actor,Action,Entity type,Entity ID,Target,IP address,Detail',
    );
    expect(text).toContain('None (system or signed out)');
  });

  it('streams a long log completely, rows with equal times included', async () => {
    // 2,500 rows, three to a second: more than two query batches, with ties on the time.
    await t.db.execute(sql`
      insert into audit_log (at, action, entity_type, entity_id)
      select timestamptz '2026-05-01 00:00:00+00' + make_interval(secs => g / 3), 'bulk.write', 'bulk', g::text
      from generate_series(1, 2500) g`);
    const text = await (await c.get('/api/v1/admin/audit.csv?entityType=bulk')).text();
    const rows = text.split('\r\n').slice(1, -1);
    expect(rows).toHaveLength(2500);
    const ids = new Set(rows.map((r) => r.split(',')[5]));
    expect(ids.size).toBe(2500);
    expect(rows[0]?.startsWith('2026-05-01 09:13:53,')).toBe(true);
  });
});
