import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../domain/shared/format';
import { SelectField, TextField } from '../../components/forms';
import { currentLocale } from '../../i18n';
import type { SharedFields } from './types';

const RHYTHMS = ['none', 'weekly', 'biweekly', 'monthly', 'quarterly'] as const;

/** The next interview and the follow-up rhythm (e.g. monthly), agreed at the end of the interview. */
export function NextMeeting({
  values,
  onChange,
}: {
  values: Pick<SharedFields, 'nextInterviewOn' | 'followRhythm'>;
  onChange?: (k: 'nextInterviewOn' | 'followRhythm', v: string | null) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <section className="card" aria-labelledby="next-title">
      <h2 id="next-title">{t('record.ui.next.title')}</h2>
      {onChange ? (
        <div className="form-grid">
          <TextField
            label={t('record.ui.next.date')}
            type="date"
            value={values.nextInterviewOn ?? ''}
            onChange={(v) => onChange('nextInterviewOn', v || null)}
          />
          <SelectField
            label={t('record.ui.next.rhythm')}
            value={values.followRhythm}
            options={RHYTHMS.map((r) => ({ value: r, label: t(`record.rhythm.${r}`) }))}
            onChange={(v) => onChange('followRhythm', v)}
          />
        </div>
      ) : (
        <dl className="dl">
          <div className="dl__row">
            <dt>{t('record.ui.next.date')}</dt>
            <dd>{values.nextInterviewOn ? formatDate(values.nextInterviewOn, locale) : t('record.ui.notWritten')}</dd>
          </div>
          <div className="dl__row">
            <dt>{t('record.ui.next.rhythm')}</dt>
            <dd>{t(`record.rhythm.${values.followRhythm}`)}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
