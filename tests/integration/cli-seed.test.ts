import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCompany } from '../../src/domain/demo/company';
import { DEMO_PASSWORD } from '../../src/domain/demo/names';
import type { Db } from '../../src/db/client';
import { departments, employees } from '../../src/db/schema';
import { makeTestApp, type TestApp } from '../support/harness';
import { runCli } from '../support/cli';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

const cli = (argv: string[]) => runCli(t.handle, argv);

const rows = async <T>(db: Db, q: ReturnType<typeof sql>) => (await db.execute(q)) as unknown as { rows: T[] };

describe('seed-demo', () => {
  it('is the same company for the same seed and another for another seed', () => {
    const a = generateCompany(120, 7).people.map((p) => [p.number, p.family[0], p.given[0], p.manager?.number]);
    const b = generateCompany(120, 7).people.map((p) => [p.number, p.family[0], p.given[0], p.manager?.number]);
    expect(a).toEqual(b);
    expect(generateCompany(120, 8).people.map((p) => p.given[0])).not.toEqual(a.map((p) => p[2]));
  });

  it('builds a realistic company: a 3-level tree, one manager chain up to the CEO, demo sign-ins', async () => {
    const r = await cli(['seed-demo', '--employees', '300', '--seed', '1']);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('デモデータを作成しました: 部署 14 件、社員 300 名(シード 1)。');
    expect(r.out).toContain(DEMO_PASSWORD);

    const [{ n: people } = { n: 0 }] = await t.db.select({ n: sql<number>`count(*)::int` }).from(employees);
    expect(people).toBe(300);
    const depts = await t.db.select().from(departments);
    expect(depts.length).toBeGreaterThanOrEqual(12);
    const depth = (
      await rows<{ d: number }>(
        t.db,
        sql`with recursive tree(id, d) as (
        select id, 1 from departments where parent_id is null
        union all select c.id, tree.d + 1 from departments c join tree on c.parent_id = tree.id)
      select max(d)::int as d from tree`,
      )
    ).rows[0]!.d;
    expect(depth).toBe(3);

    const noManager = await t.db.select().from(employees).where(sql`${employees.managerId} is null`);
    expect(noManager.map((e) => e.jobTitle)).toEqual(['代表取締役社長']);
    // Every chain reaches the CEO: no cycles, no dangling managers.
    const reached = (
      await rows<{ n: number }>(
        t.db,
        sql`with recursive chain(id) as (
        select id from employees where manager_id is null
        union all select e.id from employees e join chain on e.manager_id = chain.id)
      select count(*)::int as n from chain`,
      )
    ).rows[0]!.n;
    expect(reached).toBe(300);

    const all = await t.db.select().from(employees);
    expect(all.every((e) => /^[\u30A0-\u30FF]+$/.test(e.familyNameKana ?? '') && /^[\u30A0-\u30FF]+$/.test(e.givenNameKana ?? ''))).toBe(
      true,
    );
    expect(new Set(all.map((e) => e.grade))).toEqual(new Set(['G1', 'G2', 'G3', 'G4', 'G5', 'G6']));
    expect(new Set(all.map((e) => e.jobTitle))).toEqual(new Set(['代表取締役社長', '本部長', '部長', '課長', '主任', '一般']));
    expect(all.filter((e) => e.status === 'retired').length).toBeGreaterThan(0);
    const active = new Map(all.map((e) => [e.id, e.status]));
    expect(all.filter((e) => e.status === 'active' && e.managerId && active.get(e.managerId) !== 'active')).toEqual([]);

    const emails = [...r.out.matchAll(/: (\S+@demo\.example\.jp)/g)].map((m) => m[1]!);
    expect(emails).toHaveLength(4);
    const roles: string[][] = [];
    for (const email of emails) {
      const c = await t.client().login(email, DEMO_PASSWORD);
      roles.push((await (await c.get('/api/v1/auth/me')).json()).roles);
    }
    expect(roles[0]).toEqual(expect.arrayContaining(['admin', 'hr']));
    expect(roles[1]).toContain('hr');
    expect(roles[2]).toContain('interviewer');
    expect(roles[3]).toEqual(['employee']);
    // With its history, stored figures and themes count (see demo-seed.test.ts).
  }, 240_000);

  it('refuses a database that already has employees unless --force', async () => {
    const r = await cli(['seed-demo']);
    expect(r).toMatchObject({
      code: 1,
      err: 'このデータベースにはすでに社員が300名います。上書きして追加するには --force を付けてください。',
    });
    const again = await cli(['seed-demo', '--force', '--employees', '300', '--seed', '1']);
    expect(again.code).toBe(0);
    expect(again.out).toContain('新規 0 件、更新 0 件、変更なし 300 件');
    // The rounds are there already: the people are updated, no second history is added.
    expect(again.out).toContain('面談ラウンドがすでにあるため');
  }, 120_000);
});
