import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '../../../domain/forms/definition';
import { QUESTION_TEXT_MAX, THEME_DESCRIPTION_MAX, THEME_TITLE_MAX } from '../../../domain/forms/schemas';
import { api } from '../../api';
import { Alert, Button, Form, fieldErrors, TextField } from '../../components/forms';
import { Loading, PageHeader } from '../../components/status';
import { Tabs, useTab } from '../prep/PrepDetail';
import type { Schemas } from '../../api-contract';

type Question = Schemas['BankQuestion'];
type Bank = Schemas['QuestionBank'];
type Theme = Schemas['InterviewTheme'];

/** /questions — the question bank by the seed's seven categories, and the interview themes. */
export function QuestionBankPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useTab(['questions', 'themes']);
  return (
    <section className="page">
      <PageHeader title={t('forms.ui.bankTitle')} />
      <p className="lead">{t('forms.ui.bankLead')}</p>
      <Tabs
        tabs={[
          { id: 'questions', label: t('forms.ui.questionsTab') },
          { id: 'themes', label: t('forms.ui.themesTab') },
        ]}
        current={tab}
        onChange={setTab}
        label={t('forms.ui.bankTitle')}
      />
      {tab === 'questions' ? <Questions /> : <Themes />}
    </section>
  );
}

function Questions() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['questions', 'all'], queryFn: () => api<Bank>('/questions?includeRetired=true') });
  const [editing, setEditing] = useState<string | null>(null);
  const refresh = () => void qc.invalidateQueries({ queryKey: ['questions'] });
  const setStatus = useMutation({
    mutationFn: (x: Question) =>
      api(`/questions/${x.id}`, { method: 'PATCH', body: { status: x.status === 'active' ? 'retired' : 'active' } }),
    onSuccess: refresh,
  });
  if (q.error) return <Alert kind="error">{q.error.message}</Alert>;
  if (!q.data) return <Loading />;
  return (
    <>
      {setStatus.error && <Alert kind="error">{setStatus.error.message}</Alert>}
      {q.data.categories.map((c) => (
        <section key={c.category} className="card" aria-labelledby={`cat-${c.category}`}>
          <h2 id={`cat-${c.category}`}>{t(`forms.categories.${c.category}`)}</h2>
          <ul className="bank">
            {c.items.map((x) =>
              editing === x.id ? (
                <li key={x.id}>
                  <TextPairForm
                    initial={x.text}
                    max={QUESTION_TEXT_MAX}
                    save={(text) => api(`/questions/${x.id}`, { method: 'PATCH', body: { text } })}
                    onDone={() => {
                      setEditing(null);
                      refresh();
                    }}
                  />
                </li>
              ) : (
                <li key={x.id} className={x.status === 'retired' ? 'bank__retired' : undefined}>
                  <span>{localized(x.text, i18n.language)}</span>
                  {x.status === 'retired' && <span className="badge">{t('forms.ui.statuses.retired')}</span>}
                  <span className="bank__actions">
                    <Button variant="link" onClick={() => setEditing(x.id)}>
                      {t('ui.common.edit')}
                    </Button>
                    <RetireButton status={x.status} onClick={() => setStatus.mutate(x)} />
                  </span>
                </li>
              ),
            )}
          </ul>
          {editing === `new-${c.category}` ? (
            <TextPairForm
              initial={{ ja: '' }}
              max={QUESTION_TEXT_MAX}
              save={(text) => api('/questions', { method: 'POST', body: { category: c.category, text } })}
              onDone={() => {
                setEditing(null);
                refresh();
              }}
            />
          ) : (
            <Button onClick={() => setEditing(`new-${c.category}`)}>{t('forms.ui.addQuestion')}</Button>
          )}
        </section>
      ))}
    </>
  );
}

type Pair = { ja: string; en?: string };

/** Japanese and English text of one question, saved together. */
function TextPairForm({
  initial,
  max,
  save,
  onDone,
}: {
  initial: Pair;
  max: number;
  save: (t: Pair) => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [ja, setJa] = useState(initial.ja);
  const [en, setEn] = useState(initial.en ?? '');
  const m = useMutation({ mutationFn: () => save({ ja, en: en || undefined }), onSuccess: onDone });
  const errors = fieldErrors(m.error);
  return (
    <Form className="inline-form" onSubmit={() => m.mutate()} busy={m.isPending} error={m.error}>
      <TextField label={t('forms.ui.textJa')} required maxLength={max} value={ja} onChange={setJa} error={errors['text.ja']} />
      <TextField label={t('forms.ui.textEn')} maxLength={max} value={en} onChange={setEn} error={errors['text.en']} />
      {m.error && !Object.keys(errors).length && <Alert kind="error">{m.error.message}</Alert>}
      <div className="actions actions--inline">
        <Button onClick={onDone}>{t('ui.common.cancel')}</Button>
        <Button type="submit" variant="primary" busy={m.isPending}>
          {t('ui.common.save')}
        </Button>
      </div>
    </Form>
  );
}

function Themes() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['themes', 'all'], queryFn: () => api<Schemas['InterviewThemeList']>('/themes?includeRetired=true') });
  const [title, setTitle] = useState('');
  const [desc, setDesc] = useState('');
  const refresh = () => void qc.invalidateQueries({ queryKey: ['themes'] });
  const add = useMutation({
    mutationFn: () => api('/themes', { method: 'POST', body: { title: { ja: title }, description: { ja: desc } } }),
    onSuccess: () => {
      setTitle('');
      setDesc('');
      refresh();
    },
  });
  const toggle = useMutation({
    mutationFn: (x: Theme) => api(`/themes/${x.id}`, { method: 'PATCH', body: { status: x.status === 'active' ? 'retired' : 'active' } }),
    onSuccess: refresh,
  });
  const errors = fieldErrors(add.error);
  if (q.error) return <Alert kind="error">{q.error.message}</Alert>;
  if (!q.data) return <Loading />;
  return (
    <section className="card" aria-labelledby="themes-h">
      <h2 id="themes-h">{t('forms.ui.themesTab')}</h2>
      <ul className="bank">
        {q.data.items.map((x) => (
          <li key={x.id} className={x.status === 'retired' ? 'bank__retired' : undefined}>
            <span>
              <strong>{localized(x.title, i18n.language)}</strong>
              <span className="muted"> — {localized(x.description, i18n.language)}</span>
            </span>
            <span className="bank__actions">
              <RetireButton status={x.status} onClick={() => toggle.mutate(x)} />
            </span>
          </li>
        ))}
      </ul>
      <Form className="inline-form" onSubmit={() => add.mutate()} busy={add.isPending} error={add.error}>
        <TextField
          label={t('forms.ui.themeTitle')}
          required
          maxLength={THEME_TITLE_MAX}
          value={title}
          onChange={setTitle}
          error={errors['title.ja']}
        />
        <TextField
          label={t('forms.ui.themeDescription')}
          maxLength={THEME_DESCRIPTION_MAX}
          value={desc}
          onChange={setDesc}
          error={errors['description.ja']}
        />
        <div className="actions actions--inline">
          <Button type="submit" busy={add.isPending}>
            {t('forms.ui.addTheme')}
          </Button>
        </div>
      </Form>
    </section>
  );
}

/** 「使用を停止」 for an item in use, 「使用を再開」 for a retired one. */
function RetireButton({ status, onClick }: { status: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="link" onClick={onClick}>
      {status === 'active' ? t('forms.ui.retire') : t('forms.ui.restore')}
    </Button>
  );
}
