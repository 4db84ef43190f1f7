import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../actor';
import {
  canChangeEmail,
  canEditEmployee,
  canRetireEmployee,
  canViewEmployee,
  employeeCan,
  isRelation,
  listScope,
  type Relation,
  removesOwnAdmin,
  targetOutranks,
} from './policy';
import { can } from '../capabilities';

const actor = (...roles: Role[]): Actor => ({ id: 'a', roles: new Set<Role>(['employee', ...roles]), locale: 'ja' });
const employee = actor();
const manager = actor('interviewer');
const hr = actor('hr');
const admin = actor('admin');
const plain = (relation: Relation) => ({ relation, roles: [] });
const holding = (...roles: string[]) => ({ relation: 'none' as const, roles });

describe('canViewEmployee', () => {
  it('lets anyone see themselves, their direct reports and their HR-partner assignees', () => {
    for (const a of [employee, manager]) {
      expect(canViewEmployee(a, 'self')).toBe(true);
      expect(canViewEmployee(a, 'manager')).toBe(true);
      expect(canViewEmployee(a, 'hrPartner')).toBe(true);
    }
  });

  it('hides everyone else from colleagues and from managers of other teams', () => {
    expect(canViewEmployee(employee, 'none')).toBe(false);
    expect(canViewEmployee(manager, 'none')).toBe(false);
  });

  it('lets HR and admins see everyone', () => {
    expect(canViewEmployee(hr, 'none')).toBe(true);
    expect(canViewEmployee(admin, 'none')).toBe(true);
  });
});

describe('listScope', () => {
  it('is the whole organisation for hr/admin and the own scope for others', () => {
    expect(listScope(hr)).toBe('all');
    expect(listScope(admin)).toBe('all');
    expect(listScope(employee)).toBe('related');
    expect(listScope(manager)).toBe('related');
  });
});

describe('edit and retire', () => {
  it('are for hr/admin only, whatever the relation', () => {
    for (const r of ['self', 'manager', 'hrPartner', 'none'] as const) {
      expect(canEditEmployee(employee, plain(r))).toBe(false);
      expect(canEditEmployee(manager, plain(r))).toBe(false);
      expect(canRetireEmployee(manager, plain(r))).toBe(false);
    }
    expect(canEditEmployee(hr, plain('none'))).toBe(true);
    expect(canRetireEmployee(hr, plain('none'))).toBe(true);
    expect(canEditEmployee(admin, plain('manager'))).toBe(true);
    expect(can(hr, 'manageDirectory')).toBe(true);
    expect(can(manager, 'manageDirectory')).toBe(false);
  });

  it('never lets someone retire themselves, though they may edit their own record', () => {
    expect(canEditEmployee(hr, plain('self'))).toBe(true);
    expect(canRetireEmployee(hr, plain('self'))).toBe(false);
    expect(canRetireEmployee(admin, { relation: 'self', roles: ['admin'] })).toBe(false);
  });

  it('keeps an admin record out of reach of HR who are not admins', () => {
    expect(canEditEmployee(hr, holding('admin'))).toBe(false);
    expect(canEditEmployee(hr, holding('hr', 'admin'))).toBe(false);
    expect(canRetireEmployee(hr, holding('admin'))).toBe(false);
    expect(canEditEmployee(admin, holding('admin'))).toBe(true);
    expect(canEditEmployee(admin, holding('hr', 'admin'))).toBe(true);
  });

  it('lets HR edit HR and employees, as the directory always did', () => {
    expect(canEditEmployee(hr, holding('hr'))).toBe(true);
    expect(canRetireEmployee(hr, holding('hr'))).toBe(true);
    expect(canEditEmployee(admin, holding('hr'))).toBe(true);
  });
});

describe('targetOutranks', () => {
  it('ranks admin above hr above everyone else; admin includes the rights of HR', () => {
    expect(targetOutranks(hr, holding('admin'))).toBe(true);
    expect(targetOutranks(employee, holding('hr'))).toBe(true);
    expect(targetOutranks(manager, holding('hr'))).toBe(true);
    expect(targetOutranks(hr, holding('hr'))).toBe(false);
    expect(targetOutranks(admin, holding('hr', 'admin'))).toBe(false);
    expect(targetOutranks(admin, holding('hr'))).toBe(false);
    expect(targetOutranks(employee, holding())).toBe(false);
  });

  it('ignores roles that grant nothing', () => {
    expect(targetOutranks(employee, holding('employee', 'interviewer'))).toBe(false);
  });
});

describe('canChangeEmail', () => {
  it('refuses a change of the sign-in address of someone with more rights than the actor', () => {
    expect(canChangeEmail(hr, holding('admin'))).toBe(false);
    expect(canChangeEmail(hr, holding('hr'))).toBe(true);
    expect(canChangeEmail(hr, plain('none'))).toBe(true);
    expect(canChangeEmail(hr, plain('self'))).toBe(true);
    expect(canChangeEmail(admin, holding('admin'))).toBe(true);
  });

  it('is for hr/admin only', () => {
    expect(canChangeEmail(employee, plain('self'))).toBe(false);
    expect(canChangeEmail(manager, plain('manager'))).toBe(false);
  });
});

describe('roles', () => {
  it('are managed by admins only', () => {
    expect(can(admin, 'manageRoles')).toBe(true);
    expect(can(hr, 'manageRoles')).toBe(false);
    expect(can(employee, 'manageRoles')).toBe(false);
  });

  it('detects an admin removing their own admin role', () => {
    expect(removesOwnAdmin(admin, 'a', ['hr'])).toBe(true);
    expect(removesOwnAdmin(admin, 'a', [])).toBe(true);
    expect(removesOwnAdmin(admin, 'a', ['admin'])).toBe(false);
    expect(removesOwnAdmin(admin, 'b', [])).toBe(false);
  });
});

describe('departments', () => {
  it('are managed by hr/admin', () => {
    expect(can(hr, 'manageDirectory')).toBe(true);
    expect(can(admin, 'manageDirectory')).toBe(true);
    expect(can(manager, 'manageDirectory')).toBe(false);
  });
});

describe('employeeCan', () => {
  it('gives the UI its flags', () => {
    expect(employeeCan(hr, plain('none'))).toEqual({ edit: true, retire: true, manageRoles: false });
    expect(employeeCan(admin, plain('self'))).toEqual({ edit: true, retire: false, manageRoles: true });
    expect(employeeCan(manager, plain('manager'))).toEqual({ edit: false, retire: false, manageRoles: false });
  });

  it('recognises relation values', () => {
    expect(isRelation('hrPartner')).toBe(true);
    expect(isRelation('colleague')).toBe(false);
  });
});
