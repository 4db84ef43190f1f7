import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { interviews, rounds } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { can } from '../capabilities';
import { getEmployee } from '../directory/employees-read';
import { notFound } from '../errors';
import type { FormKind } from '../forms/definition';
import { loadInterview, presentInterview } from '../interviews/access';
import { readForm } from '../interviews/forms';
import { listNotifications } from '../notify/notify';
import { employeeWishes, myWishes } from '../placement/wishes';
import { myConsents } from '../record/consent';
import { getRecord } from '../record/view';
import { companyToday } from '../shared/calendar';
import { getInventory } from '../skills/inventory';
import { getEmployeeCareer } from '../career/map';
import { hearingsOf } from '../hiring/export';
import type { DataExport } from './responses';

type Scope = DataExport['scope'];

/**
 * Every interview of the person, read through the screens' own functions as this actor: loadInterview (404 for
 * what the actor may not open), readForm (人事のみ and drafts filtered in the query) and getRecord (notes by
 * visibility: never someone else's private memo, never an hr_manager note for the employee).
 */
async function interviewsOf(db: Db, actor: Actor, employeeId: string): Promise<DataExport['interviews']> {
  const rows = await db
    .select({ id: interviews.id })
    .from(interviews)
    .innerJoin(rounds, eq(rounds.id, interviews.roundId))
    .where(and(eq(interviews.employeeId, employeeId), inArray(rounds.status, ['launched', 'closed'])))
    .orderBy(asc(rounds.periodStart), asc(interviews.createdAt));
  const out: DataExport['interviews'] = [];
  for (const { id } of rows) {
    const x = await loadInterview(db, actor, id);
    const form = (kind: FormKind, pinned: string | null) => (pinned ? readForm(db, actor, x, kind) : null);
    out.push({
      interview: presentInterview(x),
      sheet: await form('sheet', x.round.sheetVersionId),
      survey: await form('survey', x.round.surveyVersionId),
      record: await getRecord(db, { actor, interviewId: id }),
    });
  }
  return out;
}

/** All of the reader's own notifications, page by page (the list's own presenter). */
async function allNotifications(db: Db, actor: Actor): Promise<DataExport['notifications']> {
  const items: DataExport['notifications'] = [];
  for (let page = 1; ; page++) {
    const list = await listNotifications(db, { actor, page, pageSize: 100 });
    items.push(...list.items);
    if (items.length >= list.total || !list.items.length) return items;
  }
}

async function build(db: Db, actor: Actor, employeeId: string, scope: Scope, reason: string | null): Promise<DataExport> {
  const self = scope === 'self';
  return {
    format: 'mendan-data-export',
    version: 1,
    scope,
    generatedAt: new Date().toISOString(),
    day: companyToday(),
    reason,
    profile: await getEmployee(db, { actor, id: employeeId }),
    interviews: await interviewsOf(db, actor, employeeId),
    wishes: self ? (await myWishes(db, { actor })).items : (await employeeWishes(db, { actor, employeeId })).items,
    inventory: await getInventory(db, { actor, employeeId }),
    career: await getEmployeeCareer(db, { actor, employeeId }),
    hearings: await hearingsOf(db, actor, employeeId, scope),
    notifications: self ? await allNotifications(db, actor) : [],
    consents: self ? (await myConsents(db, actor)).items : [],
  };
}

/** The employee's own download (APPI: disclosure to the person): what their own screens show them, in one file. */
export async function selfExport(db: Db, opts: { actor: Actor }): Promise<DataExport> {
  const { actor } = opts;
  const data = await build(db, actor, actor.id, 'self', null);
  await audit(db, {
    actor,
    action: 'data_export.self',
    entityType: 'employee',
    entityId: actor.id,
    detail: { interviews: data.interviews.length, hearings: data.hearings.written.length },
  });
  return data;
}

/**
 * HR's export of one person's file on a formal request (開示請求 and the like): everything HR may read of them —
 * all records but other people's private memos. Others get 404, as for any record they may not see. The reason
 * goes to the audit log with the export.
 */
export async function personExport(db: Db, opts: { actor: Actor; employeeId: string; reason: string }): Promise<DataExport> {
  const { actor, employeeId, reason } = opts;
  if (!can(actor, 'exportPersonFile')) throw notFound();
  const data = await build(db, actor, employeeId, 'hr', reason);
  await audit(db, {
    actor,
    action: 'data_export.person',
    entityType: 'employee',
    entityId: employeeId,
    detail: { reason, interviews: data.interviews.length, hearings: data.hearings.written.length + data.hearings.named.length },
  });
  return data;
}

/** The download's file name, with the company's date: mendan-my-data-2026-12-07.json. */
export const exportFileName = (data: DataExport) =>
  data.scope === 'self'
    ? `mendan-my-data-${data.day}.json`
    : `mendan-employee-${data.profile.employeeNumber.replace(/[^\w.-]/g, '_')}-${data.day}.json`;
