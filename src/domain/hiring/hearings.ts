import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { careerRoleSkills, employees, formTemplateVersions, hearingCriteria, hearingRequests, hearings } from '../../db/schema';
import type { JobQueue } from '../../jobs/queue';
import type { Mailer } from '../../mail/mailer';
import { type Actor, authorId } from '../actor';
import { audit } from '../audit/audit';
import { currentFramework } from '../career/framework';
import { conflict, invalid, notFound } from '../errors';
import { loadPeople, mailPeople, notify } from '../notify/notify';
import { requireHearingHr } from './policy';
import { queueAutoHearingReminder } from './auto-remind';
import { hearingTemplateVersion } from './install';
import type { HearingList } from './responses';
import type { HearingCreate } from './schemas';

type Deps = { mailer: Mailer; publicUrl: string; jobs?: JobQueue };
export const sheetLink = (requestId: string) => `/hearings/${requestId}`;

/**
 * Opens a hearing on a pinned sheet version (locked, so a later edit makes a new one, as for rounds), in the caller's
 * transaction: HR's send and the demo company both start one this way.
 */
export async function openHearing(tx: Db, values: typeof hearings.$inferInsert): Promise<string> {
  await tx.update(formTemplateVersions).set({ locked: true }).where(eq(formTemplateVersions.id, values.templateVersionId));
  const [h] = await tx.insert(hearings).values(values).returning({ id: hearings.id });
  return h!.id;
}

/**
 * HR sends a hearing: pins the hearing sheet's current version (locked, so a later edit makes a new one, as for
 * rounds), makes one sheet per chosen manager and tells each of them in the app and by mail. Managers are any
 * active people HR picks: a team lead without reports may know the role's high performers best.
 */
export async function sendHearing(db: Db, opts: { actor: Actor } & HearingCreate & Deps): Promise<{ id: string }> {
  const { actor, roleId, roleName, dueOn, message } = opts;
  requireHearingHr(actor, 'forbid');
  const managerIds = [...new Set(opts.managerIds)];
  let role: { id: string | null; name: string } = { id: null, name: roleName ?? '' };
  if (roleId) {
    const f = await currentFramework(db);
    const found = f?.roles.find((r) => r.id === roleId);
    if (!found) throw invalid({ roleId: { key: 'hiring.errors.roleGone' } });
    role = { id: found.id, name: found.name };
  }
  const people = await db
    .select({ id: employees.id })
    .from(employees)
    .where(and(inArray(employees.id, managerIds), eq(employees.status, 'active')));
  if (people.length !== managerIds.length) throw invalid({ managerIds: { key: 'hiring.errors.manager' } });
  const versionId = await hearingTemplateVersion(db);
  if (!versionId) throw conflict('hiring.errors.noTemplate');
  const id = await db.transaction(async (tx) => {
    const hearingId = await openHearing(tx, {
      careerRoleId: role.id,
      roleName: role.name,
      templateVersionId: versionId,
      dueOn,
      message: message ?? '',
      createdBy: authorId(actor),
    });
    const requests = await tx
      .insert(hearingRequests)
      .values(managerIds.map((managerId) => ({ hearingId, managerId })))
      .returning({ id: hearingRequests.id, managerId: hearingRequests.managerId });
    // Params carry the role and the date only: never anything of an answer.
    await notify(
      tx,
      requests.map((r) => ({
        recipientId: r.managerId,
        kind: 'hearingRequested',
        params: { role: role.name, due: dueOn },
        link: sheetLink(r.id),
      })),
      opts.jobs,
    );
    if (opts.jobs) await queueAutoHearingReminder(tx, opts.jobs, { id: hearingId, dueOn });
    await audit(tx, {
      actor,
      action: 'hearing.send',
      entityType: 'hearing',
      entityId: hearingId,
      detail: { role: role.name, careerRoleId: role.id, managers: managerIds.length, dueOn },
    });
    return { id: hearingId, requests };
  });
  const linkOf = new Map(id.requests.map((r) => [r.managerId, sheetLink(r.id)]));
  await mailPeople(
    db,
    opts.mailer,
    await loadPeople(db, managerIds),
    'hearingRequested',
    () => ({ role: role.name, due: dueOn }),
    opts.publicUrl,
    (p) => linkOf.get(p.id)!,
  );
  return { id: id.id };
}

/** HR's list: every hearing, newest first, with how many sheets came back and how many criteria are drafted. */
export async function listHearings(db: Db, opts: { actor: Actor }): Promise<HearingList> {
  requireHearingHr(opts.actor, 'forbid');
  const rows = await db
    .select({
      id: hearings.id,
      careerRoleId: hearings.careerRoleId,
      roleName: hearings.roleName,
      dueOn: hearings.dueOn,
      createdAt: hearings.createdAt,
      total: sql<number>`(select count(*)::int from ${hearingRequests} r where r.hearing_id = "hearings"."id")`,
      submitted: sql<number>`(select count(*)::int from ${hearingRequests} r where r.hearing_id = "hearings"."id" and r.status = 'submitted')`,
      criteria: sql<number>`(select count(*)::int from ${hearingCriteria} c where c.hearing_id = "hearings"."id")`,
    })
    .from(hearings)
    .orderBy(desc(hearings.createdAt))
    .limit(200);
  return {
    items: rows.map((r) => ({
      id: r.id,
      role: { id: r.careerRoleId, name: r.roleName },
      dueOn: r.dueOn,
      createdAt: r.createdAt.toISOString(),
      total: r.total,
      submitted: r.submitted,
      criteria: r.criteria,
    })),
  };
}

/** A hearing row for HR, or 404. */
export async function loadHearing(db: Db, actor: Actor, id: string) {
  requireHearingHr(actor, 'hide');
  const [h] = await db.select().from(hearings).where(eq(hearings.id, id));
  if (!h) throw notFound();
  return h;
}

/** The expected skills of the hearing's role, in its own map version (versions never change). */
export async function roleSkills(db: Db, careerRoleId: string | null) {
  if (!careerRoleId) return [];
  return db
    .select({ name: careerRoleSkills.name, level: careerRoleSkills.level })
    .from(careerRoleSkills)
    .where(eq(careerRoleSkills.roleId, careerRoleId))
    .orderBy(asc(careerRoleSkills.name));
}
