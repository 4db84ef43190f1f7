import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { preparedQuery } from '../../db/prepared';
import { formTemplates, formTemplateVersions, rounds } from '../../db/schema';
import { type Actor, authorId } from '../actor';
import { audit } from '../audit/audit';
import { conflict, forbidden, notFound } from '../errors';
import { FORM_KINDS, type FormDefinition, TEMPLATE_KINDS, type TemplateKind } from './definition';
import type { TemplateCreate, TemplateListQuery, TemplateUpdate } from './schemas';
import { can } from '../capabilities';
import type { TemplateDetail, TemplateList, TemplateSummary } from './responses';

type Row = typeof formTemplates.$inferSelect;

const presentTemplate = (t: Row, extra: { usedBy: number; running: number }): TemplateSummary => ({
  id: t.id,
  kind: t.kind as TemplateKind,
  name: t.name,
  status: t.status as TemplateSummary['status'],
  version: t.currentVersion,
  isDefault: t.isDefault,
  usedBy: extra.usedBy,
  running: extra.running,
  updatedAt: t.updatedAt.toISOString(),
});

// The template's id is written out qualified: in a one-table select drizzle prints ${formTemplates.id} as a bare
// "id", which inside the sub-select means the round's own id (every count was 0).
const usesTemplate = sql`(r.sheet_template_id = "form_templates"."id" or r.survey_template_id = "form_templates"."id")`;
/** How many rounds use a template (drafts included), and how many of them run: shown so HR knows what an edit touches. */
// A hearing pins a version of the hearing sheet (decision 0026): counted as its use.
const hearingsUsing = sql`(select count(*)::int from hearings h join form_template_versions hv on hv.id = h.template_version_id
  where hv.template_id = "form_templates"."id")`;
const usage = {
  usedBy: sql<number>`((select count(*)::int from ${rounds} r where ${usesTemplate}) + ${hearingsUsing})`,
  running: sql<number>`(select count(*)::int from ${rounds} r where ${usesTemplate} and r.status in ('launching', 'launched'))`,
};

/** A template of the kinds HR edits (a round's sheet and survey, the hearing sheet): the only ones this module reads or edits. */
const editableTemplate = (id: string) => and(eq(formTemplates.id, id), inArray(formTemplates.kind, [...TEMPLATE_KINDS]));

export async function listTemplates(db: Db, opts: { actor: Actor } & z.infer<typeof TemplateListQuery>): Promise<TemplateList> {
  if (!can(opts.actor, 'manageForms')) throw forbidden();
  const status = opts.status ?? 'active';
  // The hearing sheet is listed too (its kind says so); a round's template pickers take only their own kind.
  const conds = [inArray(formTemplates.kind, [...TEMPLATE_KINDS])];
  if (opts.kind) conds.push(eq(formTemplates.kind, opts.kind));
  if (status !== 'all') conds.push(eq(formTemplates.status, status));
  const rows = await db
    .select({ t: formTemplates, ...usage })
    .from(formTemplates)
    .where(and(...conds))
    .orderBy(asc(formTemplates.kind), desc(formTemplates.isDefault), asc(formTemplates.createdAt));
  return { items: rows.map((r) => presentTemplate(r.t, r)) };
}

/** The version answers are rendered against (any version, not only the current one). */
export async function templateVersion(db: Db, versionId: string): Promise<TemplateVersion> {
  const kept = lockedVersions.get(versionId);
  if (kept) return kept;
  const [v] = await versionById(db).execute({ id: versionId });
  if (!v) throw notFound();
  const found = Object.freeze({ id: v.id, templateId: v.templateId, version: v.version, definition: v.definition as FormDefinition });
  if (v.locked) {
    // A Map keeps insertion order: the first key is the oldest entry.
    if (lockedVersions.size >= LOCKED_VERSIONS_KEPT) lockedVersions.delete(lockedVersions.keys().next().value!);
    lockedVersions.set(v.id, found);
  }
  return found;
}

type TemplateVersion = Readonly<{ id: string; templateId: string; version: number; definition: FormDefinition }>;

/**
 * A locked version never changes (a round uses it; an edit makes a new version), so this process keeps the
 * ones it read: every form read and autosave asked for its questions again (issue 16). Unlocked ones are read
 * each time. Bounded; nothing correct depends on it.
 */
const lockedVersions = new Map<string, TemplateVersion>();
const LOCKED_VERSIONS_KEPT = 1000;

/** Drops the kept versions: called when a process opens a database (see bootstrap.ts). */
export function forgetLockedVersions() {
  lockedVersions.clear();
}
const versionById = preparedQuery((db) =>
  db
    .select()
    .from(formTemplateVersions)
    .where(eq(formTemplateVersions.id, sql.placeholder('id')))
    .prepare('template_version'),
);

/** The current version row of a template (what a new round pins). */
export async function currentVersion(db: Db, templateId: string) {
  const [row] = await db
    .select({ v: formTemplateVersions, kind: formTemplates.kind, status: formTemplates.status })
    .from(formTemplates)
    .innerJoin(
      formTemplateVersions,
      and(eq(formTemplateVersions.templateId, formTemplates.id), eq(formTemplateVersions.version, formTemplates.currentVersion)),
    )
    .where(eq(formTemplates.id, templateId));
  return row ?? null;
}

export async function getTemplate(db: Db, opts: { actor: Actor; id: string }): Promise<TemplateDetail> {
  if (!can(opts.actor, 'manageForms')) throw notFound();
  const [row] = await db
    .select({ t: formTemplates, ...usage })
    .from(formTemplates)
    .where(editableTemplate(opts.id));
  if (!row) throw notFound();
  const cur = await currentVersion(db, opts.id);
  return {
    ...presentTemplate(row.t, row),
    definition: cur!.v.definition as FormDefinition,
    // A locked version is in use by a launched round: saving will create version N+1.
    locked: cur!.v.locked,
    rounds: await roundsUsing(db, opts.id),
  };
}

/** A template is rarely in more rounds at once; past this the editor says "and more" by its count (usedBy). */
const ROUNDS_SHOWN = 20;

/**
 * The rounds not yet closed that use a template, with the version each runs on: a launched round keeps the
 * version it pinned whatever is saved later; a draft takes the version current when it is launched.
 */
async function roundsUsing(db: Db, templateId: string): Promise<TemplateDetail['rounds']> {
  const rows = await db
    .select({ id: rounds.id, name: rounds.name, status: rounds.status, version: formTemplateVersions.version })
    .from(rounds)
    .leftJoin(
      formTemplateVersions,
      and(
        eq(formTemplateVersions.templateId, templateId),
        or(eq(formTemplateVersions.id, rounds.sheetVersionId), eq(formTemplateVersions.id, rounds.surveyVersionId)),
      ),
    )
    .where(
      and(
        or(eq(rounds.sheetTemplateId, templateId), eq(rounds.surveyTemplateId, templateId)),
        inArray(rounds.status, ['draft', 'launching', 'launched']),
      ),
    )
    .orderBy(desc(rounds.periodStart), asc(rounds.name))
    .limit(ROUNDS_SHOWN);
  return rows.map((r) => ({ ...r, status: r.status as TemplateDetail['rounds'][number]['status'] }));
}

export async function createTemplate(db: Db, opts: { actor: Actor } & z.infer<typeof TemplateCreate>): Promise<TemplateDetail> {
  const { actor, kind, name, definition } = opts;
  if (!can(actor, 'manageForms')) throw forbidden();
  const id = await db.transaction(async (tx) => {
    const [t] = await tx.insert(formTemplates).values({ kind, name }).returning({ id: formTemplates.id });
    await tx.insert(formTemplateVersions).values({ templateId: t!.id, version: 1, definition, createdBy: authorId(actor) });
    await audit(tx, { actor, action: 'template.create', entityType: 'template', entityId: t!.id, detail: { kind } });
    return t!.id;
  });
  return getTemplate(db, { actor, id });
}

/**
 * Saves a template. While no launched round uses its current version the version is edited in place;
 * once one does (locked), the edit becomes a new version, so earlier answers keep their questions.
 */
export async function updateTemplate(db: Db, opts: { actor: Actor; id: string } & z.infer<typeof TemplateUpdate>): Promise<TemplateDetail> {
  const { actor, id, name, definition, version } = opts;
  if (!can(actor, 'manageForms')) throw notFound();
  await db.transaction(async (tx) => {
    const [t] = await tx.select().from(formTemplates).where(editableTemplate(id)).for('update');
    if (!t) throw notFound();
    if (t.currentVersion !== version) throw conflict();
    let next = t.currentVersion;
    if (definition) {
      const cur = await currentVersion(tx, id);
      if (cur!.v.locked) {
        next = t.currentVersion + 1;
        await tx.insert(formTemplateVersions).values({ templateId: id, version: next, definition, createdBy: authorId(actor) });
      } else {
        await tx.update(formTemplateVersions).set({ definition }).where(eq(formTemplateVersions.id, cur!.v.id));
      }
    }
    await tx
      .update(formTemplates)
      .set({ ...(name ? { name } : {}), currentVersion: next, updatedAt: new Date() })
      .where(eq(formTemplates.id, id));
    await audit(tx, {
      actor,
      action: 'template.update',
      entityType: 'template',
      entityId: id,
      detail: {
        version: next,
        newVersion: next !== t.currentVersion,
        fields: [name && 'name', definition && 'definition'].filter(Boolean),
      },
    });
  });
  return getTemplate(db, { actor, id });
}

export async function setTemplateStatus(db: Db, opts: { actor: Actor; id: string; status: 'active' | 'retired' }): Promise<TemplateDetail> {
  const { actor, id, status } = opts;
  if (!can(actor, 'manageForms')) throw notFound();
  await db.transaction(async (tx) => {
    // The hearing sheet stays: every new hearing asks it (hiring/install.ts). Edited, never retired.
    const [t] = await tx.select({ kind: formTemplates.kind }).from(formTemplates).where(editableTemplate(id));
    if (t && !(FORM_KINDS as readonly string[]).includes(t.kind)) throw conflict('forms.errors.hearingStays');
    const res = await tx
      .update(formTemplates)
      .set({ status, updatedAt: new Date() })
      .where(editableTemplate(id))
      .returning({ id: formTemplates.id });
    if (res.length === 0) throw notFound();
    await audit(tx, { actor, action: `template.${status === 'retired' ? 'retire' : 'restore'}`, entityType: 'template', entityId: id });
  });
  return getTemplate(db, { actor, id });
}

/** Pins the current versions for a launching round and locks them (inside the launch transaction). */
export async function lockVersions(db: Db, templateIds: (string | null)[]) {
  const ids = templateIds.filter((x): x is string => !!x);
  const pinned: Record<string, string> = {};
  for (const id of ids) {
    const cur = await currentVersion(db, id);
    if (!cur) throw notFound();
    await db.update(formTemplateVersions).set({ locked: true }).where(eq(formTemplateVersions.id, cur.v.id));
    pinned[id] = cur.v.id;
  }
  return pinned;
}
