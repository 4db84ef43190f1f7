import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../actor';
import type { EmployeeField } from './columns';
import { changedFields, protectionErrors, type StoredPerson } from './employee-changes';

const actor = (id: string, ...roles: Role[]): Actor => ({ id, roles: new Set<Role>(['employee', ...roles]), locale: 'ja' });
const hr = actor('hr-1', 'hr');
const admin = actor('admin-1', 'admin');
const person = (over: Partial<StoredPerson> = {}): StoredPerson => ({
  id: 'p-1',
  roles: [],
  familyName: '山田',
  givenName: '太郎',
  familyNameKana: 'ヤマダ',
  givenNameKana: 'タロウ',
  email: 'taro@example.jp',
  departmentCode: 'DEV',
  jobTitle: null,
  grade: 'G2',
  managerNumber: 'M1',
  hireDate: '2020-04-01',
  status: 'active',
  locale: 'ja',
  ...over,
});
const cols = (...f: EmployeeField[]) => new Set<EmployeeField>(['employeeNumber', ...f]);

describe('changedFields', () => {
  it('lists only the file columns whose value differs from the stored one', () => {
    const d = { employeeNumber: 'E1', familyName: '山田', email: 'new@example.jp', jobTitle: null, grade: 'G3' };
    expect(changedFields(d, person(), cols('familyName', 'email', 'jobTitle', 'grade'))).toEqual(['email', 'grade']);
  });

  it('ignores columns the file does not have and cells that failed their check', () => {
    const d = { employeeNumber: 'E1', email: 'new@example.jp' };
    expect(changedFields(d, person(), cols('familyName'))).toEqual([]);
    expect(changedFields({ employeeNumber: 'E1' }, person(), cols('email', 'hireDate'))).toEqual([]);
  });

  it('finds nothing in a row that repeats the stored values (an export imported back)', () => {
    const { id: _id, roles: _roles, ...values } = person();
    expect(changedFields({ employeeNumber: 'E1', ...values }, person(), cols(...(Object.keys(values) as EmployeeField[])))).toEqual([]);
  });
});

describe('protectionErrors', () => {
  it('refuses any change to an admin by HR who is not admin, as the whole row', () => {
    const target = person({ roles: ['admin'] });
    for (const f of ['email', 'status', 'managerNumber', 'jobTitle'] as const) {
      expect(protectionErrors(hr, target, [f])).toEqual([{ field: '_', key: 'import.errors.protectedPerson' }]);
    }
    expect(protectionErrors(admin, target, ['email', 'managerNumber'])).toEqual([]);
  });

  it('lets HR change HR and ordinary employees, email included', () => {
    expect(protectionErrors(hr, person({ roles: ['hr'] }), ['email', 'status'])).toEqual([]);
    expect(protectionErrors(hr, person(), ['email', 'status', 'managerNumber'])).toEqual([]);
  });

  it('refuses the actor retiring themselves, but not other changes to their own row', () => {
    const self = person({ id: hr.id, roles: ['hr'] });
    expect(protectionErrors(hr, self, ['status'])).toEqual([{ field: 'status', key: 'directory.errors.retireSelf' }]);
    expect(protectionErrors(hr, self, ['jobTitle'])).toEqual([]);
  });

  it('has nothing to say about a row that changes nothing, even an admin', () => {
    expect(protectionErrors(hr, person({ roles: ['admin'] }), [])).toEqual([]);
  });
});
