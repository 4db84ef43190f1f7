import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CRITERION_SECTIONS, type CriterionSection } from '../../../domain/hiring/default-sheet';
import { api } from '../../api';
import { Alert, Button, Form, FormActions, fieldErrors, SelectField, TextField } from '../../components/forms';
import { Empty } from '../../components/status';
import type { Detail } from './HearingDetail';

type Row = { key: number; section: CriterionSection; text: string; skill: string };
let nextKey = 1;
const row = (c: { section: CriterionSection; text: string; skill: string | null }): Row => ({ key: nextKey++, ...c, skill: c.skill ?? '' });

/**
 * The draft criteria of the role: HR starts from the answers' frequent keywords (or from nothing), edits, orders and
 * saves the whole list. A skill link offers only the role's expected skills; the server checks it again.
 */
export function CriteriaEditor({ h }: { h: Detail }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [rows, setRows] = useState<Row[]>(() => h.criteria.map(row));
  const save = useMutation({
    mutationFn: () =>
      api<Detail>(`/hiring/hearings/${h.id}/criteria`, {
        method: 'PUT',
        body: { criteria: rows.map((r) => ({ section: r.section, text: r.text, skill: r.skill || null })) },
      }),
    onSuccess: (next) => qc.setQueryData(['hearing', h.id], next),
  });
  const errors = fieldErrors(save.error);
  const set = (key: number, patch: Partial<Row>) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const skills = h.role.skills;
  const skillOptions = [
    { value: '', label: t('hiring.ui.criteria.noSkill') },
    ...skills.map((s) => ({ value: s.name, label: t('hiring.ui.criteria.skillLevel', { name: s.name, level: s.level }) })),
  ];
  return (
    <section className="card" aria-labelledby="hearing-criteria">
      <h2 id="hearing-criteria">{t('hiring.ui.criteria.title')}</h2>
      <p className="hint">{t('hiring.ui.criteria.lead')}</p>
      {skills.length === 0 && <p className="muted">{t('hiring.ui.criteria.noRoleSkills')}</p>}
      <div className="actions actions--inline">
        {h.suggested.length > 0 && (
          <Button onClick={() => setRows((all) => [...all, ...h.suggested.map(row)])}>
            {t('hiring.ui.criteria.fromAnswers', { count: h.suggested.length })}
          </Button>
        )}
        <a className="btn btn--link" href={`/api/v1/hiring/hearings/${h.id}/criteria.csv`} download>
          {t('hiring.ui.criteria.export')}
        </a>
      </div>
      <Form onSubmit={() => save.mutate()} busy={save.isPending} error={save.error}>
        {rows.length === 0 && <Empty>{t('hiring.ui.criteria.empty')}</Empty>}
        <ol className="criteria">
          {rows.map((r, i) => (
            <li key={r.key} className="criteria__row">
              <SelectField
                label={t('hiring.ui.criteria.section')}
                value={r.section}
                onChange={(v) => set(r.key, { section: v as CriterionSection })}
                options={CRITERION_SECTIONS.map((s) => ({ value: s, label: t(`hiring.sections.${s}`) }))}
                error={errors[`criteria.${i}.section`]}
              />
              <TextField
                label={t('hiring.ui.criteria.text')}
                value={r.text}
                maxLength={300}
                onChange={(v) => set(r.key, { text: v })}
                error={errors[`criteria.${i}.text`]}
              />
              <SelectField
                label={t('hiring.ui.criteria.skill')}
                value={r.skill}
                onChange={(v) => set(r.key, { skill: v })}
                options={
                  r.skill && !skills.some((s) => s.name === r.skill) ? [...skillOptions, { value: r.skill, label: r.skill }] : skillOptions
                }
                disabled={skills.length === 0}
                error={errors[`criteria.${i}.skill`]}
              />
              <div className="actions actions--inline">
                {i > 0 && (
                  <Button
                    variant="link"
                    onClick={() => setRows((all) => [...all.slice(0, i - 1), all[i]!, all[i - 1]!, ...all.slice(i + 1)])}
                  >
                    {t('hiring.ui.criteria.up', { n: i + 1 })}
                  </Button>
                )}
                <Button variant="link" onClick={() => setRows((all) => all.filter((x) => x.key !== r.key))}>
                  {t('hiring.ui.criteria.remove', { n: i + 1 })}
                </Button>
              </div>
            </li>
          ))}
        </ol>
        <div className="actions actions--inline">
          <Button onClick={() => setRows((all) => [...all, row({ section: 'skills', text: '', skill: null })])}>
            {t('hiring.ui.criteria.add')}
          </Button>
        </div>
        {save.error && <Alert kind="error">{save.error.message}</Alert>}
        {save.isSuccess && <Alert kind="success">{t('hiring.ui.criteria.saved')}</Alert>}
        <FormActions busy={save.isPending} label={t('hiring.ui.criteria.save')} />
      </Form>
    </section>
  );
}
