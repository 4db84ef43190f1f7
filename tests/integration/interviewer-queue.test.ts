import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interviews, rounds } from '../../src/db/schema';
import { makeEmployee } from '../support/factories';
import type { TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';

// GET /interviews, the interviewer's list (issue 16.1 reads the running rounds first and orders by the
// interview's sort key): only their own people, only running rounds, unscheduled first, then by furigana.
type Queue = { items: { id: string; employee: { id: string }; round: { id: string } }[]; total: number };

let ctx: Awaited<ReturnType<typeof orgApp>>;
let org: Org;
let manager: TestClient;
let running: string;
let closed: string;
const people: { id: string; email: string }[] = [];

beforeAll(async () => {
  ctx = await orgApp();
  org = ctx.org;
  for (const [family, kana] of [
    ['渡辺', 'ワタナベ'],
    ['青木', 'アオキ'],
    ['中村', 'ナカムラ'],
  ] as const) {
    people.push(await makeEmployee(ctx.t.db, { managerId: org.manager.id, familyName: family, familyNameKana: kana }));
  }
  const old = await launchRound(ctx.t, ctx.hr, [people[0]!.id], { name: '前回のキャリア面談' });
  closed = old.roundId;
  await ctx.t.db.update(rounds).set({ status: 'closed' }).where(eq(rounds.id, closed));
  running = (await launchRound(ctx.t, ctx.hr, [...people.map((p) => p.id), org.otherReport.id])).roundId;
  manager = await ctx.t.client().login(org.manager.email);
}, 120_000);
afterAll(() => ctx.t.close());

const queue = async (q = '') => (await (await manager.get(`/api/v1/interviews${q}`)).json()) as Queue;

describe("the interviewer's list", () => {
  it('holds their own people in running rounds only, by furigana, the scheduled after the unscheduled', async () => {
    const first = await queue();
    expect(first.items.map((i) => i.employee.id)).toEqual([people[1]!.id, people[2]!.id, people[0]!.id]);
    expect(first.items.every((i) => i.round.id === running)).toBe(true);
    expect(first.total).toBe(3);

    // アオキ gets a time: she moves behind the two still unscheduled.
    const aoki = first.items[0]!.id;
    await ctx.t.db
      .update(interviews)
      .set({ status: 'scheduled', scheduledStart: new Date('2026-12-10T01:00:00Z'), scheduledEnd: new Date('2026-12-10T02:00:00Z') })
      .where(eq(interviews.id, aoki));
    expect((await queue()).items.map((i) => i.employee.id)).toEqual([people[2]!.id, people[0]!.id, people[1]!.id]);
    expect((await queue('?state=scheduled')).items.map((i) => i.id)).toEqual([aoki]);
    expect((await queue('?state=unscheduled')).total).toBe(2);
  });

  it('answers an empty list for a round that is not running, and for someone who interviews nobody', async () => {
    expect(await queue(`?roundId=${closed}`)).toMatchObject({ items: [], total: 0 });
    const nobody = await ctx.t.client().login(people[0]!.email);
    expect(await (await nobody.get('/api/v1/interviews')).json()).toMatchObject({ items: [], total: 0 });
  });

  it('pages the one running round the same on every call (prepared), and merges two running rounds in order', async () => {
    // More than five runs: PostgreSQL may switch a prepared statement to its generic plan; the answer must not change.
    for (let i = 0; i < 7; i++) {
      const page2 = (await (await manager.get('/api/v1/interviews?page=2&pageSize=2')).json()) as Queue;
      expect(page2.items.map((x) => x.employee.id)).toEqual([people[1]!.id]);
      expect(page2.total).toBe(3);
    }
    const second = (await launchRound(ctx.t, ctx.hr, [people[0]!.id], { name: '追加のキャリア面談' })).roundId;
    const both = await queue();
    expect(both.total).toBe(4);
    expect(both.items.filter((i) => i.round.id === second).map((i) => i.employee.id)).toEqual([people[0]!.id]);
    expect((await queue(`?roundId=${second}`)).items.map((i) => i.employee.id)).toEqual([people[0]!.id]);
    expect((await queue(`?roundId=${running}`)).total).toBe(3);
  });
});
