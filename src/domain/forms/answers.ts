import { invalid, type FieldErrors } from '../errors';
import { issueKey } from '../shared/issues';
import { type AnswerValue, allFields, type FormDefinition, valueSchema } from './definition';

/**
 * Checks answers against a form version's fields (interview sheets and surveys, hearing sheets): every field must
 * exist and its value fit its type. Errors are keyed `answers.<fieldId>` and thrown together.
 */
export function parseAnswers<A extends { value: unknown }>(
  def: FormDefinition,
  answers: Record<string, A>,
): (A & { fieldId: string; value: AnswerValue })[] {
  const fields = new Map(allFields(def).map((f) => [f.id, f]));
  const errors: FieldErrors = {};
  const parsed: (A & { fieldId: string; value: AnswerValue })[] = [];
  for (const [fieldId, a] of Object.entries(answers)) {
    const f = fields.get(fieldId);
    if (!f) {
      errors[`answers.${fieldId}`] = { key: 'errors.unknownField' };
      continue;
    }
    const r = valueSchema(f).safeParse(a.value);
    if (!r.success) errors[`answers.${fieldId}`] = issueKey(r.error.issues[0]!);
    else parsed.push({ ...a, fieldId, value: r.data });
  }
  if (Object.keys(errors).length) throw invalid(errors);
  return parsed;
}
