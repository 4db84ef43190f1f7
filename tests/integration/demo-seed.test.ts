import { readFileSync } from 'node:fs';
import { isNotNull, sql } from 'drizzle-orm';
import { actionItems } from '../../src/db/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/domain/demo/names';
import { companyToday, addDays } from '../../src/domain/shared/calendar';
import { rowsOf } from '../../src/db/rows';
import { runCli } from '../support/cli';
import { makeTestApp, type TestApp, type TestClient } from '../support/harness';

// Issue 15.2: the demo company is lived in. After `seed-demo`, every insight page HR opens shows figures at
// once (no "not counted yet", no group under five hiding everything), and the printed sign-ins are linked:
// the manager interviews the employee in the running round.

let t: TestApp;
let out: string;
let emails: string[];
let hr: TestClient;
const SEED_TIMEOUT = 240_000;

beforeAll(async () => {
  t = await makeTestApp();
  const r = await runCli(t.handle, ['seed-demo']);
  expect(r).toMatchObject({ code: 0, err: '' });
  out = r.out;
  emails = [...out.matchAll(/: (\S+@demo\.example\.jp)/g)].map((m) => m[1]!);
  hr = await t.client().login(emails[1]!, DEMO_PASSWORD);
}, SEED_TIMEOUT);
afterAll(() => t.close());

const json = async (c: TestClient, path: string) => {
  const res = await c.get(path);
  expect(res.status, path).toBe(200);
  return res.json();
};

type Round = { id: string; name: string; status: string };
const rounds = async (): Promise<Round[]> => (await json(hr, '/api/v1/rounds?status=started')).items;

describe('seed-demo: a lived-in company', () => {
  it('prints an admin, an HR person, and a manager who interviews the printed employee', async () => {
    expect(emails).toHaveLength(4);
    // The README names them (seed 1, 300 people: the first-run page's load): a change of the generator must update it.
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const e of emails) expect(readme, e).toContain(e);
    const [admin, , manager, employee] = await Promise.all(emails.map((e) => t.client().login(e, DEMO_PASSWORD)));
    expect((await json(admin!, '/api/v1/auth/me')).roles).toEqual(expect.arrayContaining(['admin', 'hr']));
    const me = await json(manager!, '/api/v1/auth/me');
    const mine = (await json(employee!, '/api/v1/me/interviews')).items as {
      round: Round;
      status: string;
      interviewer: { id: string } | null;
    }[];
    const running = mine.find((i) => i.round.status === 'launched')!;
    expect(running).toMatchObject({ status: 'scheduled', interviewer: { id: me.id } });
    // The manager's list holds the employee, and their team's figures show (five or more people).
    const queue = (await json(manager!, '/api/v1/interviews?pageSize=100')).items as { employee: { id: string }; status: string }[];
    const statuses = new Set(queue.map((q) => q.status));
    expect(statuses).toEqual(new Set(['preparing', 'scheduled', 'done']));
    const team = await json(manager!, '/api/v1/me/team-progress');
    expect(team.items[0].counts).toMatchObject({ suppressed: false });
    expect(team.items[0].counts.total).toBeGreaterThanOrEqual(5);
    // The employee has a history: past rounds held, agreed plans, follow-ups.
    const history = await json(employee!, '/api/v1/me/history');
    expect(history.entries.filter((e: { status: string }) => e.status === 'done').length).toBeGreaterThanOrEqual(2);
  });

  it('has three past career rounds and a running one, with every step of the flow in the running round', async () => {
    const list = await rounds();
    expect(list.map((r) => r.status)).toEqual(['launched', 'closed', 'closed', 'closed']);
    const p = await json(hr, `/api/v1/rounds/${list[0]!.id}/progress`);
    const n = p.total;
    expect(n.total).toBeGreaterThan(250);
    expect(n.total).toBeGreaterThan(n.sheetSubmitted);
    expect(n.sheetSubmitted).toBeGreaterThan(n.surveySubmitted);
    expect(n.surveySubmitted).toBeGreaterThan(n.scheduled);
    expect(n.scheduled).toBeGreaterThan(n.done);
    expect(n.done).toBeGreaterThan(n.planConfirmed);
    expect(n.planConfirmed).toBeGreaterThan(0);
    expect(n.unassigned).toBe(0);
    const prev = await json(hr, `/api/v1/rounds/${list[1]!.id}/progress`);
    expect(prev.total.followedUp).toBeGreaterThan(prev.total.total / 2);
    expect(prev.plan.done).toBeGreaterThan(0);
    // Some items ran late, most did not.
    expect(prev.plan.overdue).toBeGreaterThan(0);
    expect(prev.plan.overdue).toBeLessThan(prev.plan.items / 4);
    const ratings = await json(hr, `/api/v1/rounds/${list[1]!.id}/ratings`);
    expect(ratings).toMatchObject({ suppressed: false });
    expect(ratings.average).toBeGreaterThan(2);
  });

  it('shows figures on every insight page at once', async () => {
    const [running, last] = await rounds();
    for (const dimension of ['department', 'grade', 'tenure']) {
      const tr = await json(hr, `/api/v1/insight/trends?dimension=${dimension}&field=jobSatisfaction`);
      expect(tr.rounds).toHaveLength(4);
      expect(tr.rounds.every((r: { pending: boolean }) => !r.pending)).toBe(true);
      expect(tr.overall.every((o: { suppressed: boolean } | null) => o && !o.suppressed)).toBe(true);
      const shown = tr.groups.filter((g: { points: ({ suppressed: boolean } | null)[] }) => g.points.some((p) => p && !p.suppressed));
      expect(shown.length, dimension).toBeGreaterThanOrEqual(3);
    }
    for (const r of [running!, last!]) {
      const risks = await json(hr, `/api/v1/rounds/${r.id}/risks`);
      expect(risks.total, r.name).toBeGreaterThan(0);
      const themes = await json(hr, `/api/v1/insight/themes/${r.id}`);
      expect(themes.running).toBeNull();
      expect(themes.respondents).toBeGreaterThan(100);
      expect(themes.previousRound).not.toBeNull();
      expect(themes.words.length).toBeGreaterThan(20);
    }
    // Words come and go: overtime (残業) fell after the company acted on it.
    const before = await json(hr, `/api/v1/insight/themes/${last!.id}`);
    expect(before.words.find((w: { word: string }) => w.word === '残業')?.trend).toBe('falling');
    const today = companyToday();
    const outcomes = await json(hr, `/api/v1/insight/outcomes?from=${addDays(today, -365)}&to=${today}`);
    expect(outcomes.interviewed).toMatchObject({ suppressed: false });
    expect(outcomes.notInterviewed).toMatchObject({ suppressed: false });
    expect(outcomes.interviewed.retentionRate).toBeLessThan(100);
    expect(outcomes.interviewed.scaleChange.jobSatisfaction).not.toBeNull();
    expect((await json(hr, '/api/v1/insight/coverage?months=6')).total).toBeGreaterThan(0);
  });

  it('has wishes with HR answers, moves, leavers and ranked candidates for the open positions', async () => {
    const wishes = await json(hr, '/api/v1/wishes?status=all&pageSize=100');
    expect(wishes.total).toBeGreaterThan(20);
    const states = new Set(wishes.items.map((w: { state: string }) => w.state));
    for (const s of ['new', 'considered', 'moved']) expect(states).toContain(s);
    const positions = (await json(hr, '/api/v1/positions?status=open')).items as { id: string }[];
    expect(positions.length).toBeGreaterThanOrEqual(5);
    for (const p of positions) expect((await json(hr, `/api/v1/positions/${p.id}/candidates`)).total).toBeGreaterThan(0);
    const [facts] = rowsOf<{ moves: number; leavers: number; mail: number }>(
      await t.db.execute(sql`select (select count(*)::int from department_moves) as moves,
        (select count(*)::int from employees where status = 'retired' and retired_on < current_date) as leavers,
        (select count(*)::int from mail_outbox) as mail`),
    );
    expect(facts!.moves).toBeGreaterThan(0);
    expect(facts!.leavers).toBeGreaterThan(0);
    // Demo history is not news: nothing was mailed to anyone.
    expect(facts!.mail).toBe(0);
  });

  it("shows the printed manager's reflection card with figures, HR's view, and the employee's counted answer (issue 19)", async () => {
    const [, , manager, employee] = await Promise.all(emails.map((e) => t.client().login(e, DEMO_PASSWORD)));
    const card = await json(manager!, '/api/v1/me/reflection');
    expect(card.own.n).toBeGreaterThanOrEqual(5);
    expect(card.own.scores).not.toBeNull();
    expect(card.company.scores).not.toBeNull();
    expect(card.weakest).not.toBeNull();
    expect(card.signals.some((s: { of: number }) => s.of > 0)).toBe(true);
    const view = await json(hr, '/api/v1/insight/reflection');
    const people = view.departments.flatMap((d: { interviewers: { answers: { scores: unknown } }[] }) => d.interviewers);
    expect(people.filter((p: { answers: { scores: unknown } }) => p.answers.scores !== null).length).toBeGreaterThan(3);
    expect(view.trend.filter((p: { company: { scores: unknown } }) => p.company.scores !== null).length).toBeGreaterThanOrEqual(2);
    const mine = await json(employee!, '/api/v1/me/reflections');
    expect(mine.counted.length).toBeGreaterThan(0);
  });

  it('has career paths with both tracks, the employee’s goal with its gaps for their manager, and a bench with figures', async () => {
    const [, , manager, employee] = await Promise.all(emails.map((e) => t.client().login(e, DEMO_PASSWORD)));
    const framework = await json(hr, '/api/v1/career/framework');
    expect(framework.roles).toHaveLength(14);
    expect(new Set(framework.roles.map((r: { track: string }) => r.track))).toEqual(new Set(['common', 'management', 'specialist']));
    const mine = await json(employee!, '/api/v1/me/career');
    expect(mine.currentRoleId).not.toBeNull();
    expect(mine.options.length).toBeGreaterThan(0);
    expect(mine.goal.gaps.length).toBeGreaterThan(0);
    const seen = await json(manager!, `/api/v1/employees/${(await json(employee!, '/api/v1/auth/me')).id}/career`);
    expect(seen.goal.role.id).toBe(mine.goal.role.id);
    const bench = await json(hr, '/api/v1/career/readiness');
    const shown = bench.roles.flatMap((r: { byDepartment: { suppressed: boolean; ready: number | null; oneStep: number | null }[] }) =>
      r.byDepartment.filter((d) => !d.suppressed),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.reduce((n: number, d: { ready: number; oneStep: number }) => n + d.ready + d.oneStep, 0)).toBeGreaterThan(0);
  });

  it('has a hiring-criteria hearing with answers side by side, draft criteria linked to skills, and one still on the manager’s to-do', async () => {
    const [, , manager] = await Promise.all(emails.map((e) => t.client().login(e, DEMO_PASSWORD)));
    const list = await json(hr, '/api/v1/hiring/hearings');
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ role: { name: 'シニアセールス' }, submitted: 2, criteria: 4 });
    expect(list.items[0].total).toBeGreaterThanOrEqual(3);
    const d = await json(hr, `/api/v1/hiring/hearings/${list.items[0].id}`);
    const skills = d.sections.find((s: { sectionId: string }) => s.sectionId === 'skills').fields[0];
    expect(skills.answers).toHaveLength(2);
    expect(skills.counts[0]).toEqual({ text: '法人営業', count: 2 });
    // Each submitted sheet names a picked member of the head's team, never a typed name.
    const named = d.requests.filter((r: { status: string }) => r.status === 'submitted').map((r: { performer: unknown }) => r.performer);
    expect(named.every((p: { familyName: string } | null) => !!p?.familyName)).toBe(true);
    expect(d.criteria.filter((c: { skill: string | null }) => c.skill).map((c: { skill: string }) => c.skill)).toEqual([
      '法人営業',
      '業界知識',
    ]);
    const todo = await json(manager!, '/api/v1/me/todo');
    expect(todo.employee.hearings).toHaveLength(1);
  });

  it('links the employee’s latest plan to their goal’s gaps, and ranks a position on its career role (issue 18.3–18.4)', async () => {
    const [row] = await t.db
      .select({ interviewId: actionItems.interviewId })
      .from(actionItems)
      .where(isNotNull(actionItems.gapSkill))
      .limit(1);
    expect(row).toBeDefined();
    const record = await json(hr, `/api/v1/interviews/${row!.interviewId}/record`);
    const linked = record.plan.items.filter((i: { gap: unknown }) => i.gap);
    expect(linked.length).toBeGreaterThan(0);
    const gap = linked[0].gap as { linked: number; now: number; expected: number; kind: string };
    expect(gap.kind).toBe('training');
    expect(gap.now).toBeGreaterThanOrEqual(gap.linked);
    expect(gap.expected).toBeGreaterThan(0);
    const positions = await json(hr, '/api/v1/positions');
    const cloud = positions.items.find((p: { careerRoleCode: string | null }) => p.careerRoleCode === 'E-S4');
    const page = await json(hr, `/api/v1/positions/${cloud.id}/candidates?skills=true`);
    expect(page.careerRole.name).toBe('シニアエンジニア');
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items[0].gap.skills.length).toBe(3);
  });
});
