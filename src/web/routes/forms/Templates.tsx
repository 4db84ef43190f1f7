import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { type FormDefinition, localized, type TemplateKind } from '../../../domain/forms/definition';
import { ApiError, api, isNotFound } from '../../api';
import { draftKey } from '../../components/draft';
import { FormFiller } from '../../components/FormFiller';
import { Alert, Button, DraftNotice, Form, fieldErrors, TextField, FormActions } from '../../components/forms';
import { Empty, Loading, NotFound, PageHeader } from '../../components/status';
import { useDraft } from '../../components/useDraft';
import type { Schemas } from '../../api-contract';
import { Builder, newSection } from './Builder';
import { TemplateUsage } from './TemplateUsage';

type TemplateFull = Schemas['TemplateDetail'];

/** /templates — the career sheets and pre-surveys rounds can use. */
export function TemplatesPage() {
  const { t, i18n } = useTranslation();
  const q = useQuery({ queryKey: ['templates', 'all'], queryFn: () => api<Schemas['TemplateList']>('/templates?status=all') });
  return (
    <section className="page">
      <PageHeader title={t('forms.ui.templatesTitle')}>
        <Link className="btn btn--secondary" to="/questions">
          {t('ui.nav.questions')}
        </Link>
        <Link className="btn btn--primary" to="/templates/new?kind=sheet">
          {t('forms.ui.newSheet')}
        </Link>
        <Link className="btn btn--primary" to="/templates/new?kind=survey">
          {t('forms.ui.newSurvey')}
        </Link>
      </PageHeader>
      <p className="lead">{t('forms.ui.templatesLead')}</p>
      {q.error && <Alert kind="error">{q.error.message}</Alert>}
      {!q.data ? (
        !q.error && <Loading />
      ) : q.data.items.length === 0 ? (
        <Empty>{t('forms.ui.templatesEmpty')}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('forms.ui.name')}</th>
                <th scope="col">{t('forms.ui.kind')}</th>
                <th scope="col">{t('forms.ui.version')}</th>
                <th scope="col">{t('forms.ui.usedBy')}</th>
                <th scope="col">{t('forms.ui.status')}</th>
              </tr>
            </thead>
            <tbody>
              {q.data.items.map((x) => (
                <tr key={x.id}>
                  <td>
                    <Link to={`/templates/${x.id}`}>{localized(x.name, i18n.language)}</Link>
                  </td>
                  <td>{t(`forms.kinds.${x.kind}`)}</td>
                  <td>{t('forms.ui.versionN', { n: x.version })}</td>
                  <td>
                    {x.kind === 'hearing'
                      ? t('forms.ui.hearings', { n: x.usedBy })
                      : x.running
                        ? t('forms.ui.roundsRunning', { n: x.usedBy, running: x.running })
                        : t('forms.ui.rounds', { n: x.usedBy })}
                  </td>
                  <td>
                    <span className={`badge ${x.status === 'active' ? 'badge--ok' : ''}`}>{t(`forms.ui.statuses.${x.status}`)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

type Values = { nameJa: string; nameEn: string; definition: string };

/** Empty optional texts are dropped, so a half-filled label never blocks saving. */
function clean(def: FormDefinition): FormDefinition {
  return {
    sections: def.sections.map((s) => ({
      ...s,
      description: s.description?.ja ? s.description : undefined,
      fields: s.fields.map((f) => ({
        ...f,
        help: f.help?.ja ? f.help : undefined,
        scaleLabels: f.scaleLabels?.min.ja && f.scaleLabels.max.ja ? f.scaleLabels : undefined,
      })),
    })),
  };
}

/** /templates/new?kind=… and /templates/:id — the builder with a live preview. */
export function TemplateEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [params] = useSearchParams();
  const q = useQuery({ queryKey: ['template', id], enabled: !!id, queryFn: () => api<TemplateFull>(`/templates/${id}`) });
  if (isNotFound(q.error)) return <NotFound />;
  const kind: TemplateKind = q.data?.kind ?? (params.get('kind') === 'survey' ? 'survey' : 'sheet');
  return (
    <section className="page">
      <p className="back-link">
        <Link to="/templates">{t('forms.ui.backToTemplates')}</Link>
      </p>
      {q.error && <Alert kind="error">{q.error.message}</Alert>}
      {id && !q.data ? !q.error && <Loading /> : <TemplateEditor key={q.data?.version ?? 'new'} kind={kind} template={q.data} />}
    </section>
  );
}

function TemplateEditor({ kind, template }: { kind: TemplateKind; template?: TemplateFull }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [preview, setPreview] = useState(false);
  // English texts and field ids are for whoever keeps the English UI and the cross-version analysis: out of HR's way
  // until asked for, or until one of them has an error to show.
  const [advancedAsked, setAdvanced] = useState(false);
  const initial: Values = {
    nameJa: template?.name.ja ?? '',
    nameEn: template?.name.en ?? '',
    definition: JSON.stringify(template?.definition ?? { sections: [newSection()] }),
  };
  const form = useDraft(draftKey('template', template?.id ?? `new-${kind}`), initial);
  const definition = JSON.parse(form.values.definition) as FormDefinition;
  const body = () => ({ name: { ja: form.values.nameJa, en: form.values.nameEn || undefined }, definition: clean(definition) });
  const save = useMutation({
    mutationFn: () =>
      template
        ? api<TemplateFull>(`/templates/${template.id}`, { method: 'PATCH', body: { ...body(), version: template.version } })
        : api<TemplateFull>('/templates', { method: 'POST', body: { kind, ...body() } }),
    onSuccess: (saved) => {
      form.saved(form.values);
      void qc.invalidateQueries({ queryKey: ['templates'] });
      qc.setQueryData(['template', saved.id], saved);
      navigate(`/templates/${saved.id}`, { replace: true, state: { saved: true } });
    },
  });
  const status = useMutation({
    mutationFn: (next: 'active' | 'retired') =>
      api<TemplateFull>(`/templates/${template!.id}/status`, { method: 'PUT', body: { status: next } }),
    onSuccess: (saved) => {
      qc.setQueryData(['template', saved.id], saved);
      void qc.invalidateQueries({ queryKey: ['templates'] });
    },
  });
  const errors = fieldErrors(save.error);
  const advanced = advancedAsked || Object.keys(errors).some((k) => /\.(id|en)$/.test(k));
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  return (
    <Form onSubmit={() => save.mutate()} busy={save.isPending} error={save.error} aria-labelledby="tpl-title">
      <PageHeader title={template ? localized(template.name, 'ja') : t(kind === 'sheet' ? 'forms.ui.newSheet' : 'forms.ui.newSurvey')}>
        <Button onClick={() => setPreview((p) => !p)} aria-pressed={preview}>
          {preview ? t('forms.ui.backToBuilder') : t('forms.ui.preview')}
        </Button>
        {template && kind !== 'hearing' && (
          <Button onClick={() => status.mutate(template.status === 'active' ? 'retired' : 'active')} busy={status.isPending}>
            {template.status === 'active' ? t('forms.ui.retire') : t('forms.ui.restore')}
          </Button>
        )}
      </PageHeader>
      <span id="tpl-title" className="visually-hidden">
        {t(`forms.kinds.${kind}`)}
      </span>
      <DraftNotice restored={form.restored} onDiscard={form.discard} />
      {kind === 'hearing' && <Alert kind="info">{t('forms.ui.hearingNotice')}</Alert>}
      {template && <TemplateUsage template={template} />}
      {template?.locked && !template.rounds.some((r) => r.status !== 'draft') && (
        <Alert kind="info">
          {t(kind === 'hearing' ? 'forms.ui.lockedNoticeHearing' : 'forms.ui.lockedNotice', { n: template.version + 1 })}
        </Alert>
      )}
      {template && template.status !== 'active' && <Alert kind="info">{t('forms.ui.retiredNotice')}</Alert>}
      {save.error && <Alert kind="error">{conflict ? t('rounds.ui.conflict') : save.error.message}</Alert>}
      {status.error && <Alert kind="error">{status.error.message}</Alert>}
      <div className="form-grid">
        <TextField label={t('forms.ui.nameJa')} required maxLength={100} error={errors['name.ja']} {...form.bind('nameJa')} />
        {advanced && <TextField label={t('forms.ui.nameEn')} maxLength={100} {...form.bind('nameEn')} />}
      </div>
      <label className="check">
        <input type="checkbox" checked={advanced} onChange={(e) => setAdvanced(e.target.checked)} />
        {t('forms.ui.advanced')}
      </label>
      {preview ? (
        <FormFiller definition={clean(definition)} values={{}} readOnly={false} canMarkHrOnly={kind !== 'hearing'} onChange={() => {}} />
      ) : (
        <Builder definition={definition} errors={errors} advanced={advanced} onChange={(d) => form.set('definition', JSON.stringify(d))} />
      )}
      <FormActions busy={save.isPending} />
    </Form>
  );
}
