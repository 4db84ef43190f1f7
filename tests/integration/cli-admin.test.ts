import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io';
import { employees, roleGrants } from '../../src/db/schema';
import { makeDepartment, makeEmployee } from '../support/factories';
import { runCli } from '../support/cli';
import { makeTestApp, type TestApp } from '../support/harness';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

// No terminal: a command that asks for a password must not get one.
const cli = (argv: string[], over: Partial<Io> = {}) =>
  runCli(t.handle, argv, {
    env: { LANG: 'ja_JP.UTF-8' },
    readSecret: async () => {
      throw new Error('no terminal');
    },
    ...over,
  });

const dir = mkdtempSync(join(tmpdir(), 'mendan-cli-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const count = async () => (await t.db.select({ n: sql<number>`count(*)::int` }).from(employees))[0]!.n;
const rolesOf = async (id: string) =>
  (await t.db.select({ role: roleGrants.role }).from(roleGrants).where(eq(roleGrants.employeeId, id))).map((r) => r.role).sort();

describe('create-admin', () => {
  it('creates an admin who can sign in, with admin and hr', async () => {
    const r = await cli([
      'create-admin',
      '--email',
      'Root@Example.jp',
      '--family-name',
      '管理',
      '--given-name',
      '太郎',
      '--password',
      'a-long-password',
    ]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe('管理者 管理 太郎(root@example.jp)を作成しました。権限: admin, hr');
    const [row] = await t.db.select().from(employees).where(eq(employees.email, 'root@example.jp'));
    expect(row!.employeeNumber).toBe('ADMIN');
    expect(await rolesOf(row!.id)).toEqual(['admin', 'hr']);
    const c = await t.client().login('root@example.jp', 'a-long-password');
    expect((await (await c.get('/api/v1/auth/me')).json()).roles).toEqual(['admin', 'employee', 'hr']);
  });

  it('gives an existing person the roles and a new password (MENDAN_ADMIN_PASSWORD)', async () => {
    const e = await makeEmployee(t.db);
    const r = await cli(['create-admin', '--email', e.email], { env: { MENDAN_ADMIN_PASSWORD: 'another-password', LANG: 'en_US.UTF-8' } });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Gave .* the admin and hr roles and the new password\.$/);
    expect(await rolesOf(e.id)).toEqual(['admin', 'hr']);
    await t.client().login(e.email, 'another-password');
  });

  it('refuses clearly: no password off a terminal, a short one, missing names, bad options', async () => {
    const base = ['create-admin', '--email', 'new@example.jp', '--family-name', '新', '--given-name', '人'];
    expect(await cli(base)).toMatchObject({ code: 2, err: expect.stringContaining('MENDAN_ADMIN_PASSWORD') });
    expect(await cli([...base, '--password', 'short'])).toMatchObject({ code: 1, err: 'パスワードは10文字以上にしてください。' });
    expect(await cli(['create-admin', '--email', 'x@example.jp', '--password', 'long enough pw'])).toMatchObject({ code: 2 });
    expect((await cli([...base, '--bogus'])).code).toBe(2);
    expect((await cli(['create-admin', '--email', 'not-an-email', '--password', 'long enough pw'])).code).toBe(2);
    expect(await count()).toBeGreaterThan(0);
    const [none] = await t.db.select().from(employees).where(eq(employees.email, 'new@example.jp'));
    expect(none).toBeUndefined();
  });

  it('asks for the password, hidden and twice, at a terminal', async () => {
    const answers = ['typed-password-1', 'typed-password-1'];
    const prompts: string[] = [];
    const r = await cli(['create-admin', '--email', 'tty@example.jp', '--family-name', '端末', '--given-name', '花子'], {
      isTTY: true,
      readSecret: async (p) => {
        prompts.push(p);
        return answers.shift()!;
      },
    });
    expect(r.code).toBe(0);
    expect(prompts).toEqual(['パスワード: ', 'パスワード(確認): ']);
    await t.client().login('tty@example.jp', 'typed-password-1');
  });
});

describe('import-csv', () => {
  it('prints every row error, exits 1 and writes nothing', async () => {
    const before = await count();
    const p = file(
      'bad.csv',
      '社員番号,姓,名,メールアドレス,入社日\r\nC1,山田,太郎,c1@example.jp,2020-04-01\r\nC2,山田,花子,bad-mail,2020-04-01\r\nC3,山田,次郎,c3@example.jp,昨日\r\n',
    );
    const r = await cli(['import-csv', '--type', 'employees', p]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('3行目「メールアドレス」: メールアドレスの形式が正しくありません。');
    expect(r.err).toContain('4行目「入社日」: 日付は YYYY-MM-DD の形式で入力してください。');
    expect(r.err).toContain('2行にエラーがあるため、取り込みませんでした。');
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
    expect(await count()).toBe(before);
  });

  it('imports departments then employees, printing progress', async () => {
    await makeDepartment(t.db, { code: 'CLI-ROOT' });
    const d = await cli(['import-csv', '--type', 'departments', file('d.csv', 'code,name,parent_code\nCLI-A,A部,CLI-ROOT\n')]);
    expect(d.code).toBe(0);
    const p = file(
      'ok.csv',
      'employee_number,family_name,given_name,email,department_code,manager_number\nC10,佐藤,一,c10@example.jp,CLI-A,C11\nC11,佐藤,二,c11@example.jp,CLI-A,\n',
    );
    const r = await cli(['import-csv', '--type', 'employees', p]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('書き込み中… 2 / 2');
    expect(r.out).toContain('取り込みが完了しました(新規 2 件、更新 0 件、変更なし 0 件)。');
    const [c10] = await t.db.select().from(employees).where(eq(employees.employeeNumber, 'C10'));
    const [c11] = await t.db.select().from(employees).where(eq(employees.employeeNumber, 'C11'));
    expect(c10!.managerId).toBe(c11!.id);
  });

  it('usage errors exit 2; a missing file exits 1', async () => {
    expect((await cli(['import-csv', 'x.csv'])).code).toBe(2);
    expect((await cli(['import-csv', '--type', 'people', 'x.csv'])).code).toBe(2);
    expect(await cli(['import-csv', '--type', 'employees', join(dir, 'nope.csv')])).toMatchObject({
      code: 1,
      err: expect.stringContaining('読み込めませんでした'),
    });
    expect((await cli([])).code).toBe(2);
    expect((await cli(['help'])).out).toContain('Mendan admin commands');
  });
});
