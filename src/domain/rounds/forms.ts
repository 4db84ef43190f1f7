import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { formTemplates, formTemplateVersions } from '../../db/schema';
import type { Actor } from '../actor';
import { can } from '../capabilities';
import { notFound } from '../errors';
import type { RoundForms } from './responses';
import { loadRound } from './rounds';

type FormRef = RoundForms['sheet'];

async function formRef(db: Db, templateId: string | null, versionId: string | null): Promise<FormRef> {
  if (!templateId) return null;
  const [t] = await db
    .select({ id: formTemplates.id, name: formTemplates.name, latest: formTemplates.currentVersion })
    .from(formTemplates)
    .where(eq(formTemplates.id, templateId));
  if (!t) return null;
  const [pinned] = versionId
    ? await db.select({ version: formTemplateVersions.version }).from(formTemplateVersions).where(eq(formTemplateVersions.id, versionId))
    : [];
  return { templateId: t.id, name: t.name, version: pinned?.version ?? t.latest, pinned: !!pinned, latestVersion: t.latest };
}

/**
 * Which sheet and survey a round uses, and which version: the one pinned at launch (edits of the template after
 * that make new versions and leave the round as it was), or for a draft the current one, which launch pins.
 */
export async function roundForms(db: Db, opts: { actor: Actor; id: string }): Promise<RoundForms> {
  if (!can(opts.actor, 'manageRounds')) throw notFound();
  const r = await loadRound(db, opts.id);
  const [sheet, survey] = await Promise.all([
    formRef(db, r.sheetTemplateId, r.sheetVersionId),
    formRef(db, r.surveyTemplateId, r.surveyVersionId),
  ]);
  return { sheet, survey };
}
