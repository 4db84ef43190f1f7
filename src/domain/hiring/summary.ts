import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { employees, hearingCriteria, hearingRequests } from '../../db/schema';
import { translator } from '../../i18n';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { invalid } from '../errors';
import type { AnswerValue } from '../forms/definition';
import { templateVersion } from '../forms/templates';
import { CSV_BOM, csvLine } from '../imports/csv';
import { type CriterionSection, KEYWORD_FIELDS } from './default-sheet';
import { loadHearing, roleSkills } from './hearings';
import { performerRefs } from './performer';
import type { HearingDetail } from './responses';
import type { CriteriaSave } from './schemas';
import { countKeywords, linkedSkill, suggestCriteria } from './suggest';

const KEYWORD_FIELD_IDS = new Set<string>(Object.values(KEYWORD_FIELDS));

/**
 * HR's page of one hearing: who answered, the submitted sheets grouped by section side by side (each answer
 * names its manager; whom each picked as high performer is resolved by name here), the keyword counts, and the draft criteria.
 * A confidential read (the sheets are about employees): audited each time.
 */
export async function getHearing(db: Db, opts: { actor: Actor; id: string }): Promise<HearingDetail> {
  const h = await loadHearing(db, opts.actor, opts.id);
  const [requests, criteria, skills, { definition }] = await Promise.all([
    db
      .select({ r: hearingRequests, familyName: employees.familyName, givenName: employees.givenName })
      .from(hearingRequests)
      .innerJoin(employees, eq(employees.id, hearingRequests.managerId))
      .where(eq(hearingRequests.hearingId, h.id))
      .orderBy(asc(employees.familyNameKana), asc(employees.givenNameKana), asc(employees.id)),
    db.select().from(hearingCriteria).where(eq(hearingCriteria.hearingId, h.id)).orderBy(asc(hearingCriteria.position)),
    roleSkills(db, h.careerRoleId),
    templateVersion(db, h.templateVersionId),
  ]);
  const submitted = requests.filter((x) => x.r.status === 'submitted');
  const performers = await performerRefs(
    db,
    submitted.map((x) => x.r.performerId),
  );
  const person = (x: (typeof requests)[number]) => ({ id: x.r.managerId, familyName: x.familyName, givenName: x.givenName });
  const sections = definition.sections.map((s) => ({
    sectionId: s.id,
    fields: s.fields.map((f) => {
      const answers = submitted
        .map((x) => ({
          requestId: x.r.id,
          by: person(x),
          value: ((x.r.answers as Record<string, AnswerValue>)[f.id] ?? null) as AnswerValue,
        }))
        .filter((a) => a.value !== null && a.value !== '' && !(Array.isArray(a.value) && a.value.length === 0));
      const counts = KEYWORD_FIELD_IDS.has(f.id) ? countKeywords(answers.map((a) => a.value as string[])) : null;
      return { fieldId: f.id, answers, counts };
    }),
  }));
  const countsOf = (fieldId: string) => sections.flatMap((s) => s.fields).find((f) => f.fieldId === fieldId)?.counts ?? [];
  const suggested = suggestCriteria(
    { behaviours: countsOf(KEYWORD_FIELDS.behaviours), skills: countsOf(KEYWORD_FIELDS.skills), traits: countsOf(KEYWORD_FIELDS.traits) },
    submitted.length,
    skills,
  );
  await audit(db, {
    actor: opts.actor,
    action: 'hearing.summary.read',
    entityType: 'hearing',
    entityId: h.id,
    detail: { sheets: submitted.length },
  });
  return {
    id: h.id,
    role: { id: h.careerRoleId, name: h.roleName, skills },
    dueOn: h.dueOn,
    message: h.message,
    createdAt: h.createdAt.toISOString(),
    requests: requests.map((x) => ({
      id: x.r.id,
      manager: person(x),
      performer: (x.r.status === 'submitted' && x.r.performerId && performers.get(x.r.performerId)) || null,
      status: x.r.status === 'submitted' ? 'submitted' : Object.keys(x.r.answers as object).length ? 'draft' : 'notStarted',
      submittedAt: x.r.submittedAt?.toISOString() ?? null,
    })),
    definition,
    sections,
    criteria: criteria.map((c) => ({ id: c.id, section: c.section as CriterionSection, text: c.text, skill: c.skill })),
    suggested,
  };
}

/**
 * Saves HR's draft criteria whole, in order. A link must name one of the role's expected skills in the hearing's
 * map version (a free-text role has none): checked here, whatever the page offered.
 */
export async function saveCriteria(db: Db, opts: { actor: Actor; id: string } & CriteriaSave): Promise<HearingDetail> {
  const h = await loadHearing(db, opts.actor, opts.id);
  const skills = await roleSkills(db, h.careerRoleId);
  const errors: Record<string, { key: string }> = {};
  const rows = opts.criteria.map((c, i) => {
    const skill = linkedSkill(c.skill, skills);
    if (skill === undefined) errors[`criteria.${i}.skill`] = { key: 'hiring.errors.skillNotOfRole' };
    return { hearingId: h.id, position: i, section: c.section, text: c.text, skill: skill ?? null };
  });
  if (Object.keys(errors).length) throw invalid(errors);
  await db.transaction(async (tx) => {
    await tx.delete(hearingCriteria).where(eq(hearingCriteria.hearingId, h.id));
    if (rows.length) await tx.insert(hearingCriteria).values(rows);
    await audit(tx, {
      actor: opts.actor,
      action: 'hearing.criteria.save',
      entityType: 'hearing',
      entityId: h.id,
      detail: { count: rows.length, linked: rows.filter((r) => r.skill).length },
    });
  });
  return getHearing(db, { actor: opts.actor, id: h.id });
}

/** The draft criteria as CSV (Excel-friendly, with BOM), in the reader's language; nothing of who answered. */
export async function exportCriteria(db: Db, opts: { actor: Actor; id: string }): Promise<AsyncGenerator<string>> {
  const h = await loadHearing(db, opts.actor, opts.id);
  const [criteria, skills] = await Promise.all([
    db.select().from(hearingCriteria).where(eq(hearingCriteria.hearingId, h.id)).orderBy(asc(hearingCriteria.position)),
    roleSkills(db, h.careerRoleId),
  ]);
  await audit(db, { actor: opts.actor, action: 'hearing.criteria.export', entityType: 'hearing', entityId: h.id });
  const t = translator(opts.actor.locale);
  async function* lines() {
    yield CSV_BOM + csvLine(['role', 'section', 'criterion', 'skill', 'level'].map((k) => t(`hiring.csv.${k}`)));
    for (const c of criteria) {
      const level = skills.find((s) => s.name === c.skill)?.level;
      yield csvLine([h.roleName, t(`hiring.sections.${c.section}`), c.text, c.skill ?? '', level ? String(level) : '']);
    }
  }
  return lines();
}
