import { useTranslation } from 'react-i18next';
import { FIELD_TYPES, type FieldDef, FORM_LIMITS, type FormDefinition, type SectionDef } from '../../../domain/forms/definition';
import { Button, SelectField, TextField } from '../../components/forms';

const newId = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

export const newField = (): FieldDef => ({ id: newId('f'), type: 'shortText', label: { ja: '' }, required: false });
export const newSection = (): SectionDef => ({ id: newId('s'), title: { ja: '' }, fields: [newField()] });

function move<T>(list: T[], i: number, by: -1 | 1): T[] {
  const j = i + by;
  if (j < 0 || j >= list.length) return list;
  const out = [...list];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

type Props = {
  definition: FormDefinition;
  onChange: (d: FormDefinition) => void;
  errors: Record<string, string>;
  /** Also the English texts and the field ids: off by default, HR writes the Japanese form. */
  advanced: boolean;
};

/** The template builder: sections of fields, each with its type, labels (ja, and en when advanced), required and options. */
export function Builder({ definition, onChange, errors, advanced }: Props) {
  const { t } = useTranslation();
  const sections = definition.sections;
  const setSection = (i: number, s: SectionDef) => onChange({ sections: sections.map((x, j) => (j === i ? s : x)) });
  return (
    <div className="builder">
      {sections.map((s, si) => (
        <section key={s.id} className="card builder__section" aria-label={t('forms.ui.sectionN', { n: si + 1 })}>
          <div className="builder__head">
            <h2>{t('forms.ui.sectionN', { n: si + 1 })}</h2>
            <div className="actions actions--inline">
              <Button variant="link" disabled={si === 0} onClick={() => onChange({ sections: move(sections, si, -1) })}>
                {t('forms.ui.up')}
              </Button>
              <Button variant="link" disabled={si === sections.length - 1} onClick={() => onChange({ sections: move(sections, si, 1) })}>
                {t('forms.ui.down')}
              </Button>
              <Button
                variant="link"
                disabled={sections.length === 1}
                onClick={() => onChange({ sections: sections.filter((_, j) => j !== si) })}
              >
                {t('forms.ui.removeSection')}
              </Button>
            </div>
          </div>
          <div className="form-grid">
            <TextField
              label={t('forms.ui.titleJa')}
              required
              maxLength={FORM_LIMITS.label}
              value={s.title.ja}
              error={errors[`definition.sections.${si}.title.ja`]}
              onChange={(ja) => setSection(si, { ...s, title: { ...s.title, ja } })}
            />
            {advanced && (
              <TextField
                label={t('forms.ui.titleEn')}
                maxLength={FORM_LIMITS.label}
                value={s.title.en ?? ''}
                onChange={(en) => setSection(si, { ...s, title: { ...s.title, en } })}
              />
            )}
            <TextField
              label={t('forms.ui.descriptionJa')}
              maxLength={FORM_LIMITS.help}
              value={s.description?.ja ?? ''}
              onChange={(ja) => setSection(si, { ...s, description: { ...s.description, ja } })}
            />
            {advanced && (
              <TextField
                label={t('forms.ui.descriptionEn')}
                maxLength={FORM_LIMITS.help}
                value={s.description?.en ?? ''}
                onChange={(en) => setSection(si, { ...s, description: { ja: s.description?.ja ?? '', en } })}
              />
            )}
          </div>
          {s.fields.map((f, fi) => (
            <FieldEditor
              key={f.id}
              field={f}
              n={fi + 1}
              errors={errors}
              advanced={advanced}
              path={`definition.sections.${si}.fields.${fi}`}
              onChange={(nf) => setSection(si, { ...s, fields: s.fields.map((x, j) => (j === fi ? nf : x)) })}
              onMove={(by) => setSection(si, { ...s, fields: move(s.fields, fi, by) })}
              onRemove={s.fields.length > 1 ? () => setSection(si, { ...s, fields: s.fields.filter((_, j) => j !== fi) }) : undefined}
            />
          ))}
          {s.fields.length < FORM_LIMITS.fieldsPerSection && (
            <Button onClick={() => setSection(si, { ...s, fields: [...s.fields, newField()] })}>{t('forms.ui.addField')}</Button>
          )}
        </section>
      ))}
      {sections.length < FORM_LIMITS.sections && (
        <Button onClick={() => onChange({ sections: [...sections, newSection()] })}>{t('forms.ui.addSection')}</Button>
      )}
    </div>
  );
}

type FieldProps = {
  field: FieldDef;
  n: number;
  path: string;
  errors: Record<string, string>;
  advanced: boolean;
  onChange: (f: FieldDef) => void;
  onMove: (by: -1 | 1) => void;
  onRemove?: () => void;
};

function FieldEditor({ field: f, n, path, errors, advanced, onChange, onMove, onRemove }: FieldProps) {
  const { t } = useTranslation();
  const choice = f.type === 'single' || f.type === 'multi';
  const setType = (type: FieldDef['type']) => {
    const next: FieldDef = { ...f, type };
    if ((type === 'single' || type === 'multi') && !next.options?.length)
      next.options = [
        { id: newId('o'), label: { ja: '' } },
        { id: newId('o'), label: { ja: '' } },
      ];
    if (type !== 'single' && type !== 'multi') delete next.options;
    if (type !== 'scale') delete next.scaleLabels;
    onChange(next);
  };
  const opts = f.options ?? [];
  return (
    <fieldset className="builder__field">
      <legend>{t('forms.ui.fieldN', { n, label: f.label.ja || t('forms.ui.untitled') })}</legend>
      <div className="form-grid">
        <SelectField
          label={t('forms.ui.type')}
          value={f.type}
          options={FIELD_TYPES.map((x) => ({ value: x, label: t(`forms.fieldTypes.${x}`) }))}
          onChange={(v) => setType(v as FieldDef['type'])}
        />
        <label className="check">
          <input type="checkbox" checked={f.required} onChange={(e) => onChange({ ...f, required: e.target.checked })} />
          {t('forms.ui.required')}
        </label>
        <TextField
          label={t('forms.ui.labelJa')}
          required
          maxLength={FORM_LIMITS.label}
          value={f.label.ja}
          error={errors[`${path}.label.ja`]}
          onChange={(ja) => onChange({ ...f, label: { ...f.label, ja } })}
        />
        {advanced && (
          <TextField
            label={t('forms.ui.labelEn')}
            maxLength={FORM_LIMITS.label}
            value={f.label.en ?? ''}
            onChange={(en) => onChange({ ...f, label: { ...f.label, en } })}
          />
        )}
        <TextField
          label={t('forms.ui.helpJa')}
          maxLength={FORM_LIMITS.help}
          value={f.help?.ja ?? ''}
          onChange={(ja) => onChange({ ...f, help: { ...f.help, ja } })}
        />
        {advanced && (
          <TextField
            label={t('forms.ui.fieldId')}
            hint={t('forms.ui.fieldIdHint')}
            maxLength={64}
            value={f.id}
            error={errors[`${path}.id`]}
            onChange={(id) => onChange({ ...f, id })}
          />
        )}
      </div>
      {f.type === 'scale' && (
        <div className="form-grid">
          <TextField
            label={t('forms.ui.scaleMin')}
            maxLength={50}
            value={f.scaleLabels?.min.ja ?? ''}
            onChange={(ja) => onChange({ ...f, scaleLabels: { min: { ja }, max: f.scaleLabels?.max ?? { ja: '' } } })}
          />
          <TextField
            label={t('forms.ui.scaleMax')}
            maxLength={50}
            value={f.scaleLabels?.max.ja ?? ''}
            onChange={(ja) => onChange({ ...f, scaleLabels: { min: f.scaleLabels?.min ?? { ja: '' }, max: { ja } } })}
          />
        </div>
      )}
      {choice && (
        <div className="builder__options">
          <p className="builder__options-title">{t('forms.ui.options')}</p>
          {errors[`${path}.options`] && <p className="field-error">{errors[`${path}.options`]}</p>}
          {opts.map((o, oi) => (
            <div key={o.id} className="row-editor row-editor--options">
              <TextField
                label={t('forms.ui.optionN', { n: oi + 1 })}
                required
                maxLength={FORM_LIMITS.label}
                value={o.label.ja}
                error={errors[`${path}.options.${oi}.label.ja`]}
                onChange={(ja) => onChange({ ...f, options: opts.map((x, j) => (j === oi ? { ...x, label: { ...x.label, ja } } : x)) })}
              />
              {advanced && (
                <TextField
                  label={t('forms.ui.optionEn')}
                  maxLength={FORM_LIMITS.label}
                  value={o.label.en ?? ''}
                  onChange={(en) => onChange({ ...f, options: opts.map((x, j) => (j === oi ? { ...x, label: { ...x.label, en } } : x)) })}
                />
              )}
              <Button
                variant="link"
                disabled={opts.length <= 2}
                onClick={() => onChange({ ...f, options: opts.filter((_, j) => j !== oi) })}
              >
                {t('ui.common.remove')}
              </Button>
            </div>
          ))}
          {opts.length < FORM_LIMITS.options && (
            <Button onClick={() => onChange({ ...f, options: [...opts, { id: newId('o'), label: { ja: '' } }] })}>
              {t('forms.ui.addOption')}
            </Button>
          )}
        </div>
      )}
      <div className="actions actions--inline">
        <Button variant="link" onClick={() => onMove(-1)}>
          {t('forms.ui.up')}
        </Button>
        <Button variant="link" onClick={() => onMove(1)}>
          {t('forms.ui.down')}
        </Button>
        {onRemove && (
          <Button variant="link" onClick={onRemove}>
            {t('forms.ui.removeField')}
          </Button>
        )}
      </div>
    </fieldset>
  );
}
