import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localized as localize } from '../../../domain/forms/definition';
import { RISK_ACTIONS, type RiskAction } from '../../../domain/insight/risk-rules';
import { RISK_LIMITS } from '../../../domain/insight/trends-schemas';
import { formatDateTime, formatName } from '../../../domain/shared/format';
import { api } from '../../api';
import type { Schemas } from '../../api-contract';
import { Alert, Form, FormActions, fieldErrors, SelectField, TextAreaField } from '../../components/forms';
import { currentLocale } from '../../i18n';

export type ActionView = Schemas['RiskActionView'];
export type Flag = Schemas['RiskFlag'];
type Reason = Flag['matched'][number]['reasons'][number];

function ActionLine({ a }: { a: ActionView }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`badge${a.action === 'dismissed' ? '' : ' badge--todo'}`}>{t(`trends.actions.${a.action}`)}</span>{' '}
      <span className="muted">{t('trends.ui.actionBy', { at: formatDateTime(a.at, currentLocale()), name: formatName(a.actor) })}</span>
      {a.note && <p className="pre-line">{a.note}</p>}
    </>
  );
}

/** What HR did about a flag: pick an action, add a note if useful, save — the list shows it at once. */
function ActionForm({ roundId, flag }: { roundId: string; flag: Flag }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [action, setAction] = useState<RiskAction>('contacted');
  const [note, setNote] = useState('');
  const save = useMutation({
    mutationFn: () => api<ActionView>(`/rounds/${roundId}/risks/${flag.employee.id}/actions`, { method: 'POST', body: { action, note } }),
    onSuccess: async () => {
      setNote('');
      await qc.invalidateQueries({ queryKey: ['risks', roundId] });
    },
  });
  const errors = fieldErrors(save.error);
  return (
    <Form className="inline-form" onSubmit={() => save.mutate()} busy={save.isPending} error={save.error}>
      <SelectField
        label={t('trends.ui.action')}
        value={action}
        options={RISK_ACTIONS.map((a) => ({ value: a, label: t(`trends.actions.${a}`) }))}
        onChange={(v) => setAction(v as RiskAction)}
        error={errors.action}
      />
      <TextAreaField
        label={t('trends.ui.note')}
        value={note}
        onChange={setNote}
        maxLength={RISK_LIMITS.note}
        rows={2}
        hint={t('trends.ui.noteHint')}
        error={errors.note}
      />
      {save.error && !Object.keys(errors).length && <Alert kind="error">{save.error.message}</Alert>}
      {save.isSuccess && <Alert kind="success">{t('trends.ui.recorded')}</Alert>}
      <FormActions busy={save.isPending} label={t('trends.ui.save')} />
    </Form>
  );
}

/** One flagged person: who, which rules and the answers behind them, what HR has done, and a way to record more. */
export function RisksItem({ roundId, flag }: { roundId: string; flag: Flag }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const dept = flag.department
    ? lang === 'en' && flag.department.nameEn
      ? flag.department.nameEn
      : flag.department.name
    : t('trends.ui.noDepartment');
  const reason = (r: Reason) =>
    r.option
      ? t('trends.ui.reasonChoice', { label: localize(r.label, lang), option: localize(r.option, lang) })
      : t('trends.ui.reasonScale', { label: localize(r.label, lang), value: r.value });
  return (
    <li className="card">
      <div className="dashboard-grid">
        <div>
          <h3>
            <Link to={`/employees/${flag.employee.id}/history`}>{formatName(flag.employee)}</Link>
          </h3>
          <p className="muted">{t('trends.ui.employeeLine', { number: flag.employee.employeeNumber, department: dept })}</p>
          <h4>{t('trends.ui.matchedRule')}</h4>
          <ul>
            {flag.matched.map((m) => (
              <li key={m.rule}>
                <strong>{t(`trends.rules.${m.rule}.title`)}</strong>
                <ul>
                  {m.reasons.map((r) => (
                    <li key={r.field}>
                      {reason(r)}
                      {r.lowMeansWorry && <span className="muted">{t('trends.ui.lowMeansWorryShort')}</span>}
                      {r.hrOnly && (
                        <>
                          {' '}
                          <span className="badge badge--hr-only">{t('trends.ui.hrOnly')}</span>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          {flag.matched.some((m) => m.reasons.some((r) => r.hrOnly)) && <p className="hint">{t('trends.ui.hrOnlyHint')}</p>}
        </div>
        <div>
          <h4>{t('trends.ui.latest')}</h4>
          {flag.latest ? (
            <div>
              <ActionLine a={flag.latest} />
            </div>
          ) : (
            <p className="muted">{t('trends.ui.noAction')}</p>
          )}
          {flag.history.length > 1 && (
            <details>
              <summary>{t('trends.ui.history', { n: flag.history.length })}</summary>
              <ol>
                {flag.history.map((a) => (
                  <li key={a.id}>
                    <ActionLine a={a} />
                  </li>
                ))}
              </ol>
            </details>
          )}
          <h4>{t('trends.ui.recordAction')}</h4>
          <ActionForm roundId={roundId} flag={flag} />
        </div>
      </div>
    </li>
  );
}
