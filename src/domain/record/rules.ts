import { claimOnce } from '../../db/once';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { formTemplates, formTemplateVersions, questions, suggestionRules } from '../../db/schema';
import { allFields, FORM_KINDS, type FormDefinition, type FormKind } from '../forms/definition';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { invalid, notFound } from '../errors';
import type { SuggestionRule, SuggestionRuleList, SuggestionRuleSaved } from './responses';
import { DEFAULT_RULES, type Rule } from './suggest';
import { can } from '../capabilities';

type RuleInput = Omit<Rule, 'id'> & { active: boolean };

const requireHr = (actor: Actor) => {
  if (!can(actor, 'manageSettings')) throw notFound();
};

export async function activeRules(db: Db): Promise<Rule[]> {
  const rows = await db
    .select()
    .from(suggestionRules)
    .innerJoin(questions, eq(questions.id, suggestionRules.questionId))
    .where(and(eq(suggestionRules.active, true), eq(questions.status, 'active')))
    .orderBy(asc(suggestionRules.sortOrder), asc(suggestionRules.createdAt));
  return rows.map(({ suggestion_rules: r }) => ({
    id: r.id,
    source: r.source as Rule['source'],
    fieldId: r.fieldId,
    op: r.op as Rule['op'],
    value: r.value ?? null,
    questionId: r.questionId,
  }));
}

export async function listRules(db: Db, actor: Actor): Promise<SuggestionRuleList> {
  requireHr(actor);
  const rows = await db
    .select({ rule: suggestionRules, question: { id: questions.id, category: questions.category, text: questions.text } })
    .from(suggestionRules)
    .innerJoin(questions, eq(questions.id, suggestionRules.questionId))
    .orderBy(asc(suggestionRules.sortOrder), asc(suggestionRules.createdAt));
  return {
    items: rows.map(({ rule: r, question }) => ({
      id: r.id,
      source: r.source as SuggestionRule['source'],
      fieldId: r.fieldId,
      op: r.op as SuggestionRule['op'],
      value: r.value ?? null,
      active: r.active,
      question: { ...question, category: question.category as SuggestionRule['question']['category'] },
    })),
    fields: await ruleFields(db),
  };
}

/** The fields a rule can name: those of the current versions of active templates (first template wins on a shared id). */
async function ruleFields(db: Db): Promise<SuggestionRuleList['fields']> {
  const rows = await db
    .select({ kind: formTemplates.kind, definition: formTemplateVersions.definition })
    .from(formTemplates)
    .innerJoin(
      formTemplateVersions,
      and(eq(formTemplateVersions.templateId, formTemplates.id), eq(formTemplateVersions.version, formTemplates.currentVersion)),
    )
    // Round templates only: the hiring hearing sheet (decision 0026) is not a rule's source.
    .where(and(eq(formTemplates.status, 'active'), inArray(formTemplates.kind, [...FORM_KINDS])))
    .orderBy(desc(formTemplates.isDefault), asc(formTemplates.createdAt));
  const seen = new Set<string>();
  return rows.flatMap((r) =>
    allFields(r.definition as FormDefinition).flatMap((f) => {
      const key = `${r.kind}:${f.id}`;
      if (seen.has(key) || f.type === 'date') return [];
      seen.add(key);
      return [{ source: r.kind as FormKind, id: f.id, type: f.type, label: f.label, options: f.options ?? [] }];
    }),
  );
}

async function checkQuestion(db: Db, questionId: string) {
  const [q] = await db.select({ id: questions.id }).from(questions).where(eq(questions.id, questionId));
  if (!q) throw invalid({ questionId: { key: 'errors.notFound' } });
}

export async function createRule(db: Db, opts: { actor: Actor } & RuleInput): Promise<SuggestionRuleSaved> {
  const { actor, ...input } = opts;
  requireHr(actor);
  await checkQuestion(db, input.questionId);
  const [{ n }] = (await db.select({ n: sql<number>`coalesce(max(${suggestionRules.sortOrder}), 0)::int + 10` }).from(suggestionRules)) as [
    { n: number },
  ];
  const [row] = await db
    .insert(suggestionRules)
    .values({ ...input, sortOrder: n })
    .returning({ id: suggestionRules.id });
  await audit(db, { actor, action: 'rule.create', entityType: 'suggestion_rule', entityId: row!.id, detail: input });
  return row!;
}

export async function updateRule(db: Db, opts: { actor: Actor; id: string } & RuleInput): Promise<SuggestionRuleSaved> {
  const { actor, id, ...input } = opts;
  requireHr(actor);
  await checkQuestion(db, input.questionId);
  const rows = await db
    .update(suggestionRules)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(suggestionRules.id, id))
    .returning({ id: suggestionRules.id });
  if (!rows.length) throw notFound();
  await audit(db, { actor, action: 'rule.update', entityType: 'suggestion_rule', entityId: id, detail: input });
  return rows[0]!;
}

export async function deleteRule(db: Db, opts: { actor: Actor; id: string }) {
  requireHr(opts.actor);
  const rows = await db.delete(suggestionRules).where(eq(suggestionRules.id, opts.id)).returning({ id: suggestionRules.id });
  if (!rows.length) throw notFound();
  await audit(db, { actor: opts.actor, action: 'rule.delete', entityType: 'suggestion_rule', entityId: opts.id });
  return { ok: true };
}

const MARKER = 'defaults.suggestionRules';

/** The default rules, once per database (after the question bank exists); HR's later edits stay. */
export async function installDefaultRules(db: Db): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await claimOnce(tx, MARKER))) return false;
    const texts = [...new Set(DEFAULT_RULES.map((r) => r.question))];
    const found = await tx
      .select({ id: questions.id, ja: sql<string>`${questions.text}->>'ja'` })
      .from(questions)
      .where(and(eq(questions.isDefault, true), inArray(sql`${questions.text}->>'ja'`, texts)));
    const byText = new Map(found.map((q) => [q.ja, q.id]));
    const rows = DEFAULT_RULES.flatMap((r, i) => {
      const questionId = byText.get(r.question);
      return questionId ? [{ source: r.source, fieldId: r.fieldId, op: r.op, value: r.value, questionId, sortOrder: (i + 1) * 10 }] : [];
    });
    if (rows.length) await tx.insert(suggestionRules).values(rows);
    return true;
  });
}
