import { and, eq, sql } from 'drizzle-orm';
import { preparedQuery } from '../../db/prepared';
import { formAnswers, formResponses } from '../../db/schema';

// The statements of a sheet or survey that people send all day — opening one, autosaving it — prepared once per
// connection (issue 16; docs/decisions/0018): PostgreSQL then neither parses nor plans them again.

const ph = sql.placeholder;

export const responseOf = preparedQuery((db) =>
  db
    .select()
    .from(formResponses)
    .where(and(eq(formResponses.interviewId, ph('interviewId')), eq(formResponses.kind, ph('kind'))))
    .prepare('form_response'),
);

// The answers as each kind of reader may have them, prepared (every open of a sheet or survey reads them).
const ofResponse = eq(formAnswers.responseId, ph('responseId'));
const answerColumns = { fieldId: formAnswers.fieldId, value: formAnswers.value, hrOnly: formAnswers.hrOnly };
export const answersWithHrOnly = preparedQuery((db) =>
  db.select(answerColumns).from(formAnswers).where(ofResponse).prepare('form_answers_all'),
);
export const answersShared = preparedQuery((db) =>
  db
    .select(answerColumns)
    .from(formAnswers)
    .where(and(ofResponse, eq(formAnswers.hrOnly, false)))
    .prepare('form_answers_shared'),
);
export const hiddenOf = preparedQuery((db) =>
  db
    .select({ fieldId: formAnswers.fieldId })
    .from(formAnswers)
    .where(
      and(
        ofResponse,
        eq(formAnswers.hrOnly, true),
        sql`jsonb_typeof(${formAnswers.value}) <> 'null' and ${formAnswers.value} not in ('""'::jsonb, '[]'::jsonb)`,
      ),
    )
    .orderBy(formAnswers.fieldId)
    .prepare('form_hidden_fields'),
);

/** An autosave's response: made on the first save, touched on every other; says its state and template version. */
export const touchResponse = preparedQuery((db) =>
  db
    .insert(formResponses)
    .values({ interviewId: ph('interviewId'), kind: ph('kind'), templateVersionId: ph('versionId'), updatedAt: ph('now') })
    .onConflictDoUpdate({ target: [formResponses.interviewId, formResponses.kind], set: { updatedAt: sql`excluded.updated_at` } })
    .returning({ id: formResponses.id, status: formResponses.status, templateVersionId: formResponses.templateVersionId })
    .prepare('form_response_touch'),
);

/** One answer saved (an autosave of the field being typed); the value goes as JSON text. */
export const saveAnswer = preparedQuery((db) =>
  db
    .insert(formAnswers)
    .values({
      responseId: ph('responseId'),
      fieldId: ph('fieldId'),
      value: sql`${ph('value')}::jsonb`,
      hrOnly: ph('hrOnly'),
      updatedAt: ph('now'),
    })
    .onConflictDoUpdate({
      target: [formAnswers.responseId, formAnswers.fieldId],
      set: { value: sql`excluded.value`, hrOnly: sql`excluded.hr_only`, updatedAt: sql`excluded.updated_at` },
    })
    .prepare('form_answer_save'),
);
