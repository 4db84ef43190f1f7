import { and, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog, employees } from '../../db/schema';
import { translator } from '../../i18n';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { forbidden } from '../errors';
import { cappedCount, countCapFor, pageOffset } from '../shared/paging';
import { CSV_BOM, csvLine } from '../imports/csv';
import type { AuditEntry, AuditPage } from './responses';
import { type AuditFiltersInput, DEFAULT_PAGE_SIZE, timeRange } from './schemas';
import { can } from '../capabilities';
import { companyDateTime, companyZoneName } from '../shared/calendar';

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

function filterWhere(f: AuditFiltersInput): SQL | undefined {
  const where: SQL[] = [];
  if (f.q) {
    const needle = `%${likeEscape(f.q)}%`;
    where.push(sql`(${auditLog.action} ilike ${needle} or ${auditLog.entityId} ilike ${needle})`);
  }
  if (f.action) where.push(sql`${auditLog.action} like ${`${likeEscape(f.action)}%`}`);
  if (f.actorId) where.push(eq(auditLog.actorId, f.actorId));
  if (f.entityType) where.push(eq(auditLog.entityType, f.entityType));
  const range = timeRange(f.from, f.to);
  if (range.from) where.push(gte(auditLog.at, range.from));
  if (range.before) where.push(lt(auditLog.at, range.before));
  return where.length ? and(...where) : undefined;
}

/** Only the filters that were given, as they are recorded in the audit row of the read itself. */
const usedFilters = (f: AuditFiltersInput) =>
  Object.fromEntries((['q', 'action', 'actorId', 'entityType', 'from', 'to'] as const).filter((k) => f[k]).map((k) => [k, f[k]]));

// The entity id as a uuid when it is one (ids of other kinds, e.g. settings keys, are text): the lookups use the keys.
const entityUuid = sql`(case when ${auditLog.entityId} ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$' then ${auditLog.entityId}::uuid end)`;
/** The target in words for the page's rows: a person, a round, or whose interview in which round (one lookup each). */
const targetName = sql<string | null>`case ${auditLog.entityType}
  when 'employee' then (select t.family_name || ' ' || t.given_name from employees t where t.id = ${entityUuid})
  when 'round' then (select r.name from rounds r where r.id = ${entityUuid})
  when 'interview' then (select t.family_name || ' ' || t.given_name || '・' || r.name
    from interviews i join employees t on t.id = i.employee_id join rounds r on r.id = i.round_id where i.id = ${entityUuid})
end`;

const columns = {
  id: auditLog.id,
  at: auditLog.at,
  actorId: auditLog.actorId,
  familyName: employees.familyName,
  givenName: employees.givenName,
  employeeNumber: employees.employeeNumber,
  action: auditLog.action,
  entityType: auditLog.entityType,
  entityId: auditLog.entityId,
  target: targetName,
  ip: auditLog.ip,
  detail: auditLog.detail,
};
type Row = {
  id: number;
  at: Date;
  actorId: string | null;
  familyName: string | null;
  givenName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  target: string | null;
  ip: string | null;
  detail: Record<string, unknown> | null;
};

export const presentAuditEntry = (r: Row): AuditEntry => ({
  id: r.id,
  at: r.at.toISOString(),
  actor: r.actorId ? { id: r.actorId, familyName: r.familyName, givenName: r.givenName } : null,
  action: r.action,
  entityType: r.entityType,
  entityId: r.entityId,
  target: r.target,
  ip: r.ip,
  detail: r.detail,
});

/** The audit log, filtered, newest first, with the acting person's name. Reading it is itself audited. */
export async function listAudit(db: Db, opts: AuditFiltersInput & { actor: Actor; page?: number; pageSize?: number }): Promise<AuditPage> {
  const { actor, page = 1, pageSize = DEFAULT_PAGE_SIZE, ...filters } = opts;
  if (!can(actor, 'viewAudit')) throw forbidden();
  const where = filterWhere(filters);
  const [rows, counted] = await Promise.all([
    db
      .select(columns)
      .from(auditLog)
      .leftJoin(employees, eq(employees.id, auditLog.actorId))
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(pageSize)
      .offset(pageOffset(page, pageSize)),
    cappedCount(db, auditLog, where, countCapFor(page, pageSize)),
  ]);
  // Written after the read, so a page never lists the read that produced it.
  await audit(db, { actor, action: 'audit.read', entityType: 'audit', detail: { filters: usedFilters(filters), page } });
  return { items: rows.map(presentAuditEntry), page, pageSize, ...counted };
}

/** Rows per query while streaming the export: memory stays flat however long the log is. */
const BATCH = 1000;

const CSV_COLUMNS = ['at', 'actorNumber', 'actorName', 'action', 'entityType', 'entityId', 'target', 'ip', 'detail'] as const;

/**
 * The filtered log as CSV (BOM, CRLF, header in the caller's language). Permission and the audit
 * row come first, so a refused export fails before any byte; rows are then paged by (at, id).
 */
export async function exportAudit(db: Db, opts: AuditFiltersInput & { actor: Actor }): Promise<AsyncGenerator<string>> {
  const { actor, ...filters } = opts;
  if (!can(actor, 'viewAudit')) throw forbidden();
  await audit(db, { actor, action: 'audit.export', entityType: 'audit', detail: { filters: usedFilters(filters) } });
  const t = translator(actor.locale);
  const where = filterWhere(filters);
  const noActor = t('admin.audit.noActor');

  async function* lines() {
    yield CSV_BOM + csvLine(CSV_COLUMNS.map((k) => t(`admin.audit.csv.${k}`, { zone: companyZoneName(actor.locale) })));
    // The cursor keeps the time as text: a JS Date would drop the microseconds and skip rows.
    let after: { at: string; id: number } | null = null;
    for (;;) {
      const cursor: SQL | undefined = after ? sql`(${auditLog.at}, ${auditLog.id}) < (${after.at}::timestamptz, ${after.id})` : undefined;
      const batch = await db
        .select({ ...columns, atText: sql<string>`${auditLog.at}::text` })
        .from(auditLog)
        .leftJoin(employees, eq(employees.id, auditLog.actorId))
        .where(and(where, cursor))
        .orderBy(desc(auditLog.at), desc(auditLog.id))
        .limit(BATCH);
      for (const r of batch) {
        const name = r.familyName ? `${r.familyName} ${r.givenName ?? ''}`.trim() : r.actorId;
        yield csvLine([
          // "2026-11-24 18:05:09" on the company's clock: what Excel recognises as a date-time and people read.
          companyDateTime(new Date(r.at)),
          r.employeeNumber,
          r.actorId ? name : noActor,
          r.action,
          r.entityType,
          r.entityId,
          r.target,
          r.ip,
          r.detail ? JSON.stringify(r.detail) : '',
        ]);
      }
      const last = batch.at(-1);
      if (!last || batch.length < BATCH) return;
      after = { at: last.atText, id: last.id };
    }
  }
  return lines();
}
