import { type ComponentProps, type FormHTMLAttributes, type InputHTMLAttributes, type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { isImeEnter } from './ime';

type FormProps = Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> & {
  onSubmit: () => void;
  busy?: boolean;
  /** The last submit's error: when a new one arrives, focus goes to the first invalid field. */
  error?: unknown;
};

/**
 * Every form in the app: Enter that confirms an IME conversion never submits, a second submit
 * while saving is ignored, and the browser's own (untranslated) validation bubbles are off.
 */
export function Form({ onSubmit, busy, error, children, onKeyDown, ...rest }: FormProps) {
  const composing = useRef(false);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!error || !ref.current) return;
    const target = ref.current.querySelector<HTMLElement>('[aria-invalid="true"]');
    target?.focus();
  }, [error]);
  return (
    <form
      ref={ref}
      noValidate
      {...rest}
      onCompositionStart={() => {
        composing.current = true;
      }}
      onCompositionEnd={() => {
        composing.current = false;
      }}
      onKeyDown={(e) => {
        if (e.target instanceof HTMLInputElement && isImeEnter(e)) e.preventDefault();
        onKeyDown?.(e);
      }}
      onSubmit={(e) => {
        e.preventDefault();
        if (composing.current || busy) return;
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}

/** Field errors of a failed request, keyed by API field name. */
export function fieldErrors(err: unknown): Record<string, string> {
  return err instanceof ApiError ? err.fields : {};
}

type FieldShellProps = {
  id: string;
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  children: (describedBy: string | undefined) => ReactNode;
};

/** Label, control, hint and error, wired together with for/id and aria-describedby. */
export function FieldShell({ id, label, error, hint, required, children }: FieldShellProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const errId = error ? `${id}-error` : undefined;
  const describedBy = [errId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="req">{t('ui.common.required')}</span>}
      </label>
      {children(describedBy)}
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
};

export function TextField({ label, value, onChange, error, hint, required, id, ...rest }: TextFieldProps) {
  const auto = useId();
  const fid = id ?? auto;
  return (
    <FieldShell id={fid} label={label} error={error} hint={hint} required={required}>
      {(describedBy) => (
        <input
          id={fid}
          type="text"
          {...rest}
          value={value}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FieldShell>
  );
}

type TextAreaFieldProps = {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  maxLength?: number;
  rows?: number;
  id?: string;
  readOnly?: boolean;
};

/** A multi-line answer: Enter is a new line, never a submit; the count shows how much room is left. */
export function TextAreaField({ label, value, onChange, error, hint, required, maxLength, rows = 4, id, readOnly }: TextAreaFieldProps) {
  const { t } = useTranslation();
  const auto = useId();
  const fid = id ?? auto;
  const count = maxLength ? t('ui.common.charCount', { n: [...value].length, max: maxLength }) : null;
  return (
    <FieldShell id={fid} label={label} error={error} hint={hint} required={required}>
      {(describedBy) => (
        <>
          <textarea
            id={fid}
            value={value}
            rows={rows}
            maxLength={maxLength}
            readOnly={readOnly}
            required={required}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.value)}
          />
          {count && !readOnly && (
            <span className="char-count" aria-hidden="true">
              {count}
            </span>
          )}
        </>
      )}
    </FieldShell>
  );
}

export type Option = { value: string; label: string };

type SelectFieldProps = {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: readonly Option[];
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  id?: string;
  name?: string;
  disabled?: boolean;
};

export function SelectField({ label, value, onChange, options, error, hint, required, id, ...rest }: SelectFieldProps) {
  const auto = useId();
  const fid = id ?? auto;
  return (
    <FieldShell id={fid} label={label} error={error} hint={hint} required={required}>
      {(describedBy) => (
        <select
          id={fid}
          {...rest}
          value={value}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

type ButtonProps = ComponentProps<'button'> & {
  busy?: boolean;
  variant?: 'primary' | 'secondary' | 'danger' | 'link';
};

/** A button that shows it is working and cannot be pressed twice meanwhile. */
export function Button({ busy, variant = 'secondary', children, disabled, className, type = 'button', ...rest }: ButtonProps) {
  const { t } = useTranslation();
  return (
    <button
      type={type}
      {...rest}
      className={`btn btn--${variant}${className ? ` ${className}` : ''}`}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
    >
      {busy ? (
        <>
          <span className="spinner" aria-hidden="true" />
          {t('ui.common.busy')}
        </>
      ) : (
        children
      )}
    </button>
  );
}

type FormActionsProps = { busy?: boolean; disabled?: boolean; label?: ReactNode; children?: ReactNode };

/** The end of every form: the secondary actions (cancel, …) and then the one primary submit. */
export function FormActions({ busy, disabled, label, children }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      {children}
      <Button type="submit" variant="primary" busy={busy} disabled={disabled}>
        {label ?? t('ui.common.save')}
      </Button>
    </div>
  );
}

/** A message box: errors interrupt (role=alert), confirmations are polite (role=status). */
export function Alert({ kind, children }: { kind: 'error' | 'success' | 'info'; children: ReactNode }) {
  return (
    <div className={`alert alert--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/** Tells the person that text they had typed before a reload is back, and lets them drop it. */
export function DraftNotice({ restored, onDiscard }: { restored: boolean; onDiscard: () => void }) {
  const { t } = useTranslation();
  if (!restored) return null;
  return (
    <div className="alert alert--info draft-notice" role="status">
      <span>{t('ui.common.draftRestored')}</span>
      <Button variant="link" onClick={onDiscard}>
        {t('ui.common.discardDraft')}
      </Button>
    </div>
  );
}
