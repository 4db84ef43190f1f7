import { useTranslation } from 'react-i18next';
import { type FieldDef, localized } from '../../domain/forms/definition';

/** An answer the employee shared with HR only, as a reader kept from it sees it: the question, and that it is kept. */
export function HiddenAnswer({ field }: { field: FieldDef }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="answer answer--hidden" data-field={field.id}>
      <p className="answer__label">{localized(field.label, i18n.language)}</p>
      <p className="answer__kept">{t('prep.ui.hrOnlyHidden')}</p>
    </div>
  );
}
