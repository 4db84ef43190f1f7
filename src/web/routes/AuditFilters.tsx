import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  AUDIT_GROUPS,
  auditActionKey,
  auditEntityKey,
  auditGroup,
  auditGroupKey,
} from '../../domain/audit/actions';
import { LIMITS } from '../../domain/directory/schemas';
import { Button, FieldShell, Form, SelectField, TextField } from '../components/forms';

export const AUDIT_FILTERS = ['q', 'action', 'entityType', 'from', 'to'] as const;
export type AuditFilterValues = Record<(typeof AUDIT_FILTERS)[number], string>;
export const NO_FILTERS: AuditFilterValues = { q: '', action: '', entityType: '', from: '', to: '' };

type Props = {
  form: AuditFilterValues;
  errors: Record<string, string>;
  onChange: (f: AuditFilterValues) => void;
  onApply: (f: AuditFilterValues) => void;
};

/** The audit log's filters: every action the code writes, grouped as the catalog groups them (domain/audit/actions.ts). */
export function AuditFilters({ form, errors, onChange, onApply }: Props) {
  const { t } = useTranslation();
  const bind = (k: keyof AuditFilterValues) => ({ value: form[k], onChange: (v: string) => onChange({ ...form, [k]: v }) });
  const entityOptions = [
    { value: '', label: t('audit.filters.allTypes') },
    ...AUDIT_ENTITY_TYPES.map((e) => ({ value: e, label: t(auditEntityKey(e)) })),
  ];
  return (
    <Form className="filters" role="search" aria-label={t('ui.audit.filters')} onSubmit={() => onApply(form)}>
      <TextField label={t('ui.audit.q')} type="search" maxLength={LIMITS.search} error={errors.q} {...bind('q')} />
      <ActionSelect error={errors.action} {...bind('action')} />
      <SelectField label={t('audit.filters.entityType')} options={entityOptions} error={errors.entityType} {...bind('entityType')} />
      <fieldset className="period">
        <legend>{t('ui.audit.period')}</legend>
        <TextField label={t('ui.audit.from')} type="date" error={errors.from} {...bind('from')} />
        <span aria-hidden="true">〜</span>
        <TextField label={t('ui.audit.to')} type="date" error={errors.to} {...bind('to')} />
      </fieldset>
      <div className="filters__buttons">
        <Button type="submit" variant="primary">
          {t('ui.audit.apply')}
        </Button>
        <Button
          onClick={() => {
            onChange(NO_FILTERS);
            onApply(NO_FILTERS);
          }}
        >
          {t('ui.audit.clear')}
        </Button>
      </div>
    </Form>
  );
}

/** One option group per catalog group: 「ログイン・パスワード(すべて)」 (the API filters by prefix), then each action. */
function ActionSelect({ value, onChange, error }: { value: string; onChange: (v: string) => void; error?: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <FieldShell id={id} label={t('ui.audit.action')} error={error}>
      {(describedBy) => (
        <select
          id={id}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.target.value)}
        >
          <option value="">{t('ui.audit.allActions')}</option>
          {AUDIT_GROUPS.map((g) => (
            <optgroup key={g} label={t(auditGroupKey(g))}>
              <option value={`${g}.`}>{t('ui.audit.group', { name: t(auditGroupKey(g)) })}</option>
              {AUDIT_ACTIONS.filter((a) => auditGroup(a) === g).map((a) => (
                <option key={a} value={a}>
                  {t(auditActionKey(a))}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
