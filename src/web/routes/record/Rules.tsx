import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { localized } from '../../../domain/forms/definition';
import { Alert, Button, fieldErrors, SelectField } from '../../components/forms';
import { Loading, PageHeader, usePageTitle } from '../../components/status';
import { questionText } from './parts';
import type { QuestionBank, Rule, RuleField as Field, RuleList } from './types';

type RuleForm = { source: string; fieldId: string; op: string; value: string; questionId: string; active: boolean };
const SOURCES = ['survey', 'sheet', 'plan'];

/** The conditions that make sense for a field: a scale has a threshold, a choice has options, text is written or not. */
const opsFor = (source: string, field: Field | undefined): string[] => {
  if (source === 'plan') return ['overdue'];
  if (field?.type === 'scale') return ['lte', 'gte', 'answered'];
  if (field?.type === 'single' || field?.type === 'multi') return ['includes', 'answered'];
  return ['answered'];
};

const toBody = (f: RuleForm) => ({
  source: f.source,
  fieldId: f.source === 'plan' ? '' : f.fieldId,
  op: f.op,
  value: f.op === 'lte' || f.op === 'gte' ? Number(f.value) || null : f.op === 'includes' ? f.value : null,
  questionId: f.questionId,
  active: f.active,
});

/** How a rule reads, in words: 「事前アンケートの jobSatisfaction が 2 以下」. */
function RuleText({ r, fields }: { r: Pick<Rule, 'source' | 'fieldId' | 'op' | 'value'>; fields: Field[] }) {
  const { t, i18n } = useTranslation();
  if (r.op === 'overdue') return <>{t('record.op.overdue')}</>;
  const f = fields.find((x) => x.source === r.source && x.id === r.fieldId);
  const value =
    r.op === 'includes' ? localized(f?.options.find((o) => o.id === r.value)?.label, i18n.language) || String(r.value) : r.value;
  return (
    <>
      {t(`record.source.${r.source}`)}「{f ? localized(f.label, i18n.language) : r.fieldId}」{' '}
      {value !== null && value !== '' && <strong>{String(value)}</strong>} {t(`record.op.${r.op}`)}
    </>
  );
}

/** HR edits the rules that suggest questions: transparent conditions, no scoring. */
export function RulesPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('record.ui.rules.title'));
  const qc = useQueryClient();
  const rules = useQuery({ queryKey: ['rules'], queryFn: () => api<RuleList>('/suggestion-rules') });
  const bank = useQuery({ queryKey: ['questions'], queryFn: () => api<QuestionBank>('/questions') });
  const blank: RuleForm = { source: 'survey', fieldId: '', op: 'answered', value: '', questionId: '', active: true };
  const [form, setForm] = useState(blank);
  const fields = rules.data?.fields ?? [];
  const field = fields.find((f) => f.source === form.source && f.id === form.fieldId);
  const pickField = (fieldId: string) => {
    const f = fields.find((x) => x.source === form.source && x.id === fieldId);
    const op = opsFor(form.source, f)[0]!;
    setForm({ ...form, fieldId, op, value: f?.type === 'scale' ? '2' : (f?.options[0]?.id ?? '') });
  };
  const [removing, setRemoving] = useState<Rule | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: ['rules'] });
  const create = useMutation({
    mutationFn: () => api('/suggestion-rules', { method: 'POST', body: toBody(form) }),
    onSuccess: async () => {
      setForm(blank);
      await refresh();
    },
  });
  const toggle = useMutation({
    mutationFn: (r: Rule) =>
      api(`/suggestion-rules/${r.id}`, {
        method: 'PUT',
        body: { source: r.source, fieldId: r.fieldId, op: r.op, value: r.value, questionId: r.question.id, active: !r.active },
      }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (r: Rule) => api(`/suggestion-rules/${r.id}`, { method: 'DELETE' }),
    onSuccess: refresh,
    onSettled: () => setRemoving(null),
  });
  const errs = fieldErrors(create.error);
  const questions = (bank.data?.categories ?? []).flatMap((c) =>
    c.items.map((q) => ({ value: q.id, label: `${t(`forms.categories.${c.category}`)}: ${questionText(q, i18n.language)}` })),
  );
  return (
    <section className="page">
      <PageHeader title={t('record.ui.rules.title')} />
      <p className="lead">{t('record.ui.rules.lead')}</p>
      {rules.error && <Alert kind="error">{rules.error.message}</Alert>}
      {!rules.data ? (
        <Loading />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('record.ui.rules.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('record.ui.rules.when')}</th>
                <th scope="col">{t('record.ui.rules.suggest')}</th>
                <th scope="col">{t('record.ui.rules.state')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('record.ui.rules.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rules.data.items.map((r) => (
                <tr key={r.id}>
                  <td>
                    <RuleText r={r} fields={fields} />
                  </td>
                  <td>{questionText(r.question, i18n.language)}</td>
                  <td>
                    {r.active ? (
                      <span className="badge badge--ok">{t('record.ui.rules.active')}</span>
                    ) : (
                      <span className="badge">{t('record.ui.rules.inactive')}</span>
                    )}
                  </td>
                  <td className="nowrap">
                    <Button className="btn--link" onClick={() => toggle.mutate(r)}>
                      {r.active ? t('record.ui.rules.disable') : t('record.ui.rules.enable')}
                    </Button>
                    <Button className="btn--link" onClick={() => setRemoving(r)}>
                      {t('ui.common.delete')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {toggle.error && <Alert kind="error">{toggle.error.message}</Alert>}
      <section className="card" aria-labelledby="new-rule">
        <h2 id="new-rule">{t('record.ui.rules.new')}</h2>
        <div className="form-grid">
          <SelectField
            label={t('record.ui.rules.source')}
            value={form.source}
            options={SOURCES.map((s) => ({ value: s, label: t(`record.source.${s}`) }))}
            onChange={(source) => setForm({ ...blank, source, op: opsFor(source, undefined)[0]!, questionId: form.questionId })}
          />
          {form.source !== 'plan' && (
            <SelectField
              label={t('record.ui.rules.fieldId')}
              value={form.fieldId}
              error={errs.fieldId}
              options={[
                { value: '', label: t('record.ui.rules.pickField') },
                ...fields.filter((f) => f.source === form.source).map((f) => ({ value: f.id, label: localized(f.label, i18n.language) })),
              ]}
              onChange={pickField}
            />
          )}
          <SelectField
            label={t('record.ui.rules.op')}
            value={form.op}
            error={errs.op}
            options={opsFor(form.source, field).map((o) => ({ value: o, label: t(`record.op.${o}`) }))}
            onChange={(op) => setForm({ ...form, op })}
          />
          {(form.op === 'lte' || form.op === 'gte') && (
            <SelectField
              label={t('record.ui.rules.value')}
              value={form.value}
              error={errs.value}
              options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))}
              onChange={(value) => setForm({ ...form, value })}
            />
          )}
          {form.op === 'includes' && (
            <SelectField
              label={t('record.ui.rules.value')}
              value={form.value}
              error={errs.value}
              options={(field?.options ?? []).map((o) => ({ value: o.id, label: localized(o.label, i18n.language) }))}
              onChange={(value) => setForm({ ...form, value })}
            />
          )}
        </div>
        <SelectField
          label={t('record.ui.rules.question')}
          value={form.questionId}
          error={errs.questionId}
          options={[{ value: '', label: t('record.ui.rules.pick') }, ...questions]}
          onChange={(questionId) => setForm({ ...form, questionId })}
        />
        {create.error && <Alert kind="error">{create.error.message}</Alert>}
        <Button variant="primary" busy={create.isPending} disabled={!form.questionId} onClick={() => create.mutate()}>
          {t('record.ui.rules.add')}
        </Button>
      </section>
      <ConfirmDialog
        open={!!removing}
        danger
        title={t('record.ui.rules.deleteTitle')}
        confirmLabel={t('ui.common.delete')}
        busy={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing)}
        onCancel={() => setRemoving(null)}
      >
        <p>{t('record.ui.rules.deleteBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
