import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CAUTIONS, type Caution } from '../../../domain/reflection/rules';
import { api } from '../../api';
import type { Schemas } from '../../api-contract';
import { Alert, Button, TextAreaField } from '../../components/forms';
import { periodLabel } from './labels';

type Status = Schemas['ReflectionStatus'];

/**
 * The employee's four questions after a held interview (the seed's four cautions). Sent once; afterwards
 * only that it was counted shows — the answers themselves are never shown back, to anyone one by one.
 */
export function ReflectionAnswer({ interviewId }: { interviewId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const key = ['reflection', interviewId];
  const q = useQuery({ queryKey: key, queryFn: () => api<Status>(`/interviews/${interviewId}/reflection`) });
  const [values, setValues] = useState<Partial<Record<Caution, number>>>({});
  const [comment, setComment] = useState('');
  const send = useMutation({
    mutationFn: () => api<Status>(`/interviews/${interviewId}/reflection`, { method: 'PUT', body: { ...values, comment } }),
    onSuccess: (s) => {
      qc.setQueryData(key, s);
      void qc.invalidateQueries({ queryKey: ['me', 'reflections'] });
    },
  });
  const s = q.data;
  if (!s || (!s.canAnswer && !s.answered)) return null;
  return (
    <section className="card" aria-labelledby="reflection-title">
      <h2 id="reflection-title">{t('reflection.answer.title')}</h2>
      {s.answered ? (
        <Alert kind="success">{t('reflection.answer.sent', { period: periodLabel(t, s.period ?? '') })}</Alert>
      ) : (
        <>
          <p className="hint">{t('reflection.answer.hint')}</p>
          {CAUTIONS.map((c) => (
            <fieldset key={c} className="scale">
              <legend>{t(`reflection.cautions.${c}.question`)}</legend>
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n} className="check">
                  <input
                    type="radio"
                    name={`reflection-${c}-${interviewId}`}
                    checked={values[c] === n}
                    onChange={() => setValues((v) => ({ ...v, [c]: n }))}
                  />
                  <span>{t(`reflection.answer.scale.${n}`)}</span>
                </label>
              ))}
            </fieldset>
          ))}
          <TextAreaField label={t('reflection.answer.comment')} value={comment} maxLength={1000} rows={2} onChange={setComment} />
          {send.error && <Alert kind="error">{send.error.message}</Alert>}
          <Button variant="primary" busy={send.isPending} disabled={CAUTIONS.some((c) => !values[c])} onClick={() => send.mutate()}>
            {t('reflection.answer.send')}
          </Button>
        </>
      )}
    </section>
  );
}
