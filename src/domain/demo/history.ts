import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { departments, employees, formTemplates, interviews, notifications, positions, rounds } from '../../db/schema';
import { allFields } from '../forms/definition';
import { lockVersions, templateVersion } from '../forms/templates';
import { batches } from '../imports/write';
import type { Progress } from '../imports/write';
import { addDays } from '../shared/calendar';
import { careerOf, emptyCareer, positionRows } from './career';
import type { DemoCompany, DemoPerson } from './company';
import { departmentHeads, profiles } from './people';
import { emptyStory, RUNNING_STATES, type RunningState, storyOf } from './story';
import { moment, demoRounds } from './timeline';
import { insertAll, writeCareers, writeStories } from './write';

/** People per transaction: progress moves in steps this size, and memory stays flat for a large company. */
const PEOPLE_PER_BATCH = 200;

export type HistoryResult = { roundIds: string[]; positionIds: string[]; rows: number };

/** The employee ids and department ids the import gave the demo company. */
async function idsOf(db: Db, company: DemoCompany) {
  const people = new Map<string, string>();
  for (const batch of batches(company.people.map((p) => p.number))) {
    const rows = await db
      .select({ id: employees.id, n: employees.employeeNumber })
      .from(employees)
      .where(inArray(employees.employeeNumber, batch));
    for (const r of rows) people.set(r.n, r.id);
  }
  const depts = new Map((await db.select({ id: departments.id, code: departments.code }).from(departments)).map((d) => [d.code, d.id]));
  const need = <T>(m: Map<string, T>, k: string) => {
    const v = m.get(k);
    if (v === undefined) throw new Error(`demo: ${k} is missing`);
    return v;
  };
  return { person: (n: string) => need(people, n), dept: (code: string) => need(depts, code) };
}

/** The default sheet and survey, their current versions pinned and locked (as a launch does). */
async function defaultForms(db: Db) {
  const rows = await db
    .select({ id: formTemplates.id, kind: formTemplates.kind })
    .from(formTemplates)
    .where(eq(formTemplates.isDefault, true));
  const sheet = rows.find((r) => r.kind === 'sheet')!.id;
  const survey = rows.find((r) => r.kind === 'survey')!.id;
  const pinned = await lockVersions(db, [sheet, survey]);
  const surveyVersion = await templateVersion(db, pinned[survey]!);
  return { sheet, survey, versions: { sheet: pinned[sheet]!, survey: pinned[survey]! }, surveyFields: allFields(surveyVersion.definition) };
}

/**
 * The running round's states of the printed manager's team: every step once at least (the employee who
 * signs in has the interview scheduled), so the manager's list shows the whole flow.
 */
function forcedStates(company: DemoCompany): Map<string, RunningState> {
  const { employee, manager } = company.signIns;
  const forced = new Map<string, RunningState>([[employee.number, 'scheduled']]);
  const team = company.people.filter((p) => p.manager === manager && p !== employee && p.status === 'active');
  const order = RUNNING_STATES.filter((s) => s !== 'scheduled');
  for (const [i, p] of team.entries()) forced.set(p.number, order[i % order.length]!);
  return forced;
}

/**
 * Past rounds and the running one, written up as the company lived them, then skills, wishes, moves and
 * positions. Set-based writes, consistent with what the domain functions keep (kept_from, last interview,
 * sort keys, plan confirmations with their items); one transaction per batch of people.
 */
export async function writeHistory(
  db: Db,
  opts: { company: DemoCompany; seed: number; today: string; onProgress?: Progress },
): Promise<HistoryResult> {
  const { company, seed, today } = opts;
  const ids = await idsOf(db, company);
  const idOf = (p: DemoPerson) => ids.person(p.number);
  const hrActor = idOf(company.signIns.hr);
  const forms = await defaultForms(db);
  const plan = demoRounds(today);
  await insertAll(
    db,
    rounds,
    plan.map((r) => ({
      id: r.id,
      name: r.name,
      type: 'career',
      status: r.status,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      prepDueOn: r.prepDueOn,
      themes: r.themes,
      message: r.message,
      sheetTemplateId: forms.sheet,
      surveyTemplateId: forms.survey,
      sheetVersionId: forms.versions.sheet,
      surveyVersionId: forms.versions.survey,
      participants: { all: false, departmentIds: [], grades: ['G1', 'G2', 'G3', 'G4', 'G5'], employeeIds: [] },
      interviewerRule: 'manager',
      createdBy: hrActor,
      launchedAt: r.launchedAt,
      createdAt: new Date(r.launchedAt.getTime() - 14 * 86_400_000),
      updatedAt: r.closedAt ?? r.launchedAt,
    })),
  );
  const posRows = positionRows({ today, deptId: ids.dept });
  await insertAll(
    db,
    positions,
    posRows.map(({ code: _c, ...p }) => p),
  );
  const openPositions = new Map(posRows.filter((p) => p.status === 'open').map((p) => [p.code, p.id!]));

  const byNumber = profiles(company, plan, seed, today);
  const storyCtx = {
    seed,
    today,
    rounds: plan,
    versions: forms.versions,
    surveyFields: forms.surveyFields,
    idOf,
    deptId: ids.dept,
    heads: departmentHeads(company),
    hrActor,
    forced: forcedStates(company),
    now: new Date(),
  };
  const careerCtx = { seed, today, idOf: ids.person, deptId: ids.dept, hrActor, positionIds: openPositions };
  const everyone = [...byNumber.values()];
  let rows = 0;
  let done = 0;
  for (const batch of batches(everyone, PEOPLE_PER_BATCH)) {
    rows += await db.transaction(async (tx) => {
      const story = emptyStory();
      const career = emptyCareer();
      for (const pr of batch) {
        storyOf(storyCtx, pr, story);
        careerOf(careerCtx, pr, career);
      }
      const n = (await writeStories(tx, story)) + (await writeCareers(tx, career));
      for (const pr of batch.filter((x) => x.leftOn)) {
        await tx
          .update(employees)
          .set({ retiredOn: pr.leftOn })
          .where(eq(employees.id, idOf(pr.person)));
      }
      return n;
    });
    done += batch.length;
    await opts.onProgress?.({ done, total: everyone.length });
  }
  // What markHeld and the launch keep up to date, set once for everyone.
  await db.execute(sql`update ${employees} e set last_interview_at = x.held
    from (select i.employee_id, max(r.held_at) as held from interview_records r join interviews i on i.id = r.interview_id group by 1) x
    where x.employee_id = e.id`);
  await db.execute(sql`update ${rounds} set launch_total = x.n, launch_done = x.n
    from (select round_id, count(*)::int as n from ${interviews} group by round_id) x where x.round_id = ${rounds.id}`);
  await notifyTrio(db, company, idOf, plan.at(-1)!, today);
  return { roundIds: plan.map((r) => r.id), positionIds: [...openPositions.values()], rows };
}

/** A few in-app notices for the printed sign-ins, as the running round would have left them (no mail). */
async function notifyTrio(
  db: Db,
  company: DemoCompany,
  idOf: (p: DemoPerson) => string,
  round: { id: string; name: string; prepDueOn: string },
  today: string,
) {
  const { employee, manager } = company.signIns;
  const [iv] = await db
    .select({ id: interviews.id, start: interviews.scheduledStart, end: interviews.scheduledEnd })
    .from(interviews)
    .where(and(eq(interviews.roundId, round.id), eq(interviews.employeeId, idOf(employee))));
  if (!iv?.start || !iv.end) return;
  const at = (days: number, hhmm: string) => moment(addDays(today, days), hhmm);
  const name = (p: DemoPerson) => `${p.family[0]} ${p.given[0]}`;
  await db.insert(notifications).values([
    {
      recipientId: idOf(employee),
      kind: 'roundLaunched',
      params: { round: round.name, due: round.prepDueOn },
      link: `/prep/${iv.id}`,
      readAt: at(-27, '09:00'),
      createdAt: at(-28, '09:30'),
    },
    {
      recipientId: idOf(employee),
      kind: 'slotsOffered',
      params: { round: round.name, interviewer: name(manager) },
      link: `/prep/${iv.id}?tab=schedule`,
      readAt: at(-4, '08:50'),
      createdAt: at(-5, '18:00'),
    },
    {
      recipientId: idOf(employee),
      kind: 'interviewScheduled',
      params: { round: round.name, start: iv.start.toISOString(), end: iv.end.toISOString() },
      link: `/prep/${iv.id}`,
      createdAt: at(-4, '09:05'),
    },
    {
      recipientId: idOf(manager),
      kind: 'formSubmitted',
      params: { round: round.name, employee: name(employee), form: 'survey' },
      link: `/interviews/${iv.id}`,
      createdAt: at(-6, '20:40'),
    },
    {
      recipientId: idOf(manager),
      kind: 'roundAssigned',
      params: { round: round.name, count: String(company.people.filter((p) => p.manager === manager && p.status === 'active').length) },
      link: '/interviews',
      readAt: at(-27, '10:00'),
      createdAt: at(-28, '09:40'),
    },
  ]);
}
