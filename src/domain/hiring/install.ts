import { claimOnce } from '../../db/once';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { formTemplates, formTemplateVersions } from '../../db/schema';
import { DEFAULT_HEARING_SHEET } from './default-sheet';

const MARKER = 'defaults.hearing.installed';
export const HEARING_KIND = 'hearing';

/**
 * Puts the default hearing sheet into the database once, like the other default templates (forms/install-defaults.ts)
 * but behind its own marker: databases made before it existed get it on their next start.
 */
export async function installHearingTemplate(db: Db): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await claimOnce(tx, MARKER))) return false;
    const [row] = await tx
      .insert(formTemplates)
      .values({ kind: HEARING_KIND, name: DEFAULT_HEARING_SHEET.name, isDefault: true })
      .returning({ id: formTemplates.id });
    await tx.insert(formTemplateVersions).values({ templateId: row!.id, version: 1, definition: DEFAULT_HEARING_SHEET.definition });
    return true;
  });
}

/** The hearing sheet's current version: what a new hearing pins. */
export async function hearingTemplateVersion(db: Db) {
  const [row] = await db
    .select({ id: formTemplateVersions.id })
    .from(formTemplates)
    .innerJoin(
      formTemplateVersions,
      and(eq(formTemplateVersions.templateId, formTemplates.id), eq(formTemplateVersions.version, formTemplates.currentVersion)),
    )
    .where(and(eq(formTemplates.kind, HEARING_KIND), eq(formTemplates.status, 'active')))
    .orderBy(formTemplates.createdAt)
    .limit(1);
  return row?.id ?? null;
}
