import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localized } from '../../../domain/forms/definition';
import { api } from '../../api';
import type { Schemas } from '../../api-contract';
import type { Round } from './types';

type Forms = Schemas['RoundForms'];
type Ref = Forms['sheet'];

/** The round page's rows for its sheet and survey: which template, which version, and whether edits reach it. */
export function RoundFormsRows({ round }: { round: Round }) {
  const { t } = useTranslation();
  // Keyed by status: launching pins the versions, so the answer changes with it.
  const q = useQuery({ queryKey: ['round-forms', round.id, round.status], queryFn: () => api<Forms>(`/rounds/${round.id}/forms`) });
  if (!q.data) return null;
  return (
    <>
      <FormRow label={t('forms.kinds.sheet')} form={q.data.sheet} />
      <FormRow label={t('forms.kinds.survey')} form={q.data.survey} />
    </>
  );
}

function FormRow({ label, form }: { label: string; form: Ref }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="dl__row">
      <dt>{label}</dt>
      <dd>
        {form ? (
          <>
            <Link to={`/templates/${form.templateId}`}>{localized(form.name, i18n.language)}</Link>{' '}
            {t('rounds.ui.formVersion', { n: form.version })}
            <span className="hint block">
              {!form.pinned
                ? t('rounds.ui.formDraft')
                : form.latestVersion > form.version
                  ? t('rounds.ui.formPinnedOlder', { latest: form.latestVersion })
                  : t('rounds.ui.formPinned')}
            </span>
          </>
        ) : (
          t('rounds.ui.noTemplate')
        )}
      </dd>
    </div>
  );
}
