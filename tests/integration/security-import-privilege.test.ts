import { and, desc, eq, inArray } from 'drizzle-orm';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, employees } from '../../src/db/schema';
import { runCli } from '../support/cli';
import { makeEmployee } from '../support/factories';
import { makeTestApp, type TestApp, TestClient } from '../support/harness';
import { lastMailTo, mailCount, resetTokenIn } from '../support/mail';

// Security issue 12: the employee import applies the directory's rules row by row, so HR cannot take
// an admin over by moving the admin's email (then resetting the password) or retiring them.

let t: TestApp;
let hrPerson: Awaited<ReturnType<typeof makeEmployee>>;
let hr: TestClient;
let adminPerson: Awaited<ReturnType<typeof makeEmployee>>;
let admin: TestClient;
beforeAll(async () => {
  t = await makeTestApp();
  hrPerson = await makeEmployee(t.db, { roles: ['hr'] });
  hr = await t.client().login(hrPerson.email);
  adminPerson = await makeEmployee(t.db, { roles: ['admin'] });
  admin = await t.client().login(adminPerson.email);
});
afterAll(() => t.close());

const CSV = { 'content-type': 'text/csv' };
type Person = Awaited<ReturnType<typeof makeEmployee>>;
/** A file with the given columns (Japanese headers); each row lists its cells in that order. */
const file = (header: string, ...rows: string[]) => `${[header, ...rows].join('\r\n')}\r\n`;
const BASIC = '社員番号,姓,名,メールアドレス';
const row = (p: Person, email = p.email, ...more: string[]) => [p.employeeNumber, p.familyName, p.givenName, email, ...more].join(',');
const reload = async (p: Person) => (await t.db.select().from(employees).where(eq(employees.id, p.id)))[0]!;
const commit = (c: TestClient, body: string) => c.post('/api/v1/imports/employees/commit', body, CSV);
const lastLine = async (res: Response) => JSON.parse((await res.text()).trim().split('\n').at(-1)!);
const messages = (out: { rows: { errors: { message: string }[] }[] }) => out.rows.flatMap((r) => r.errors.map((e) => e.message));
const PROTECTED = '管理者の情報は管理者だけが変更できます。';

describe('HR (not admin) importing changes to an admin', () => {
  it("refuses the admin's new email with a per-row error, writes nothing and mails nobody", async () => {
    const target = await makeEmployee(t.db, { roles: ['admin'] });
    const plain = await makeEmployee(t.db);
    const body = file(BASIC, row(plain, `moved.${plain.email}`), row(target, 'attacker@evil.example'));
    const res = await commit(hr, body);
    expect(res.status).toBe(400);
    const out = await res.json();
    expect(out.message).toBe('1行にエラーがあるため、取り込みませんでした。何も変更されていません。');
    expect(out.rows).toHaveLength(1);
    expect(out.rows[0].line).toBe(3);
    expect(out.rows[0].errors).toEqual([{ field: '_', column: null, message: `3行目: ${PROTECTED}` }]);
    // The whole file is refused: the allowed row is not written either.
    expect((await reload(target)).email).toBe(target.email);
    expect((await reload(plain)).email).toBe(plain.email);
    expect(await mailCount(t.db, target.email)).toBe(0);
    expect(await mailCount(t.db, plain.email)).toBe(0);
    // The preview says the same before anything is sent.
    const preview = await (await hr.post('/api/v1/imports/employees/preview', body, CSV)).json();
    expect(preview).toMatchObject({ valid: 1, invalid: 1 });
    expect(messages(preview)).toEqual([`3行目: ${PROTECTED}`]);
  });

  it('answers English users in English', async () => {
    const target = await makeEmployee(t.db, { roles: ['admin'] });
    const enHr = await makeEmployee(t.db, { roles: ['hr'], locale: 'en' });
    const c = await t.client().login(enHr.email);
    const out = await (await commit(c, file(BASIC, row(target, 'x@evil.example')))).json();
    expect(messages(out)).toEqual(["Row 2: Only an administrator can change an administrator's details."]);
  });

  it('refuses retiring an admin (status 退職)', async () => {
    const target = await makeEmployee(t.db, { roles: ['admin'] });
    const res = await commit(hr, file(`${BASIC},在籍状況`, row(target, target.email, '退職')));
    expect(res.status).toBe(400);
    expect(messages(await res.json())).toEqual([`2行目: ${PROTECTED}`]);
    expect(await reload(target)).toMatchObject({ status: 'active', retiredOn: null, version: target.version });
  });

  it("refuses changing an admin's manager, and an admin who also holds HR", async () => {
    const boss = await makeEmployee(t.db);
    const target = await makeEmployee(t.db, { roles: ['hr', 'admin'] });
    const res = await commit(hr, file(`${BASIC},上司社員番号`, row(target, target.email, boss.employeeNumber)));
    expect(res.status).toBe(400);
    expect(messages(await res.json())).toEqual([`2行目: ${PROTECTED}`]);
    expect((await reload(target)).managerId).toBeNull();
  });

  it('passes an admin row that changes nothing: the whole export imported back', async () => {
    const target = await makeEmployee(t.db, { roles: ['admin'], jobTitle: '部長', grade: 'G9', hireDate: '2001-04-01' });
    const exported = await (await hr.get('/api/v1/exports/employees.csv?status=all')).text();
    expect(exported).toContain(target.employeeNumber);
    expect(exported).toContain(hrPerson.employeeNumber);
    const res = await commit(hr, exported);
    expect(res.status).toBe(200);
    expect(await lastLine(res)).toMatchObject({ type: 'done', created: 0, updated: 0 });
    expect((await reload(target)).version).toBe(target.version);
  });
});

describe('what HR may still import', () => {
  it("refuses a row that retires the importer themself, with the directory's message", async () => {
    // Its own HR person: were the row written, they would be signed out.
    const me = await makeEmployee(t.db, { roles: ['hr'] });
    const c = await t.client().login(me.email);
    const res = await commit(c, file(`${BASIC},在籍状況`, row(me, me.email, '退職')));
    expect(res.status).toBe(400);
    const out = await res.json();
    expect(out.rows[0].errors).toEqual([{ field: 'status', column: '在籍状況', message: '2行目: 自分自身を退職にすることはできません。' }]);
    expect((await reload(me)).status).toBe('active');
  });

  it('changes ordinary employees and other HR people: email, status and manager', async () => {
    const boss = await makeEmployee(t.db);
    const plain = await makeEmployee(t.db);
    const otherHr = await makeEmployee(t.db, { roles: ['hr'] });
    const leaving = await makeEmployee(t.db);
    const header = `${BASIC},上司社員番号,在籍状況`;
    const body = file(
      header,
      row(plain, `new.${plain.email}`, boss.employeeNumber, '在籍'),
      row(otherHr, `new.${otherHr.email}`, boss.employeeNumber, '在籍'),
      row(leaving, leaving.email, '', '退職'),
    );
    const res = await commit(hr, body);
    expect(res.status).toBe(200);
    expect(await lastLine(res)).toMatchObject({ type: 'done', created: 0, updated: 3 });
    expect(await reload(plain)).toMatchObject({ email: `new.${plain.email}`, managerId: boss.id });
    expect(await reload(otherHr)).toMatchObject({ email: `new.${otherHr.email}`, managerId: boss.id });
    expect((await reload(leaving)).status).toBe('retired');
  });

  it('signs out whom it retires and voids reset links sent to an address it changed, as the directory does', async () => {
    const leaving = await makeEmployee(t.db);
    const moving = await makeEmployee(t.db);
    const session = await t.client().login(leaving.email);
    expect((await session.get('/api/v1/me/interviews')).status).toBe(200);
    for (const p of [leaving, moving]) {
      expect((await new TestClient(t.app, '10.8.0.1').post('/api/v1/auth/password-reset/request', { email: p.email })).status).toBe(202);
    }
    const tokens = [leaving, moving].map(async (p) => resetTokenIn((await lastMailTo(t.db, p.email))?.secretText));
    const [leavingToken, movingToken] = await Promise.all(tokens);
    const res = await commit(
      hr,
      file(`${BASIC},在籍状況`, row(leaving, leaving.email, '退職'), row(moving, `new.${moving.email}`, '在籍')),
    );
    expect(res.status).toBe(200);
    expect(await lastLine(res)).toMatchObject({ type: 'done', updated: 2 });
    expect((await session.get('/api/v1/me/interviews')).status).toBe(401);
    for (const token of [leavingToken, movingToken]) {
      const used = await new TestClient(t.app, '10.8.0.2').post('/api/v1/auth/password-reset/confirm', {
        token,
        password: 'a brand new passphrase',
      });
      expect(used.status).toBe(400);
    }
  });

  it('an admin may change an admin', async () => {
    const target = await makeEmployee(t.db, { roles: ['admin'] });
    const res = await commit(admin, file(`${BASIC},在籍状況`, row(target, `new.${target.email}`, '在籍')));
    expect(res.status).toBe(200);
    expect(await lastLine(res)).toMatchObject({ type: 'done', updated: 1 });
    expect((await reload(target)).email).toBe(`new.${target.email}`);
  });
});

describe('the audit of an import', () => {
  it('names each person created or changed and the fields whose value changed, not the columns', async () => {
    const a = await makeEmployee(t.db, { jobTitle: '一般', grade: 'G1' });
    const b = await makeEmployee(t.db, { jobTitle: '一般', grade: 'G1' });
    const same = await makeEmployee(t.db, { jobTitle: '一般', grade: 'G1' });
    const header = `${BASIC},役職,等級`;
    const body = file(
      header,
      row(a, `new.${a.email}`, '主任', 'G1'),
      row(b, b.email, '一般', 'G2'),
      row(same, same.email, '一般', 'G1'),
      'AUD-NEW-1,新井,花子,aud-new-1@example.jp,一般,',
    );
    const res = await commit(hr, body);
    expect(await lastLine(res)).toMatchObject({ type: 'done', created: 1, updated: 2, unchanged: 1 });

    const ids = [a.id, b.id, same.id];
    const updates = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'employee.update'), inArray(auditLog.entityId, ids)));
    const byId = Object.fromEntries(updates.map((u) => [u.entityId, u]));
    expect(updates).toHaveLength(2);
    expect(byId[a.id]).toMatchObject({ actorId: hrPerson.id, entityType: 'employee' });
    expect(byId[a.id]!.detail).toEqual({ source: 'import', employeeNumber: a.employeeNumber, changed: ['email', 'jobTitle'], version: 2 });
    expect(byId[b.id]!.detail).toEqual({ source: 'import', employeeNumber: b.employeeNumber, changed: ['grade'], version: 2 });

    const [created] = await t.db.select().from(employees).where(eq(employees.employeeNumber, 'AUD-NEW-1'));
    const [create] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'employee.create'), eq(auditLog.entityId, created!.id)));
    expect(create!.detail).toEqual({
      source: 'import',
      employeeNumber: 'AUD-NEW-1',
      fields: ['familyName', 'givenName', 'email', 'jobTitle'],
    });
    // The summary row stays, and no audit row carries an address.
    const [summary] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'employee.import')).orderBy(desc(auditLog.id)).limit(1);
    expect(summary!.detail).toMatchObject({ source: 'web', created: 1, updated: 2 });
    expect(JSON.stringify([...updates, create].map((r) => r!.detail))).not.toContain('@');
  });
});

describe('mail to the old address when the email changes', () => {
  it('is sent by the import, masked, in the person’s language, and the new address gets nothing', async () => {
    const ja = await makeEmployee(t.db, { email: 'hanako.old@example.jp', familyName: '佐藤', givenName: '花子' });
    const en = await makeEmployee(t.db, { email: 'john.old@example.jp', locale: 'en', familyName: 'Smith', givenName: 'John' });
    const res = await commit(hr, file(BASIC, row(ja, 'hanako.new@example.jp'), row(en, 'john.new@example.jp')));
    expect(res.status).toBe(200);
    expect(await lastLine(res)).toMatchObject({ type: 'done', updated: 2 });
    const mail = await lastMailTo(t.db, 'hanako.old@example.jp');
    expect(mail!.subject).toBe('【Mendan】ログイン用メールアドレスが変更されました');
    expect(mail!.bodyText).toContain('佐藤 花子 様');
    expect(mail!.bodyText).toContain('ha***@example.jp');
    expect(mail!.bodyText).not.toContain('hanako.new');
    const enMail = await lastMailTo(t.db, 'john.old@example.jp');
    expect(enMail!.subject).toBe('[Mendan] Your sign-in email address was changed');
    expect(enMail!.bodyText).toContain('jo***@example.jp');
    expect(await mailCount(t.db, 'hanako.new@example.jp')).toBe(0);
    expect(await mailCount(t.db, 'john.new@example.jp')).toBe(0);
  });

  it('is sent by PATCH /employees/:id when HR changes someone’s email', async () => {
    const e = await makeEmployee(t.db, { email: 'patch.old@example.jp' });
    const res = await hr.patch(`/api/v1/employees/${e.id}`, { version: e.version, email: 'patch.new@example.jp' });
    expect(res.status).toBe(200);
    const mail = await lastMailTo(t.db, 'patch.old@example.jp');
    expect(mail!.bodyText).toContain('pa***@example.jp');
    expect(await mailCount(t.db, 'patch.new@example.jp')).toBe(0);
    // Another change without a new email mails nobody.
    expect((await hr.patch(`/api/v1/employees/${e.id}`, { version: e.version + 1, jobTitle: '主任' })).status).toBe(200);
    expect(await mailCount(t.db, 'patch.old@example.jp')).toBe(1);
  });

  it('is sent by the CLI import too', async () => {
    const e = await makeEmployee(t.db, { email: 'cli.old@example.jp' });
    const dir = mkdtempSync(join(tmpdir(), 'mendan-import-'));
    const path = join(dir, 'people.csv');
    writeFileSync(path, file(BASIC, row(e, 'cli.new@example.jp')));
    const done = await runCli(t.handle, ['import-csv', '--type', 'employees', path]);
    rmSync(dir, { recursive: true, force: true });
    expect(done.code).toBe(0);
    expect((await lastMailTo(t.db, 'cli.old@example.jp'))!.bodyText).toContain('cl***@example.jp');
    expect(await mailCount(t.db, 'cli.new@example.jp')).toBe(0);
  });

  it('voids a reset link sent to the old address when PATCH changes the email', async () => {
    const e = await makeEmployee(t.db);
    expect((await new TestClient(t.app, '10.8.0.3').post('/api/v1/auth/password-reset/request', { email: e.email })).status).toBe(202);
    const token = resetTokenIn((await lastMailTo(t.db, e.email))?.secretText);
    expect((await hr.patch(`/api/v1/employees/${e.id}`, { version: e.version, email: `new.${e.email}` })).status).toBe(200);
    const used = await new TestClient(t.app, '10.8.0.4').post('/api/v1/auth/password-reset/confirm', {
      token,
      password: 'a brand new passphrase',
    });
    expect(used.status).toBe(400);
  });

  it("is never sent when PATCH refuses HR changing an admin's email (403)", async () => {
    const target = await makeEmployee(t.db, { roles: ['admin'] });
    const res = await hr.patch(`/api/v1/employees/${target.id}`, { version: target.version, email: 'mine@evil.example' });
    expect(res.status).toBe(403);
    expect((await reload(target)).email).toBe(target.email);
    expect(await mailCount(t.db, target.email)).toBe(0);
  });
});
