import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldDef, FORM_LIMITS, type FormDefinition, GOAL_TERMS, type GoalsValue, localized } from '../../domain/forms/definition';
import type { Answer, Answers } from './autosave';
import { Button, TextAreaField, TextField } from './forms';
import { HiddenAnswer } from './HiddenAnswer';
import { isImeEnter } from './ime';

type Props = {
  definition: FormDefinition;
  values: Answers;
  onChange?: (fieldId: string, answer: Answer) => void;
  readOnly: boolean;
  errors?: Record<string, string>;
  /** The employee may mark answers 「人事のみ」. */
  canMarkHrOnly?: boolean;
  /** Skill names to suggest in skill fields (from the inventory). */
  skillSuggestions?: string[];
  /** Fields answered 「人事のみ」 that the reader may not see: said so instead of an empty box. */
  hidden?: readonly string[];
  /** Something of the page's own shown at the top of a section, by section id (the hearing's picked person). */
  sectionTop?: Record<string, ReactNode>;
};

/** A sheet or survey: editable for the employee, read-only (same layout) for interviewer and HR. */
export function FormFiller({
  definition,
  values,
  onChange,
  readOnly,
  errors = {},
  canMarkHrOnly,
  skillSuggestions = [],
  hidden = [],
  sectionTop = {},
}: Props) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <div className="form-filler">
      {definition.sections.map((s) => (
        <section key={s.id} className="card form-section" aria-labelledby={`sec-${s.id}`}>
          <h2 id={`sec-${s.id}`}>{localized(s.title, lang)}</h2>
          {s.description?.ja && <p className="hint">{localized(s.description, lang)}</p>}
          {sectionTop[s.id]}
          {s.fields.map((f) =>
            hidden.includes(f.id) ? (
              <HiddenAnswer key={f.id} field={f} />
            ) : (
              <FieldRow
                key={f.id}
                field={f}
                answer={values[f.id]}
                readOnly={readOnly}
                error={errors[`answers.${f.id}`]}
                canMarkHrOnly={!!canMarkHrOnly}
                skillSuggestions={skillSuggestions}
                onChange={(a) => onChange?.(f.id, a)}
              />
            ),
          )}
        </section>
      ))}
    </div>
  );
}

type RowProps = {
  field: FieldDef;
  answer: Answer | undefined;
  readOnly: boolean;
  error?: string;
  canMarkHrOnly: boolean;
  skillSuggestions: string[];
  onChange: (a: Answer) => void;
};

function FieldRow({ field, answer, readOnly, error, canMarkHrOnly, skillSuggestions, onChange }: RowProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const hrOnly = !!answer?.hrOnly;
  const set = (value: unknown) => onChange({ value, hrOnly });
  const label = localized(field.label, lang);
  const hint = field.help?.ja ? localized(field.help, lang) : undefined;
  return (
    <div className={`answer${hrOnly ? ' answer--hr-only' : ''}`} data-field={field.id}>
      <FieldControl
        field={field}
        value={answer?.value}
        label={label}
        hint={hint}
        error={error}
        readOnly={readOnly}
        set={set}
        suggestions={skillSuggestions}
      />
      {hrOnly && readOnly && <span className="badge badge--hr-only">{t('prep.ui.hrOnlyBadge')}</span>}
      {canMarkHrOnly && !readOnly && (
        <label className="check check--small">
          <input type="checkbox" checked={hrOnly} onChange={(e) => onChange({ value: answer?.value ?? null, hrOnly: e.target.checked })} />
          {t('prep.ui.hrOnly')}
        </label>
      )}
    </div>
  );
}

type ControlProps = {
  field: FieldDef;
  value: unknown;
  label: string;
  hint?: string;
  error?: string;
  readOnly: boolean;
  set: (v: unknown) => void;
  suggestions: string[];
};

function FieldControl({ field, value, label, hint, error, readOnly, set, suggestions }: ControlProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const str = typeof value === 'string' ? value : '';
  switch (field.type) {
    case 'shortText':
      return (
        <TextField
          label={label}
          hint={hint}
          error={error}
          required={field.required}
          readOnly={readOnly}
          maxLength={FORM_LIMITS.shortText}
          value={str}
          onChange={set}
        />
      );
    case 'longText':
      return (
        <TextAreaField
          label={label}
          hint={hint}
          error={error}
          required={field.required}
          readOnly={readOnly}
          maxLength={FORM_LIMITS.longText}
          value={str}
          onChange={set}
        />
      );
    case 'date':
      return (
        <TextField
          label={label}
          hint={hint}
          error={error}
          required={field.required}
          readOnly={readOnly}
          type="date"
          value={str}
          onChange={(v) => set(v || null)}
        />
      );
    case 'scale': {
      const opts = [1, 2, 3, 4, 5].map((n) => ({ id: String(n), text: String(n) }));
      const ends = field.scaleLabels
        ? `${localized(field.scaleLabels.min, lang)} ← → ${localized(field.scaleLabels.max, lang)}`
        : undefined;
      return (
        <Choices
          label={label}
          hint={[hint, ends].filter(Boolean).join(' ') || undefined}
          error={error}
          required={field.required}
          className="choices--scale"
        >
          {opts.map((o) => (
            <label key={o.id} className="check">
              <input type="radio" name={field.id} disabled={readOnly} checked={value === Number(o.id)} onChange={() => set(Number(o.id))} />
              {o.text}
            </label>
          ))}
        </Choices>
      );
    }
    case 'single':
      return (
        <Choices label={label} hint={hint} error={error} required={field.required}>
          {(field.options ?? []).map((o) => (
            <label key={o.id} className="check">
              <input type="radio" name={field.id} disabled={readOnly} checked={value === o.id} onChange={() => set(o.id)} />
              {localized(o.label, lang)}
            </label>
          ))}
        </Choices>
      );
    case 'multi': {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return (
        <Choices label={label} hint={hint} error={error} required={field.required}>
          {(field.options ?? []).map((o) => (
            <label key={o.id} className="check">
              <input
                type="checkbox"
                disabled={readOnly}
                checked={chosen.includes(o.id)}
                onChange={(e) => set(e.target.checked ? [...chosen, o.id] : chosen.filter((x) => x !== o.id))}
              />
              {localized(o.label, lang)}
            </label>
          ))}
        </Choices>
      );
    }
    case 'goals': {
      const g: GoalsValue = value && typeof value === 'object' ? (value as GoalsValue) : { short: '', mid: '', long: '' };
      return (
        <Choices label={label} hint={hint} error={error} required={field.required}>
          {GOAL_TERMS.map((term) => (
            <TextAreaField
              key={term}
              label={t(`forms.goalTerms.${term}`)}
              readOnly={readOnly}
              rows={2}
              maxLength={FORM_LIMITS.longText}
              value={g[term] ?? ''}
              onChange={(v) => set({ ...g, [term]: v })}
            />
          ))}
        </Choices>
      );
    }
    case 'skills':
      return (
        <SkillsControl
          label={label}
          hint={hint}
          error={error}
          required={field.required}
          readOnly={readOnly}
          value={Array.isArray(value) ? (value as string[]) : []}
          set={set}
          suggestions={suggestions}
        />
      );
  }
}

function Choices({
  label,
  hint,
  error,
  required,
  className,
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset
      className={`field choices ${className ?? ''}${error ? ' field--invalid' : ''}`}
      aria-describedby={[hint && `${id}-h`, error && `${id}-e`].filter(Boolean).join(' ') || undefined}
    >
      <legend>
        {label}
        {required && <span className="req">{t('ui.common.required')}</span>}
      </legend>
      {hint && (
        <p id={`${id}-h`} className="hint">
          {hint}
        </p>
      )}
      <div className="choices__items">{children}</div>
      {error && (
        <p id={`${id}-e`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

type SkillsProps = {
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  readOnly: boolean;
  value: string[];
  set: (v: string[]) => void;
  suggestions: string[];
};

/** Skill tags: type and press 「追加」 or Enter (an Enter that confirms an IME conversion adds nothing). */
function SkillsControl({ label, hint, error, required, readOnly, value, set, suggestions }: SkillsProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const listId = useId();
  const add = () => {
    const name = text.trim();
    if (!name || value.some((v) => v.toLowerCase() === name.toLowerCase()) || value.length >= FORM_LIMITS.skills) return;
    set([...value, name.slice(0, FORM_LIMITS.skillName)]);
    setText('');
  };
  return (
    <Choices label={label} hint={hint} error={error} required={required}>
      <ul className="tags" aria-label={label}>
        {value.length === 0 && readOnly && <li className="muted">{t('prep.ui.noAnswer')}</li>}
        {value.map((v) => (
          <li key={v} className="tag">
            {v}
            {!readOnly && (
              <Button variant="link" aria-label={t('prep.ui.removeSkill', { name: v })} onClick={() => set(value.filter((x) => x !== v))}>
                ×
              </Button>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <div className="tag-input">
          <input
            type="text"
            aria-label={t('prep.ui.addSkillLabel')}
            list={listId}
            maxLength={FORM_LIMITS.skillName}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' || isImeEnter(e)) return;
              e.preventDefault();
              add();
            }}
          />
          <datalist id={listId}>
            {suggestions.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          <Button onClick={add}>{t('ui.common.add')}</Button>
        </div>
      )}
    </Choices>
  );
}
