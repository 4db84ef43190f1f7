import { useTranslation } from 'react-i18next';
import { type AnswerValue, localized } from '../../../domain/forms/definition';
import { formatDate, formatName } from '../../../domain/shared/format';
import type { Schemas } from '../../api-contract';
import { currentLocale } from '../../i18n';
import { AnswerText } from '../prep/PrintPage';
import { performerLabel } from '../hiring/performer';

type Sheet = Schemas['HearingSheetExport'];

/** One hearing sheet as its page shows it: role, due date, status, whom it names, and only what was answered. */
function SheetPart({ s, by }: { s: Sheet; by: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  return (
    <div className="my-data__interview">
      <h3>{s.role.name}</h3>
      <p>
        {t('rights.print.status')}: {t(`hiring.ui.detail.states.${s.status}`)}
        {s.dueOn && ` / ${t('rights.print.due', { due: formatDate(s.dueOn, locale) })}`}
        {by && ` / ${t('rights.print.hearingBy')}: ${formatName(s.manager)}`}
      </p>
      <p>
        {t('hiring.ui.sheet.performer')}: {performerLabel(t, s.performer) || t('hiring.ui.sheet.performerNone')}
      </p>
      {s.definition.sections.flatMap((sec) =>
        sec.fields.flatMap((field) => {
          const a = s.answers[field.id];
          if (!a) return [];
          return (
            <div key={field.id} className="print-answer">
              <h5>{localized(field.label, i18n.language)}</h5>
              <AnswerText field={field} value={a.value as AnswerValue} />
            </div>
          );
        }),
      )}
    </div>
  );
}

/** The hiring-criteria hearings of the person's data (decision 0022): the sheets they wrote, and those naming them. */
export function HearingsPrint({ hearings }: { hearings: Schemas['DataExport']['hearings'] }) {
  const { t } = useTranslation();
  return (
    <>
      <section className="print-section" aria-labelledby="md-hearings">
        <h2 id="md-hearings">{t('rights.print.hearings')}</h2>
        {hearings.written.length === 0 && <p>{t('rights.print.none')}</p>}
        {hearings.written.map((s) => (
          <SheetPart key={s.id} s={s} by={false} />
        ))}
      </section>
      {/* Only in HR's export (written about the person for HR); the person's own download has none. */}
      {hearings.named.length > 0 && (
        <section className="print-section" aria-labelledby="md-hearings-named">
          <h2 id="md-hearings-named">{t('rights.print.hearingsNamed')}</h2>
          {hearings.named.map((s) => (
            <SheetPart key={s.id} s={s} by />
          ))}
        </section>
      )}
    </>
  );
}
