import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Alert, Button } from '../../components/forms';
import { Loading } from '../../components/status';
import { ReasonText, questionText } from './parts';
import type { PrepView, Question, QuestionBank } from './types';

type Props = { suggestions: PrepView['suggestions']; chosen: Set<string>; onChoose: ((q: Question) => void) | null };

/** Suggested questions (with their reasons) and the whole bank by the seed's seven categories. */
export function BankPanel({ suggestions, chosen, onChoose }: Props) {
  const { t, i18n } = useTranslation();
  const bank = useQuery({ queryKey: ['questions'], queryFn: () => api<QuestionBank>('/questions'), staleTime: 60_000 });
  const [category, setCategory] = useState('currentWork');
  const pick = (q: Question) =>
    onChoose && (
      <Button className="btn--small" disabled={chosen.has(q.id)} onClick={() => onChoose(q)}>
        {chosen.has(q.id) ? t('record.ui.bank.added') : t('record.ui.bank.add')}
      </Button>
    );
  const list = bank.data?.categories.find((c) => c.category === category)?.items ?? [];
  return (
    <section className="card bank-panel" aria-labelledby="bank-title">
      <h2 id="bank-title">{t('record.ui.bank.suggested')}</h2>
      {suggestions.length === 0 ? (
        <p className="muted">{t('record.ui.bank.noSuggestions')}</p>
      ) : (
        <ul className="suggestions">
          {suggestions.map((s) => (
            <li key={`${s.ruleId}:${s.question.id}:${s.reason.kind === 'overdue' ? s.reason.item : ''}`}>
              <p className="suggestions__q">{questionText(s.question, i18n.language)}</p>
              <p className="suggestions__why">
                <ReasonText reason={s.reason} />
              </p>
              {pick(s.question)}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('record.ui.bank.title')}</h2>
      <label className="field">
        <span>{t('record.ui.bank.category')}</span>
        <select value={category} onChange={(e) => setCategory(e.target.value)}>
          {(bank.data?.categories ?? []).map((c) => (
            <option key={c.category} value={c.category}>
              {t(`forms.categories.${c.category}`)}
            </option>
          ))}
        </select>
      </label>
      {bank.error && <Alert kind="error">{bank.error.message}</Alert>}
      {!bank.data && !bank.error && <Loading />}
      <ul className="bank-list">
        {list.map((q) => (
          <li key={q.id}>
            <span>{questionText(q, i18n.language)}</span>
            {pick(q)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The seed's closing questions, at hand when the plan is being agreed. */
export function ClosingQuestions() {
  const { t, i18n } = useTranslation();
  const bank = useQuery({ queryKey: ['questions'], queryFn: () => api<QuestionBank>('/questions'), staleTime: 60_000 });
  const items = bank.data?.categories.find((c) => c.category === 'closing')?.items ?? [];
  if (!items.length) return null;
  return (
    <section className="card card--quiet" aria-labelledby="closing-title">
      <h2 id="closing-title">{t('record.ui.closingTitle')}</h2>
      <ul>
        {items.map((q) => (
          <li key={q.id}>{questionText(q, i18n.language)}</li>
        ))}
      </ul>
    </section>
  );
}
