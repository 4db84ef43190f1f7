import type { Actor } from '../actor';
import { canChangeEmail, canEditEmployee, canRetireEmployee, type TargetFacts } from '../directory/policy';
import { EMPLOYEE_COLUMNS, type EmployeeField } from './columns';
import type { RowError } from './rows';

/** What a row may change on an existing person; the employee number is the key, never changed. */
export type ChangeableField = Exclude<EmployeeField, 'employeeNumber'>;
export const CHANGEABLE = EMPLOYEE_COLUMNS.map((c) => c.field).filter((f): f is ChangeableField => f !== 'employeeNumber');

export type EmployeeData = Partial<Record<EmployeeField, string | null>>;

/** A stored person as a file row shows them (department code, manager number), with id and granted roles. */
export type StoredPerson = { id: string; roles: readonly string[] } & Record<ChangeableField, string | null>;

/**
 * The fields whose value the row would actually change: columns of the file whose (valid) value
 * differs from the stored one. An unchanged row, e.g. an export imported back, changes nothing.
 */
export function changedFields(d: EmployeeData, stored: StoredPerson, columns: ReadonlySet<EmployeeField>): ChangeableField[] {
  return CHANGEABLE.filter((f) => columns.has(f) && d[f] !== undefined && d[f] !== stored[f]);
}

/**
 * The directory's rules, applied to one row that changes an existing person: the same policy as
 * PATCH /employees/:id and retire, so a file can do nothing the screen refuses.
 */
export function protectionErrors(actor: Actor, stored: StoredPerson, changed: readonly ChangeableField[]): RowError[] {
  if (!changed.length) return [];
  // Importers are HR, who see everyone: of the relations only 'self' matters to these rules.
  const facts: TargetFacts = { relation: stored.id === actor.id ? 'self' : 'none', roles: stored.roles };
  // An importer holds HR, so the one right they can lack is admin's: hence the message's wording.
  if (!canEditEmployee(actor, facts)) return [{ field: '_', key: 'import.errors.protectedPerson' }];
  const errors: RowError[] = [];
  if (changed.includes('email') && !canChangeEmail(actor, facts)) errors.push({ field: 'email', key: 'import.errors.protectedPerson' });
  if (changed.includes('status') && !canRetireEmployee(actor, facts)) errors.push({ field: 'status', key: 'directory.errors.retireSelf' });
  return errors;
}
