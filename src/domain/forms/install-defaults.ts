import { claimOnce } from '../../db/once';
import type { Db } from '../../db/client';
import { formTemplates, formTemplateVersions, questions, themes } from '../../db/schema';
import { DEFAULT_QUESTIONS, DEFAULT_THEMES, QUESTION_CATEGORIES } from './default-questions';
import { DEFAULT_SHEET, DEFAULT_SURVEY } from './default-templates';

const MARKER = 'defaults.installed';

/**
 * Puts the seed's default content (career sheet, pre-survey, themes, question bank) into a new
 * database, once: the marker row is written in the same transaction, so several servers starting
 * together install it exactly once, and what HR later edits or retires is never put back.
 */
export async function installDefaults(db: Db): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await claimOnce(tx, MARKER))) return false;
    for (const [kind, tpl] of [
      ['sheet', DEFAULT_SHEET],
      ['survey', DEFAULT_SURVEY],
    ] as const) {
      const [row] = await tx.insert(formTemplates).values({ kind, name: tpl.name, isDefault: true }).returning({ id: formTemplates.id });
      await tx.insert(formTemplateVersions).values({ templateId: row!.id, version: 1, definition: tpl.definition });
    }
    await tx.insert(themes).values(DEFAULT_THEMES.map((th, i) => ({ ...th, sortOrder: (i + 1) * 10, isDefault: true })));
    await tx
      .insert(questions)
      .values(
        QUESTION_CATEGORIES.flatMap((category) =>
          DEFAULT_QUESTIONS[category].map((text, i) => ({ category, text, sortOrder: (i + 1) * 10, isDefault: true })),
        ),
      );
    return true;
  });
}
