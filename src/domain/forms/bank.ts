import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { questions, themes } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { forbidden, notFound } from '../errors';
import { QUESTION_CATEGORIES, type QuestionCategory } from './default-questions';
import type { QuestionCreate, QuestionUpdate, ThemeCreate, ThemeUpdate } from './schemas';
import { can } from '../capabilities';
import type { BankQuestion, InterviewTheme, InterviewThemeList, QuestionBank } from './responses';

type Status = 'active' | 'retired';

const presentQuestion = (q: typeof questions.$inferSelect): BankQuestion => ({
  id: q.id,
  category: q.category as QuestionCategory,
  text: q.text,
  status: q.status as Status,
  sortOrder: q.sortOrder,
  isDefault: q.isDefault,
});

const presentTheme = (t: typeof themes.$inferSelect): InterviewTheme => ({
  id: t.id,
  title: t.title,
  description: t.description,
  status: t.status as Status,
  sortOrder: t.sortOrder,
  isDefault: t.isDefault,
});

/** The bank grouped by category in the seed's order; retired questions only for HR, on request. */
export async function listQuestions(db: Db, opts: { actor: Actor; includeRetired?: boolean }): Promise<QuestionBank> {
  if (!can(opts.actor, 'readQuestionBank')) throw forbidden();
  const withRetired = opts.includeRetired && can(opts.actor, 'manageForms');
  const rows = await db
    .select()
    .from(questions)
    .where(withRetired ? undefined : eq(questions.status, 'active'))
    .orderBy(asc(questions.sortOrder), asc(questions.createdAt));
  return {
    categories: QUESTION_CATEGORIES.map((category) => ({
      category,
      items: rows.filter((r) => r.category === category).map(presentQuestion),
    })),
  };
}

/** New questions go to the end of their category unless a position is given. */
async function nextOrder(db: Db, category: string) {
  const [r] = await db
    .select({ n: sql<number>`coalesce(max(${questions.sortOrder}), 0)::int` })
    .from(questions)
    .where(eq(questions.category, category));
  return (r?.n ?? 0) + 10;
}

export async function createQuestion(db: Db, opts: { actor: Actor } & z.infer<typeof QuestionCreate>): Promise<BankQuestion> {
  const { actor, ...input } = opts;
  if (!can(actor, 'manageForms')) throw forbidden();
  return db.transaction(async (tx) => {
    const sortOrder = input.sortOrder ?? (await nextOrder(tx, input.category));
    const [row] = await tx
      .insert(questions)
      .values({ ...input, sortOrder })
      .returning();
    await audit(tx, { actor, action: 'question.create', entityType: 'question', entityId: row!.id, detail: { category: input.category } });
    return presentQuestion(row!);
  });
}

/** Edit or retire/restore a question or a theme: one row, one audit entry naming the fields changed. */
async function updateBankItem<T>(
  db: Db,
  opts: { actor: Actor; id: string; kind: 'question' | 'theme'; input: Record<string, unknown>; write: (tx: Db) => Promise<T | undefined> },
): Promise<T> {
  const { actor, id, kind, input } = opts;
  if (!can(actor, 'manageForms')) throw notFound();
  return db.transaction(async (tx) => {
    const row = await opts.write(tx);
    if (!row) throw notFound();
    await audit(tx, { actor, action: `${kind}.update`, entityType: kind, entityId: id, detail: { fields: Object.keys(input) } });
    return row;
  });
}

export async function updateQuestion(
  db: Db,
  opts: { actor: Actor; id: string } & z.infer<typeof QuestionUpdate> & { status?: Status },
): Promise<BankQuestion> {
  const { actor, id, ...input } = opts;
  const write = async (tx: Db) => {
    const [row] = await tx
      .update(questions)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(questions.id, id))
      .returning();
    return row && presentQuestion(row);
  };
  return updateBankItem(db, { actor, id, kind: 'question', input, write });
}

export async function listThemes(db: Db, opts: { actor: Actor; includeRetired?: boolean }): Promise<InterviewThemeList> {
  if (!can(opts.actor, 'readQuestionBank')) throw forbidden();
  const withRetired = opts.includeRetired && can(opts.actor, 'manageForms');
  const rows = await db
    .select()
    .from(themes)
    .where(withRetired ? undefined : eq(themes.status, 'active'))
    .orderBy(asc(themes.sortOrder), asc(themes.createdAt));
  return { items: rows.map(presentTheme) };
}

export async function createTheme(db: Db, opts: { actor: Actor } & z.infer<typeof ThemeCreate>): Promise<InterviewTheme> {
  const { actor, ...input } = opts;
  if (!can(actor, 'manageForms')) throw forbidden();
  return db.transaction(async (tx) => {
    const [last] = await tx.select({ n: sql<number>`coalesce(max(${themes.sortOrder}), 0)::int` }).from(themes);
    const [row] = await tx
      .insert(themes)
      .values({ ...input, sortOrder: input.sortOrder ?? (last?.n ?? 0) + 10 })
      .returning();
    await audit(tx, { actor, action: 'theme.create', entityType: 'theme', entityId: row!.id });
    return presentTheme(row!);
  });
}

export async function updateTheme(
  db: Db,
  opts: { actor: Actor; id: string } & z.infer<typeof ThemeUpdate> & { status?: Status },
): Promise<InterviewTheme> {
  const { actor, id, ...input } = opts;
  const write = async (tx: Db) => {
    const [row] = await tx
      .update(themes)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(themes.id, id))
      .returning();
    return row && presentTheme(row);
  };
  return updateBankItem(db, { actor, id, kind: 'theme', input, write });
}
