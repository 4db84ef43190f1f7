import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { employees, hearingRequests, hearings } from '../../db/schema';
import type { Actor } from '../actor';
import { can } from '../capabilities';
import { templateVersion } from '../forms/templates';
import { performerRefs } from './performer';
import type { HearingSheetExport } from './responses';
import { presentSheet } from './sheet';

// A person's hearing sheets in their data export (docs/decisions/0022-data-rights.md, 0026), read as the screens do:
// - written: the sheets the person was asked to fill in as a manager. In their own download, every one as their own
//   page shows it (drafts too); in HR's export, the submitted ones only (HR's summary never shows a draft).
// - named: the submitted sheets in which a manager picked the person as a high performer. Like an hr_manager note or
//   a 人事のみ answer about them, those are written about the person for HR: in HR's export (to those who read hearings),
//   never in the person's own download.

export type HearingParts = { written: HearingSheetExport[]; named: HearingSheetExport[] };

async function sheets(db: Db, where: SQL | undefined): Promise<HearingSheetExport[]> {
  const rows = await db
    .select({ r: hearingRequests, h: hearings, m: { id: employees.id, familyName: employees.familyName, givenName: employees.givenName } })
    .from(hearingRequests)
    .innerJoin(hearings, eq(hearings.id, hearingRequests.hearingId))
    .innerJoin(employees, eq(employees.id, hearingRequests.managerId))
    .where(where)
    .orderBy(asc(hearings.createdAt), asc(hearingRequests.id));
  const versions = new Map<string, Awaited<ReturnType<typeof templateVersion>>>();
  for (const { h } of rows)
    if (!versions.has(h.templateVersionId)) versions.set(h.templateVersionId, await templateVersion(db, h.templateVersionId));
  const refs = await performerRefs(
    db,
    rows.map((x) => x.r.performerId),
  );
  return rows.map(({ r, h, m }) => ({ ...presentSheet(r, h, versions.get(h.templateVersionId)!.definition, refs), manager: m }));
}

export async function hearingsOf(db: Db, actor: Actor, personId: string, scope: 'self' | 'hr'): Promise<HearingParts> {
  if (scope === 'self') return { written: await sheets(db, eq(hearingRequests.managerId, actor.id)), named: [] };
  // HR's export: what HR's hearing pages show (submitted sheets), to those who read hearings (managePlacement).
  if (!can(actor, 'managePlacement')) return { written: [], named: [] };
  const submitted = eq(hearingRequests.status, 'submitted');
  return {
    written: await sheets(db, and(eq(hearingRequests.managerId, personId), submitted)),
    named: await sheets(db, and(eq(hearingRequests.performerId, personId), submitted)),
  };
}
