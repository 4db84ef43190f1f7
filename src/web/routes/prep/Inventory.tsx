import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INVENTORY_LIMITS } from '../../../domain/skills/schemas';
import { formatDateTime } from '../../../domain/shared/format';
import { api } from '../../api';
import { draftKey } from '../../components/draft';
import { Alert, Button, DraftNotice, fieldErrors, Form, SelectField, TextAreaField, TextField, FormActions } from '../../components/forms';
import { Empty, Loading, PageHeader } from '../../components/status';
import { useDraft } from '../../components/useDraft';
import { currentLocale } from '../../i18n';
import type { Inventory } from './types';

type SkillRow = Inventory['skills'][number];
type ItemRow = Inventory['items'][number];

/** Read-only, for the interviewer and HR. */
export function InventoryView({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['inventory', employeeId], queryFn: () => api<Inventory>(`/employees/${employeeId}/inventory`) });
  if (q.error) return <Alert kind="error">{q.error.message}</Alert>;
  if (!q.data) return <Loading />;
  const { skills, items } = q.data;
  if (!skills.length && !items.length) return <Empty>{t('prep.ui.inventoryEmpty')}</Empty>;
  return (
    <div className="inventory">
      <section className="card" aria-labelledby="inv-skills">
        <h2 id="inv-skills">{t('prep.ui.skills')}</h2>
        <ul className="skills">
          {skills.map((s) => (
            <li key={s.name}>
              <strong>{s.name}</strong>{' '}
              <span className="level" role="img" aria-label={t('prep.ui.levelLabel', { n: s.level })}>
                {'★'.repeat(s.level)}
                {'☆'.repeat(5 - s.level)}
              </span>
              {s.years != null && <span className="muted"> {t('prep.ui.years', { n: s.years })}</span>}
              {s.note && <div className="muted">{s.note}</div>}
            </li>
          ))}
        </ul>
      </section>
      {(['achievement', 'experience'] as const).map((kind) => (
        <section key={kind} className="card" aria-labelledby={`inv-${kind}`}>
          <h2 id={`inv-${kind}`}>{t(`prep.ui.kinds.${kind}`)}</h2>
          <ul className="career-items">
            {items
              .filter((i) => i.kind === kind)
              .map((i) => (
                <li key={`${i.title}-${i.periodFrom}`}>
                  <strong>{i.title}</strong> <span className="muted">{[i.periodFrom, i.periodTo].filter(Boolean).join(' – ')}</span>
                  {i.description && <p className="pre-line">{i.description}</p>}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

type Values = { skills: string[]; items: string[] };
const enc = (rows: object[]) => rows.map((r) => JSON.stringify(r));
const dec = <T,>(rows: string[]) => rows.map((r) => JSON.parse(r) as T);

/** /skills — the employee's own inventory, kept from round to round. */
export function InventoryPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['inventory', 'me'], queryFn: () => api<Inventory>('/me/inventory') });
  return (
    <section className="page">
      <PageHeader title={t('prep.ui.inventoryTitle')} />
      <p className="lead">{t('prep.ui.inventoryLead')}</p>
      {q.error && <Alert kind="error">{q.error.message}</Alert>}
      {q.data ? <InventoryEditor key={q.data.updatedAt ?? 'new'} inv={q.data} /> : !q.error && <Loading />}
    </section>
  );
}

function InventoryEditor({ inv }: { inv: Inventory }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const locale = currentLocale();
  // Rows are kept as JSON strings so the form's draft survives a reload like any other form.
  const form = useDraft<Values>(draftKey('inventory'), { skills: enc(inv.skills), items: enc(inv.items) });
  const skills = dec<SkillRow>(form.values.skills);
  const items = dec<ItemRow>(form.values.items);
  const [flash, setFlash] = useState(false);
  const save = useMutation({
    mutationFn: () => api<Inventory>('/me/inventory', { method: 'PUT', body: { skills, items } }),
    onSuccess: (next) => {
      form.saved({ skills: enc(next.skills), items: enc(next.items) });
      qc.setQueryData(['inventory', 'me'], next);
      setFlash(true);
    },
  });
  const errors = fieldErrors(save.error);
  const setSkills = (rows: SkillRow[]) => {
    setFlash(false);
    form.set('skills', enc(rows));
  };
  const setItems = (rows: ItemRow[]) => {
    setFlash(false);
    form.set('items', enc(rows));
  };
  return (
    <Form onSubmit={() => save.mutate()} busy={save.isPending} error={save.error} aria-label={t('prep.ui.inventoryTitle')}>
      <DraftNotice restored={form.restored} onDiscard={form.discard} />
      {flash && <Alert kind="success">{t('ui.common.saved')}</Alert>}
      {save.error && <Alert kind="error">{save.error.message}</Alert>}
      {inv.updatedAt && <p className="muted">{t('prep.ui.lastUpdated', { at: formatDateTime(inv.updatedAt, locale) })}</p>}
      <section className="card" aria-labelledby="skills-title">
        <h2 id="skills-title">{t('prep.ui.skills')}</h2>
        {skills.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity; every input is controlled, so position is the key
          <div key={i} className="row-editor">
            <TextField
              label={t('prep.ui.skillName')}
              required
              maxLength={INVENTORY_LIMITS.skillName}
              value={s.name}
              error={errors[`skills.${i}.name`]}
              onChange={(name) => setSkills(skills.map((x, j) => (j === i ? { ...x, name } : x)))}
            />
            <SelectField
              label={t('prep.ui.level')}
              value={String(s.level)}
              options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t(`prep.ui.levels.${n}`) }))}
              onChange={(v) => setSkills(skills.map((x, j) => (j === i ? { ...x, level: Number(v) } : x)))}
            />
            <TextField
              label={t('prep.ui.yearsLabel')}
              type="number"
              min={0}
              max={60}
              value={s.years == null ? '' : String(s.years)}
              error={errors[`skills.${i}.years`]}
              onChange={(v) => setSkills(skills.map((x, j) => (j === i ? { ...x, years: v === '' ? null : Number(v) } : x)))}
            />
            <Button
              variant="link"
              onClick={() => setSkills(skills.filter((_, j) => j !== i))}
              aria-label={t('prep.ui.removeSkill', { name: s.name })}
            >
              {t('ui.common.remove')}
            </Button>
          </div>
        ))}
        {skills.length < INVENTORY_LIMITS.skills && (
          <Button onClick={() => setSkills([...skills, { name: '', level: 3, years: null, note: '' }])}>{t('prep.ui.addSkill')}</Button>
        )}
      </section>
      <section className="card" aria-labelledby="items-title">
        <h2 id="items-title">{t('prep.ui.careerItems')}</h2>
        {items.map((it, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <fieldset key={i} className="row-card">
            <legend>{it.title || t('prep.ui.newItem')}</legend>
            <div className="form-grid">
              <SelectField
                label={t('prep.ui.kind')}
                value={it.kind}
                options={(['achievement', 'experience'] as const).map((k) => ({ value: k, label: t(`prep.ui.kinds.${k}`) }))}
                onChange={(v) => setItems(items.map((x, j) => (j === i ? { ...x, kind: v as ItemRow['kind'] } : x)))}
              />
              <TextField
                label={t('prep.ui.itemTitle')}
                required
                maxLength={INVENTORY_LIMITS.title}
                value={it.title}
                error={errors[`items.${i}.title`]}
                onChange={(title) => setItems(items.map((x, j) => (j === i ? { ...x, title } : x)))}
              />
              <TextField
                label={t('prep.ui.periodFrom')}
                type="month"
                value={it.periodFrom ?? ''}
                error={errors[`items.${i}.periodFrom`]}
                onChange={(v) => setItems(items.map((x, j) => (j === i ? { ...x, periodFrom: v || null } : x)))}
              />
              <TextField
                label={t('prep.ui.periodTo')}
                type="month"
                value={it.periodTo ?? ''}
                error={errors[`items.${i}.periodTo`]}
                onChange={(v) => setItems(items.map((x, j) => (j === i ? { ...x, periodTo: v || null } : x)))}
              />
            </div>
            <TextAreaField
              label={t('prep.ui.itemDescription')}
              maxLength={INVENTORY_LIMITS.description}
              value={it.description}
              onChange={(description) => setItems(items.map((x, j) => (j === i ? { ...x, description } : x)))}
            />
            <Button variant="link" onClick={() => setItems(items.filter((_, j) => j !== i))}>
              {t('ui.common.remove')}
            </Button>
          </fieldset>
        ))}
        {items.length < INVENTORY_LIMITS.items && (
          <Button
            onClick={() => setItems([...items, { kind: 'achievement', title: '', description: '', periodFrom: null, periodTo: null }])}
          >
            {t('prep.ui.addItem')}
          </Button>
        )}
      </section>
      <FormActions busy={save.isPending} />
    </Form>
  );
}
