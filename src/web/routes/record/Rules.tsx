import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Alert, Button, fieldErrors, SelectField, TextField } from '../../components/forms';
import { Loading, PageHeader, usePageTitle } from '../../components/status';
import { questionText } from './parts';
import type { QuestionBank } from './types';

type Rule = { id: string; source: string; fieldId: string; op: string; value: number | string | null; active: boolean; question: { id: string; category: string; text: { ja: string; en?: string } } };
type RuleForm = { source: string; fieldId: string; op: string; value: string; questionId: string; active: boolean };
const SOURCES = ['survey', 'sheet', 'plan'];
const OPS: Record<string, string[]> = { survey: ['lte', 'gte', 'answered', 'includes'], sheet: ['lte', 'gte', 'answered', 'includes'], plan: ['overdue'] };

const toBody = (f: RuleForm) => ({
  source: f.source,
  fieldId: f.source === 'plan' ? '' : f.fieldId,
  op: f.op,
  value: f.op === 'lte' || f.op === 'gte' ? Number(f.value) || null : f.op === 'includes' ? f.value : null,
  questionId: f.questionId,
  active: f.active,
});

/** How a rule reads, in words: 「事前アンケートの jobSatisfaction が 2 以下」. */
function RuleText({ r }: { r: Pick<Rule, 'source' | 'fieldId' | 'op' | 'value'> }) {
  const { t } = useTranslation();
  if (r.op === 'overdue') return <>{t('record.op.overdue')}</>;
  return (
    <>
      {t(`record.source.${r.source}`)} <code>{r.fieldId}</code> {r.value !== null && r.value !== '' && <strong>{String(r.value)}</strong>} {t(`record.op.${r.op}`)}
    </>
  );
}

/** HR edits the rules that suggest questions: transparent conditions, no scoring. */
export function RulesPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('record.ui.rules.title'));
  const qc = useQueryClient();
  const rules = useQuery({ queryKey: ['rules'], queryFn: () => api<{ items: Rule[] }>('/suggestion-rules') });
  const bank = useQuery({ queryKey: ['questions'], queryFn: () => api<QuestionBank>('/questions') });
  const blank: RuleForm = { source: 'survey', fieldId: '', op: 'lte', value: '2', questionId: '', active: true };
  const [form, setForm] = useState(blank);
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
    mutationFn: (r: Rule) => api(`/suggestion-rules/${r.id}`, { method: 'PUT', body: { source: r.source, fieldId: r.fieldId, op: r.op, value: r.value, questionId: r.question.id, active: !r.active } }),
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: (r: Rule) => api(`/suggestion-rules/${r.id}`, { method: 'DELETE' }), onSuccess: refresh, onSettled: () => setRemoving(null) });
  const errs = fieldErrors(create.error);
  const questions = (bank.data?.categories ?? []).flatMap((c) => c.items.map((q) => ({ value: q.id, label: `${t(`forms.categories.${c.category}`)}: ${questionText(q, i18n.language)}` })));
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
                    <RuleText r={r} />
                  </td>
                  <td>{questionText(r.question, i18n.language)}</td>
                  <td>{r.active ? <span className="badge badge--ok">{t('record.ui.rules.active')}</span> : <span className="badge">{t('record.ui.rules.inactive')}</span>}</td>
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
          <SelectField label={t('record.ui.rules.source')} value={form.source} options={SOURCES.map((s) => ({ value: s, label: t(`record.source.${s}`) }))} onChange={(source) => setForm({ ...form, source, op: OPS[source]![0]! })} />
          {form.source !== 'plan' && <TextField label={t('record.ui.rules.fieldId')} hint={t('record.ui.rules.fieldIdHint')} value={form.fieldId} error={errs.fieldId} onChange={(fieldId) => setForm({ ...form, fieldId })} />}
          <SelectField label={t('record.ui.rules.op')} value={form.op} error={errs.op} options={OPS[form.source]!.map((o) => ({ value: o, label: t(`record.op.${o}`) }))} onChange={(op) => setForm({ ...form, op })} />
          {(form.op === 'lte' || form.op === 'gte' || form.op === 'includes') && <TextField label={t('record.ui.rules.value')} value={form.value} error={errs.value} onChange={(value) => setForm({ ...form, value })} />}
        </div>
        <SelectField label={t('record.ui.rules.question')} value={form.questionId} error={errs.questionId} options={[{ value: '', label: t('record.ui.rules.pick') }, ...questions]} onChange={(questionId) => setForm({ ...form, questionId })} />
        {create.error && <Alert kind="error">{create.error.message}</Alert>}
        <Button variant="primary" busy={create.isPending} disabled={!form.questionId} onClick={() => create.mutate()}>
          {t('record.ui.rules.add')}
        </Button>
      </section>
      <ConfirmDialog open={!!removing} danger title={t('record.ui.rules.deleteTitle')} confirmLabel={t('ui.common.delete')} busy={remove.isPending} onConfirm={() => removing && remove.mutate(removing)} onCancel={() => setRemoving(null)}>
        <p>{t('record.ui.rules.deleteBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
