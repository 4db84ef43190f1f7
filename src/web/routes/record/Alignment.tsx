import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../components/forms';
import type { SharedFields } from './types';

const ROWS = [
  ['alignmentWish', 'wish'],
  ['alignmentPolicy', 'policy'],
  ['alignmentGrowth', 'growth'],
  ['alignmentDirection', 'direction'],
] as const;

type Props = { values: Pick<SharedFields, (typeof ROWS)[number][0]>; onChange?: (k: (typeof ROWS)[number][0], v: string) => void };

/** すり合わせ: the employee's wish, the organisation's policy and needs, growth opportunity, agreed direction. */
export function AlignmentTable({ values, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <section className="card alignment" aria-labelledby="alignment-title">
      <h2 id="alignment-title">{t('record.ui.alignment.title')}</h2>
      <p className="hint">{t('record.ui.alignment.hint')}</p>
      {onChange ? (
        <div className="alignment__grid">
          {ROWS.map(([k, key]) => (
            <TextAreaField
              key={k}
              label={t(`record.alignment.${key}`)}
              hint={t(`record.alignment.${key}Hint`)}
              value={values[k]}
              maxLength={2000}
              rows={3}
              onChange={(v) => onChange(k, v)}
            />
          ))}
        </div>
      ) : (
        <dl className="dl">
          {ROWS.map(([k, key]) => (
            <div className="dl__row" key={k}>
              <dt>{t(`record.alignment.${key}`)}</dt>
              <dd className="pre-line">{values[k] || <span className="muted">{t('record.ui.notWritten')}</span>}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
