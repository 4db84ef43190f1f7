import { useTranslation } from 'react-i18next';
import { type AnswerValue, localized } from '../../../domain/forms/definition';
import { formatDate, formatName } from '../../../domain/shared/format';
import type { Schemas } from '../../api-contract';
import { currentLocale } from '../../i18n';
import { AnswerText } from '../prep/PrintPage';

type Item = Schemas['DataExportInterview'];
type Form = Schemas['FormView'];

const ALIGN = [
  ['alignmentWish', 'wish'],
  ['alignmentPolicy', 'policy'],
  ['alignmentGrowth', 'growth'],
  ['alignmentDirection', 'direction'],
] as const;

function FormPart({ form, title }: { form: Form; title: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="my-data__part">
      <h4>
        {title}
        {form.status === 'notStarted' && `(${t('rights.print.notStarted')})`}
      </h4>
      {form.status !== 'notStarted' &&
        form.definition.sections.flatMap((s) =>
          // Only what was answered: a disclosure lists the person's data, not the template's empty boxes.
          s.fields.flatMap((field) => {
            const a = form.answers[field.id];
            if (!a) return [];
            return (
              <div key={field.id} className="print-answer">
                <h5>
                  {localized(field.label, i18n.language)}
                  {a?.hrOnly && <span className="badge badge--hr-only">{t('rights.print.hrOnly')}</span>}
                </h5>
                <AnswerText field={field} value={a.value as AnswerValue} />
              </div>
            );
          }),
        )}
    </div>
  );
}

/** One interview of the person's data: the sheet, survey and record as the reader's own screens show them. */
export function ExportInterview({ x }: { x: Item }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { interview: i, record: r } = x;
  return (
    <section className="my-data__interview">
      <h3>
        {i.round.name}({formatDate(i.round.periodStart, locale)}〜{formatDate(i.round.periodEnd, locale)})
      </h3>
      <p>
        {t('rights.print.status')}: {t(`record.interviewStatus.${i.status}`)} / {t('rights.print.interviewer')}:{' '}
        {i.interviewer ? formatName(i.interviewer) : '—'}
      </p>
      {x.sheet && <FormPart form={x.sheet} title={t('rights.print.sheet')} />}
      {x.survey && <FormPart form={x.survey} title={t('rights.print.survey')} />}
      {r && (
        <div className="my-data__part">
          <h4>{t('rights.print.record')}</h4>
          {r.shared && (
            <dl className="print-meta">
              {ALIGN.map(([k, key]) => (
                <div key={k}>
                  <dt>{t(`rights.print.${key}`)}</dt>
                  <dd className="pre-line">{r.shared![k] || '—'}</dd>
                </div>
              ))}
            </dl>
          )}
          {r.notes.length > 0 && (
            <>
              <h5>{t('rights.print.notes')}</h5>
              <ul>
                {r.notes.map((n) => (
                  <li key={n.id} className="pre-line">
                    {n.body}({t(`record.visibility.${n.visibility}`)})
                  </li>
                ))}
              </ul>
            </>
          )}
          {r.plan && r.plan.items.length > 0 && (
            <>
              <h5>{t('rights.print.plan')}</h5>
              <ul>
                {r.plan.items.map((it) => (
                  <li key={it.id}>
                    {it.what} — {t(`record.owner.${it.owner}`)} / {t(`record.status.${it.status}`)}
                    {it.dueOn && ` / ${t('rights.print.due', { due: formatDate(it.dueOn, locale) })}`}
                  </li>
                ))}
              </ul>
            </>
          )}
          {r.followUps.length > 0 && (
            <>
              <h5>{t('rights.print.followUps')}</h5>
              <ul>
                {r.followUps.map((f) => (
                  <li key={f.id} className="pre-line">
                    {formatDate(f.heldOn, locale)} {f.note}
                  </li>
                ))}
              </ul>
            </>
          )}
          {r.rating && (
            <p>
              {t('rights.print.rating')}: {r.rating.rating} / 5 {r.rating.comment}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
