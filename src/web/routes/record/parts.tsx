import { useTranslation } from 'react-i18next';
import { localized } from '../../../domain/forms/definition';
import { formatDate } from '../../../domain/shared/format';
import { Alert, Button } from '../../components/forms';
import { currentLocale } from '../../i18n';
import type { Reason, Visibility } from './types';
import type { RecordEditor } from './useRecordEditor';
import { companyToday } from '../../../domain/shared/calendar';

export function VisibilityBadge({ v }: { v: Visibility }) {
  const { t } = useTranslation();
  return <span className={`badge badge--vis-${v}`}>{t(`record.visibility.${v}`)}</span>;
}

export function ItemStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`badge badge--item-${status}`}>{t(`record.status.${status}`)}</span>;
}

/** Why a question was suggested, in words: the rule and the answer (or the overdue item) behind it. */
export function ReasonText({ reason }: { reason: Reason }) {
  const { t } = useTranslation();
  if (reason.kind === 'overdue')
    return <>{t('record.reason.overdue', { item: reason.item, due: formatDate(reason.dueOn, currentLocale()) })}</>;
  return <>{t(`record.reason.${reason.kind}`, { ...reason, source: t(`record.source.${reason.source}`) })}</>;
}

export const isOverdue = (dueOn: string | null, status: string, today = companyToday()) =>
  !!dueOn && dueOn < today && (status === 'open' || status === 'inProgress');

/** The seed's points for the interviewer, at hand on every interview screen. */
export function Guidance() {
  const { t } = useTranslation();
  return (
    <section className="card card--quiet guidance-card" aria-labelledby="guidance-title">
      <h2 id="guidance-title">{t('record.ui.guidance.title')}</h2>
      <ul>
        <li>{t('record.ui.guidance.listen')}</li>
        <li>{t('record.ui.guidance.noInterrupt')}</li>
        <li>{t('record.ui.guidance.empathize')}</li>
        <li>{t('record.ui.guidance.nods')}</li>
        <li>{t('record.ui.guidance.strengths')}</li>
        <li>{t('record.ui.guidance.continuity')}</li>
        <li>{t('record.ui.guidance.support')}</li>
      </ul>
    </section>
  );
}

const fieldLabel = (t: (k: string) => string, k: string) => t(`record.ui.fields.${k}`);

/** A 409 on a record field: both versions side by side and the choice, so nothing is overwritten silently. */
export function ConflictNotice({ editor }: { editor: RecordEditor }) {
  const { t } = useTranslation();
  const c = editor.conflict;
  if (!c) return null;
  const show = (v: unknown) => (Array.isArray(v) ? v.map((a: { label: string }) => a.label).join(' / ') : v == null ? '' : String(v));
  return (
    <div className="conflict" role="alert">
      <Alert kind="error">{c.message}</Alert>
      <dl className="dl">
        {c.fields.map((k) => (
          <div className="dl__row" key={k}>
            <dt>{fieldLabel(t, k)}</dt>
            <dd>
              <p className="muted">{t('record.ui.conflict.theirs')}</p>
              <p className="pre-line">{show(c.server[k]) || t('record.ui.conflict.empty')}</p>
              <p className="muted">{t('record.ui.conflict.mine')}</p>
              <p className="pre-line">{show(editor.values[k]) || t('record.ui.conflict.empty')}</p>
            </dd>
          </div>
        ))}
      </dl>
      <div className="actions actions--inline">
        <Button variant="primary" onClick={editor.keepMine}>
          {t('record.ui.conflict.keepMine')}
        </Button>
        <Button onClick={editor.takeTheirs}>{t('record.ui.conflict.takeTheirs')}</Button>
      </div>
    </div>
  );
}

export const questionText = (q: { text: { ja: string; en?: string } }, lang: string) => localized(q.text, lang);
