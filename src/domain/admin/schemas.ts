import { z } from 'zod';
import { LIMITS } from '../directory/schemas';
import { IsoDate } from '../shared/schemas';
import { addDays, atCompanyTime } from '../shared/calendar';

export const DEFAULT_PAGE_SIZE = 50;

const Paging = {
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).optional(),
};

export const OutboxQuery = z.strictObject(Paging);
export type OutboxQueryInput = z.infer<typeof OutboxQuery>;

// A date alone is a day of the company's calendar; the UI may send an ISO time with offset instead.
const Bound = z.union([z.literal(''), IsoDate, z.iso.datetime({ offset: true })]).optional();
const isDateOnly = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/** The time window of the from/to filters: from inclusive, to inclusive (a date covers its whole day). */
export function timeRange(from?: string, to?: string): { from?: Date; before?: Date } {
  const out: { from?: Date; before?: Date } = {};
  if (from) out.from = isDateOnly(from) ? atCompanyTime(from) : new Date(from);
  if (to) {
    const end = isDateOnly(to) ? atCompanyTime(addDays(to, 1)).getTime() : new Date(to).getTime() + 1;
    out.before = new Date(end);
  }
  return out;
}

/** Filters shared by the audit list and its CSV export. */
export const AuditFilters = z.strictObject({
  q: z.string().trim().max(LIMITS.search).optional(),
  action: z.string().trim().max(64).optional(),
  actorId: z.uuid().optional(),
  entityType: z.string().trim().max(32).optional(),
  from: Bound,
  to: Bound,
});
export type AuditFiltersInput = z.infer<typeof AuditFilters>;

const rangeOk = (f: { from?: string; to?: string }) => {
  const r = timeRange(f.from, f.to);
  return !r.from || !r.before || r.from < r.before;
};
const rangeIssue = { message: 'admin.errors.dateRange', path: ['to'] };

export const AuditQuery = AuditFilters.extend(Paging).refine(rangeOk, rangeIssue);
export type AuditQueryInput = z.infer<typeof AuditQuery>;
export const AuditExportQuery = AuditFilters.refine(rangeOk, rangeIssue);
