import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../../api-contract';
import { Alert } from '../../components/forms';

type Template = Schemas['TemplateDetail'];

/**
 * Which rounds use the template and what saving does to them, said plainly: a running round keeps the version it
 * was launched with; the edit is for rounds launched later (forms/templates.ts).
 */
export function TemplateUsage({ template }: { template: Template }) {
  const { t } = useTranslation();
  if (template.rounds.length === 0) return null;
  const running = template.rounds.some((r) => r.status !== 'draft');
  const drafts = template.rounds.some((r) => r.status === 'draft');
  return (
    <Alert kind="info">
      {running && (
        <>
          <p>
            <strong>{t('forms.ui.usage.runningTitle')}</strong>
          </p>
          <p>{t('forms.ui.usage.runningBody', { n: template.locked ? template.version + 1 : template.version })}</p>
        </>
      )}
      {drafts && <p>{t('forms.ui.usage.draftBody')}</p>}
      <ul aria-label={t('forms.ui.usage.title')}>
        {template.rounds.map((r) => (
          <li key={r.id}>
            <Link to={`/rounds/${r.id}`}>{r.name}</Link>{' '}
            <span className="muted">
              {r.status === 'draft' || r.version === null ? t('forms.ui.usage.draft') : t('forms.ui.usage.running', { version: r.version })}
            </span>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
