import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { localized } from '../../../domain/forms/definition';
import { ROUND_LIMITS } from '../../../domain/rounds/schemas';
import { api } from '../../api';
import { Alert, Button, type Option, SelectField, TextAreaField, TextField } from '../../components/forms';
import { ManagerPicker } from '../../components/ManagerPicker';
import type { Draft } from '../../components/useDraft';
import { useDepartments } from '../../queries';
import type { Schemas } from '../../api-contract';
import type { Preview, Round, RoundTheme, TemplateSummary } from './types';

/** The form's values as the draft keeps them: text as typed, lists as strings. */
export type RoundValues = {
  name: string;
  type: string;
  periodStart: string;
  periodEnd: string;
  prepDueOn: string;
  message: string;
  sheetTemplateId: string;
  surveyTemplateId: string;
  interviewerRule: string;
  all: boolean;
  departmentIds: string[];
  grades: string;
  /** `${id}\t${name}` so the chosen people show by name after a reload. */
  people: string[];
  /** JSON of each chosen theme. */
  themes: string[];
};

export const emptyRound = (templates: TemplateSummary[]): RoundValues => ({
  name: '',
  type: 'career',
  periodStart: '',
  periodEnd: '',
  prepDueOn: '',
  message: '',
  sheetTemplateId: templates.find((t) => t.kind === 'sheet' && t.isDefault)?.id ?? '',
  surveyTemplateId: templates.find((t) => t.kind === 'survey' && t.isDefault)?.id ?? '',
  interviewerRule: 'manager',
  all: true,
  departmentIds: [],
  grades: '',
  people: [],
  themes: [],
});

export function valuesFrom(r: Round, names: Map<string, string>): RoundValues {
  return {
    name: r.name,
    type: r.type,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    prepDueOn: r.prepDueOn ?? '',
    message: r.message,
    sheetTemplateId: r.sheetTemplateId ?? '',
    surveyTemplateId: r.surveyTemplateId ?? '',
    interviewerRule: r.interviewerRule,
    all: r.participants.all,
    departmentIds: r.participants.departmentIds,
    grades: r.participants.grades.join(', '),
    people: r.participants.employeeIds.map((id) => `${id}\t${names.get(id) ?? id}`),
    themes: r.themes.map((t) => JSON.stringify(t)),
  };
}

const participants = (v: RoundValues) => ({
  all: v.all,
  departmentIds: v.all ? [] : v.departmentIds,
  grades: v.all ? [] : v.grades.split(/[,、\s]+/).filter(Boolean),
  employeeIds: v.all ? [] : v.people.map((p) => p.split('\t')[0]!),
});

export function toBody(v: RoundValues) {
  return {
    name: v.name,
    type: v.type,
    periodStart: v.periodStart,
    periodEnd: v.periodEnd,
    prepDueOn: v.prepDueOn || null,
    message: v.message,
    sheetTemplateId: v.sheetTemplateId || null,
    surveyTemplateId: v.surveyTemplateId || null,
    interviewerRule: v.interviewerRule,
    participants: participants(v),
    themes: v.themes.map((t) => JSON.parse(t) as RoundTheme),
  };
}

type Props = { form: Draft<RoundValues>; errors: Record<string, string>; templates: TemplateSummary[] };

/** Round planning: what, when, themes and message, forms, who takes part, who interviews. */
export function RoundFields({ form, errors, templates }: Props) {
  const { t, i18n } = useTranslation();
  const v = form.values;
  const depts = useDepartments();
  const themes = useQuery({ queryKey: ['themes'], queryFn: () => api<Schemas['InterviewThemeList']>('/themes') });
  const preview = useMutation({
    mutationFn: () =>
      api<Preview>('/rounds/preview', { method: 'POST', body: { participants: participants(v), interviewerRule: v.interviewerRule } }),
  });
  const tplOptions = (kind: 'sheet' | 'survey'): Option[] => [
    { value: '', label: t('rounds.ui.noTemplate') },
    ...templates
      .filter((x) => x.kind === kind && x.status === 'active')
      .map((x) => ({ value: x.id, label: localized(x.name, i18n.language) })),
  ];
  const chosen = new Set(v.themes.map((s) => (JSON.parse(s) as RoundTheme).title.ja));
  const toggleTheme = (th: RoundTheme, on: boolean) =>
    form.set(
      'themes',
      on
        ? [...v.themes, JSON.stringify({ title: th.title, description: th.description })]
        : v.themes.filter((s) => (JSON.parse(s) as RoundTheme).title.ja !== th.title.ja),
    );

  return (
    <>
      <section className="card" aria-labelledby="r-basic">
        <h2 id="r-basic">{t('rounds.ui.basics')}</h2>
        <div className="form-grid">
          <TextField label={t('rounds.ui.name')} required maxLength={ROUND_LIMITS.name} error={errors.name} {...form.bind('name')} />
          <SelectField
            label={t('rounds.ui.type')}
            options={(['career', 'oneOnOne', 'followUp'] as const).map((x) => ({ value: x, label: t(`rounds.types.${x}`) }))}
            error={errors.type}
            {...form.bind('type')}
          />
          <TextField label={t('rounds.ui.periodStart')} type="date" required error={errors.periodStart} {...form.bind('periodStart')} />
          <TextField label={t('rounds.ui.periodEnd')} type="date" required error={errors.periodEnd} {...form.bind('periodEnd')} />
          <TextField
            label={t('rounds.ui.prepDueOn')}
            type="date"
            hint={t('rounds.ui.prepDueHint')}
            error={errors.prepDueOn}
            {...form.bind('prepDueOn')}
          />
        </div>
      </section>
      <section className="card" aria-labelledby="r-themes">
        <h2 id="r-themes">{t('rounds.ui.themes')}</h2>
        <p className="hint">{t('rounds.ui.themesHint')}</p>
        <fieldset className="choices">
          <legend className="visually-hidden">{t('rounds.ui.themes')}</legend>
          {(themes.data?.items ?? []).map((th) => (
            <label key={th.id} className="check check--block">
              <input type="checkbox" checked={chosen.has(th.title.ja)} onChange={(e) => toggleTheme(th, e.target.checked)} />
              <span>
                <strong>{localized(th.title, i18n.language)}</strong>
                <span className="muted"> — {localized(th.description, i18n.language)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {errors.themes && <p className="field-error">{errors.themes}</p>}
        <TextAreaField
          label={t('rounds.ui.message')}
          hint={t('rounds.ui.messageHint')}
          maxLength={ROUND_LIMITS.message}
          rows={5}
          error={errors.message}
          {...form.bind('message')}
        />
      </section>
      <section className="card" aria-labelledby="r-forms">
        <h2 id="r-forms">{t('rounds.ui.forms')}</h2>
        <div className="form-grid">
          <SelectField
            label={t('forms.kinds.sheet')}
            options={tplOptions('sheet')}
            error={errors.sheetTemplateId}
            {...form.bind('sheetTemplateId')}
          />
          <SelectField
            label={t('forms.kinds.survey')}
            options={tplOptions('survey')}
            error={errors.surveyTemplateId}
            {...form.bind('surveyTemplateId')}
          />
        </div>
      </section>
      <section className="card" aria-labelledby="r-people">
        <h2 id="r-people">{t('rounds.ui.participants')}</h2>
        <fieldset>
          <legend className="visually-hidden">{t('rounds.ui.participants')}</legend>
          <label className="check">
            <input type="radio" name="scope" checked={v.all} onChange={() => form.set('all', true)} />
            {t('rounds.ui.everyone')}
          </label>
          <label className="check">
            <input type="radio" name="scope" checked={!v.all} onChange={() => form.set('all', false)} />
            {t('rounds.ui.chosen')}
          </label>
        </fieldset>
        {!v.all && (
          <>
            <fieldset className="choices dept-choices">
              <legend>{t('rounds.ui.departments')}</legend>
              <p className="hint">{t('rounds.ui.departmentsHint')}</p>
              {depts.options.map((o) => (
                <label key={o.value} className="check check--block">
                  <input
                    type="checkbox"
                    checked={v.departmentIds.includes(o.value)}
                    onChange={(e) =>
                      form.set(
                        'departmentIds',
                        e.target.checked ? [...v.departmentIds, o.value] : v.departmentIds.filter((x) => x !== o.value),
                      )
                    }
                  />
                  {o.label}
                </label>
              ))}
            </fieldset>
            <TextField
              label={t('rounds.ui.grades')}
              hint={t('rounds.ui.gradesHint')}
              error={errors['participants.grades']}
              {...form.bind('grades')}
            />
            <ManagerPicker
              id=""
              label=""
              adding
              legend={t('rounds.ui.people')}
              changeLabel={t('rounds.ui.addPerson')}
              onChange={(id, name) => !v.people.some((p) => p.startsWith(`${id}\t`)) && form.set('people', [...v.people, `${id}\t${name}`])}
            />
            {v.people.length > 0 && (
              <ul className="tags">
                {v.people.map((p) => {
                  const [id, name] = p.split('\t');
                  return (
                    <li key={id} className="tag">
                      {name}
                      <Button
                        variant="link"
                        aria-label={t('rounds.ui.removePerson', { name })}
                        onClick={() =>
                          form.set(
                            'people',
                            v.people.filter((x) => x !== p),
                          )
                        }
                      >
                        ×
                      </Button>
                    </li>
                  );
                })}
              </ul>
            )}
          </>
        )}
        <SelectField
          label={t('rounds.ui.interviewerRule')}
          hint={t('rounds.ui.interviewerRuleHint')}
          options={(['manager', 'hrPartner'] as const).map((x) => ({ value: x, label: t(`rounds.interviewerRules.${x}`) }))}
          {...form.bind('interviewerRule')}
        />
        <div className="actions actions--inline">
          <Button onClick={() => preview.mutate()} busy={preview.isPending}>
            {t('rounds.ui.preview')}
          </Button>
        </div>
        {preview.error && <Alert kind="error">{preview.error.message}</Alert>}
        {preview.data && (
          <Alert kind={preview.data.total ? 'info' : 'error'}>
            {t('rounds.ui.previewResult', { total: preview.data.total, unassigned: preview.data.unassigned })}
          </Alert>
        )}
      </section>
    </>
  );
}
