import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { allFields, type FormDefinition, type GoalsValue } from '../../../domain/forms/definition';
import { api } from '../../api';
import type { Schemas } from '../../api-contract';
import type { Answer, Answers } from '../../components/autosave';
import { Button } from '../../components/forms';
import { goalText } from './parts';

/**
 * On the employee's own sheet: the step chosen on the career map, and a button that writes it into the
 * sheet's goals field for the goal's term (added after what is there). Nothing is written by itself:
 * the employee decides, and the sheet's autosave keeps it like any typed text.
 */
export function GoalIntoSheet({
  definition,
  values,
  onChange,
}: {
  definition: FormDefinition;
  values: Answers;
  onChange: (fieldId: string, a: Answer) => void;
}) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['my-career'], queryFn: () => api<Schemas['MyCareer']>('/me/career') });
  const field = allFields(definition).find((f) => f.type === 'goals');
  const goal = q.data?.goal;
  if (!field || !goal) return null;
  const text = goalText(t, goal);
  const current = values[field.id];
  const value = (current?.value as GoalsValue | undefined) ?? { short: '', mid: '', long: '' };
  if (value[goal.term].includes(text)) return null;
  const insert = () => {
    const before = value[goal.term].trim();
    onChange(field.id, { value: { ...value, [goal.term]: before ? `${before}\n${text}` : text }, hrOnly: current?.hrOnly ?? false });
  };
  return (
    <div className="card card--quiet">
      <p>{t('career.ui.sheet.hint', { role: `${goal.role.familyName} ${goal.role.name}` })}</p>
      <Button onClick={insert}>{t('career.ui.sheet.insert', { term: t(`career.terms.${goal.term}`) })}</Button>
    </div>
  );
}
