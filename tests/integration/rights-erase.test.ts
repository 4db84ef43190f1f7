import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/rows';
import { auditLog, employees, insightSnapshots, mailOutbox } from '../../src/db/schema';
import { HANDLED_BY_TRACES, PERSON_REFERENCES } from '../../src/domain/rights/references';
import type { TestApp, TestClient } from '../support/harness';
import { matrixFixtures, SECRETS } from '../support/matrix-fixtures';
import { type Org, orgApp } from '../support/org-app';
import { backupText, whereFound } from '../support/rights';

// Issue 17.3: 「今すぐ削除」 really deletes — the person's rows in every table, the words counted from their answers,
// stored figures, mails to and about them — and a backup made afterwards holds none of it. Figures keep their totals
// without the person.

let t: TestApp;
let org: Org;
let hr: TestClient;
let fx: Awaited<ReturnType<typeof matrixFixtures>>;
const NUMBER = 'APPI-7731';
const NAME = { familyName: '消去', givenName: '花子' };
const SHARED = '共有メモ: 来期はリーダー研修に参加する';
let identity: string[];

type Progress = { total: { total: number; surveySubmitted: number } };
const progress = async () => ((await (await hr.get(`/api/v1/rounds/${fx.ids.round}/progress`)).json()) as Progress).total;

beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  await t.db
    .update(employees)
    .set({ ...NAME, employeeNumber: NUMBER })
    .where(eq(employees.id, org.report.id));
  fx = await matrixFixtures(t, org, hr);
  await fx.clients.manager.post(`/api/v1/interviews/${fx.ids.interview}/notes`, { visibility: 'shared', body: SHARED });
  // A mail about the person to someone else, as a reminder to their manager would name them.
  await t.db.insert(mailOutbox).values({
    toAddress: org.manager.email,
    subject: '面談のお知らせ',
    bodyText: `${NAME.familyName} ${NAME.givenName} さんとの面談が明日です。`,
  });
  // Stored figures of the round: progress and the words of its free text.
  await progress();
  await hr.get(`/api/v1/insight/themes/${fx.ids.round}`);
  await t.drain();
  identity = [org.report.email, NUMBER, `${NAME.familyName}${NAME.givenName}`, `${NAME.familyName} ${NAME.givenName}`];
}, 120_000);
afterAll(() => t.close());

describe('every table that refers to people is handled', () => {
  it('PERSON_REFERENCES lists exactly the foreign keys to employees and the uuid lists of the schema', async () => {
    const fks = rowsOf<{ ref: string }>(
      await t.db.execute(sql`select cl.relname || '.' || a.attname as ref
        from pg_constraint c
        join pg_class cl on cl.oid = c.conrelid
        join pg_namespace n on n.oid = cl.relnamespace
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
        where c.contype = 'f' and c.confrelid = 'public.employees'::regclass and n.nspname = 'public'`),
    ).map((r) => r.ref);
    const lists = rowsOf<{ ref: string }>(
      await t.db.execute(sql`select table_name || '.' || column_name as ref from information_schema.columns
        where table_schema = 'public' and udt_name = '_uuid'`),
    ).map((r) => r.ref);
    const expected = [...new Set([...fks, ...lists])].filter((r) => !HANDLED_BY_TRACES.includes(r)).sort();
    expect(Object.keys(PERSON_REFERENCES).sort(), 'a column that points at people without a rule in rights/references.ts').toEqual(
      expected,
    );
  });
});

describe('「今すぐ削除」 (POST /employees/{id}/erase)', () => {
  const url = () => `/api/v1/employees/${org.report.id}/erase`;

  it('refuses an active person', async () => {
    const res = await hr.post(url(), { confirmEmployeeNumber: NUMBER });
    expect(res.status).toBe(409);
    expect(JSON.stringify(await res.json())).toContain('在籍中の社員');
  });

  it('is HR’s and the admin’s only: everyone else is told it does not exist', async () => {
    for (const c of [fx.clients.self, fx.clients.manager, fx.clients.partner])
      expect((await c.post(url(), { confirmEmployeeNumber: NUMBER })).status).toBe(404);
  });

  it('asks for the employee number typed again', async () => {
    expect((await hr.post(`/api/v1/employees/${org.report.id}/retire`, {})).status).toBe(200);
    const res = await hr.post(url(), { confirmEmployeeNumber: 'E1' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('一致しません');
  });

  it('before: the database and a backup hold the person', async () => {
    expect((await whereFound(t.db, [...identity, SECRETS.hrOnly, SHARED])).length).toBeGreaterThan(5);
    const text = await backupText(t.db);
    for (const s of [NUMBER, SECRETS.hrOnly, SECRETS.privateNote, SHARED]) expect(text).toContain(s);
    expect(await progress()).toMatchObject({ total: 3, surveySubmitted: 1 });
  });

  it('erases every row about the person, and answers with what it did', async () => {
    const res = await hr.post(url(), { confirmEmployeeNumber: ` ${NUMBER} `, mode: 'erase' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: org.report.id, mode: 'erase' });
    expect(await t.db.select().from(employees).where(eq(employees.id, org.report.id))).toEqual([]);
    expect((await hr.get(`/api/v1/employees/${org.report.id}`)).status).toBe(404);
    expect((await hr.post(url(), { confirmEmployeeNumber: NUMBER })).status).toBe(404);
  });

  it('leaves nothing of them in any table — answers, notes, wishes, words counted, stored figures, mails — but the audit entry', async () => {
    await t.drain();
    const secrets = [SECRETS.hrOnly, SECRETS.privateNote, SECRETS.hrManagerNote, SECRETS.wish, SHARED];
    expect(await whereFound(t.db, [...identity, ...secrets])).toEqual([]);
    // The id: only in the audit log, whose rows about them keep what happened and when, not what was said.
    expect(await whereFound(t.db, [org.report.id], (table) => table === 'audit_log')).toEqual([]);
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.entityId, org.report.id));
    expect(rows.filter((r) => r.detail !== null).map((r) => r.action)).toEqual(['employee.erased']);
    const [erased] = rows.filter((r) => r.action === 'employee.erased');
    expect(erased!.actorId).toBe(org.hr.id);
    expect(Object.keys(erased!.detail!).sort()).toEqual(['ref', 'rows', 'via']);
  });

  it('a backup made afterwards holds none of it', async () => {
    const text = await backupText(t.db);
    for (const s of [...identity, SECRETS.hrOnly, SECRETS.privateNote, SECRETS.hrManagerNote, SECRETS.wish, SHARED])
      expect(text).not.toContain(s);
  });

  it('figures are counted again without the person: the round’s totals stay consistent', async () => {
    expect(await progress()).toMatchObject({ total: 2, surveySubmitted: 0 });
    const themes = await t.db
      .select()
      .from(insightSnapshots)
      .where(sql`${insightSnapshots.key} like ${`themes:${fx.ids.round}%`}`);
    expect(themes.map((s) => JSON.stringify(s.data)).join('')).not.toContain('介護');
    const dashboard = (await (await hr.get(`/api/v1/rounds/${fx.ids.round}/progress`)).json()) as {
      byDepartment: { total: number }[];
      byInterviewer: { total: number }[];
    };
    expect(dashboard.byDepartment.reduce((n, d) => n + d.total, 0)).toBe(2);
    expect(dashboard.byInterviewer.reduce((n, d) => n + d.total, 0)).toBe(2);
  });

  it('the others’ records are untouched', async () => {
    const colleague = await fx.clients.colleague.get(`/api/v1/interviews/${fx.ids.openInterview}`);
    expect(colleague.status).toBe(200);
    expect((await hr.get(`/api/v1/employees/${org.manager.id}`)).status).toBe(200);
  });
});
