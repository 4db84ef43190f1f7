import { useTranslation } from 'react-i18next';
import { EMAIL_MAX } from '../../domain/auth/limits';
import { LIMITS } from '../../domain/directory/schemas';
import { SelectField, TextField } from '../components/forms';
import { ManagerPicker } from '../components/ManagerPicker';
import type { Draft } from '../components/useDraft';
import { formatName } from '../../domain/shared/format';
import { useDepartments } from '../queries';
import type { EmployeeDetail } from '../types';

/** The form's values: all text, as typed (a draft must keep exactly what the person typed). */
export type EmployeeValues = {
  employeeNumber: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  email: string;
  departmentId: string;
  jobTitle: string;
  grade: string;
  managerId: string;
  managerLabel: string;
  hireDate: string;
  locale: string;
};

export const emptyEmployee: EmployeeValues = {
  employeeNumber: '',
  familyName: '',
  givenName: '',
  familyNameKana: '',
  givenNameKana: '',
  email: '',
  departmentId: '',
  jobTitle: '',
  grade: '',
  managerId: '',
  managerLabel: '',
  hireDate: '',
  locale: 'ja',
};

export function valuesFrom(e: EmployeeDetail): EmployeeValues {
  return {
    employeeNumber: e.employeeNumber,
    familyName: e.familyName,
    givenName: e.givenName,
    familyNameKana: e.familyNameKana ?? '',
    givenNameKana: e.givenNameKana ?? '',
    email: e.email,
    departmentId: e.department?.id ?? '',
    jobTitle: e.jobTitle ?? '',
    grade: e.grade ?? '',
    managerId: e.manager?.id ?? '',
    managerLabel: e.manager ? formatName(e.manager) : '',
    hireDate: e.hireDate ?? '',
    locale: e.locale,
  };
}

/** The API body: empty optional fields are sent as null (cleared), ids and dates likewise. */
export function toBody(v: EmployeeValues) {
  const opt = (s: string) => (s.trim() === '' ? null : s);
  return {
    employeeNumber: v.employeeNumber,
    familyName: v.familyName,
    givenName: v.givenName,
    familyNameKana: opt(v.familyNameKana),
    givenNameKana: opt(v.givenNameKana),
    email: v.email,
    departmentId: opt(v.departmentId),
    jobTitle: opt(v.jobTitle),
    grade: opt(v.grade),
    managerId: opt(v.managerId),
    hireDate: opt(v.hireDate),
    locale: v.locale === 'en' ? 'en' : 'ja',
  };
}

type Props = { form: Draft<EmployeeValues>; errors: Record<string, string>; selfId?: string };

/** The fields of the create and edit forms, with the API's limits as maxLength. */
export function EmployeeFields({ form, errors, selfId }: Props) {
  const { t } = useTranslation();
  const depts = useDepartments();
  const f = (k: keyof EmployeeValues | 'department') => t(`ui.employee.fields.${k}`);
  return (
    <div className="form-grid">
      <TextField
        label={f('employeeNumber')}
        required
        maxLength={LIMITS.employeeNumber}
        autoComplete="off"
        error={errors.employeeNumber}
        hint={t('ui.employee.numberHint')}
        {...form.bind('employeeNumber')}
      />
      <TextField
        label={f('email')}
        required
        type="email"
        maxLength={EMAIL_MAX}
        autoComplete="off"
        error={errors.email}
        {...form.bind('email')}
      />
      <TextField
        label={f('familyName')}
        required
        maxLength={LIMITS.name}
        autoComplete="off"
        error={errors.familyName}
        {...form.bind('familyName')}
      />
      <TextField
        label={f('givenName')}
        required
        maxLength={LIMITS.name}
        autoComplete="off"
        error={errors.givenName}
        {...form.bind('givenName')}
      />
      <TextField
        label={f('familyNameKana')}
        maxLength={LIMITS.kana}
        autoComplete="off"
        error={errors.familyNameKana}
        hint={t('ui.employee.kanaHint')}
        {...form.bind('familyNameKana')}
      />
      <TextField
        label={f('givenNameKana')}
        maxLength={LIMITS.kana}
        autoComplete="off"
        error={errors.givenNameKana}
        hint={t('ui.employee.kanaHint')}
        {...form.bind('givenNameKana')}
      />
      <SelectField
        label={f('department')}
        error={errors.departmentId}
        options={[{ value: '', label: t('ui.employee.noDepartment') }, ...depts.options]}
        {...form.bind('departmentId')}
      />
      <TextField label={f('jobTitle')} maxLength={LIMITS.jobTitle} error={errors.jobTitle} {...form.bind('jobTitle')} />
      <TextField label={f('grade')} maxLength={LIMITS.grade} error={errors.grade} {...form.bind('grade')} />
      <TextField label={f('hireDate')} type="date" error={errors.hireDate} {...form.bind('hireDate')} />
      <SelectField
        label={f('locale')}
        error={errors.locale}
        options={[
          { value: 'ja', label: t('ui.locales.ja') },
          { value: 'en', label: t('ui.locales.en') },
        ]}
        {...form.bind('locale')}
      />
      <ManagerPicker
        id={form.values.managerId}
        label={form.values.managerLabel}
        excludeId={selfId}
        error={errors.managerId}
        onChange={(id, label) => {
          form.set('managerId', id);
          form.set('managerLabel', label);
        }}
      />
    </div>
  );
}
