import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../actor';
import {
  canCreateEmployee,
  canEditEmployee,
  canManageDepartments,
  canManageRoles,
  canRetireEmployee,
  canViewEmployee,
  employeeCan,
  isRelation,
  listScope,
  type Relation,
  removesOwnAdmin,
} from './policy';

const actor = (...roles: Role[]): Actor => ({ id: 'a', roles: new Set<Role>(['employee', ...roles]), locale: 'ja' });
const employee = actor();
const manager = actor('interviewer');
const hr = actor('hr');
const admin = actor('admin');
const plain = (relation: Relation) => ({ relation, isAdmin: false });

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
    expect(canCreateEmployee(hr)).toBe(true);
    expect(canCreateEmployee(manager)).toBe(false);
  });

  it('never lets someone retire themselves, though they may edit their own record', () => {
    expect(canEditEmployee(hr, plain('self'))).toBe(true);
    expect(canRetireEmployee(hr, plain('self'))).toBe(false);
    expect(canRetireEmployee(admin, { relation: 'self', isAdmin: true })).toBe(false);
  });

  it('keeps an admin record out of reach of HR who are not admins', () => {
    expect(canEditEmployee(hr, { relation: 'none', isAdmin: true })).toBe(false);
    expect(canRetireEmployee(hr, { relation: 'none', isAdmin: true })).toBe(false);
    expect(canEditEmployee(admin, { relation: 'none', isAdmin: true })).toBe(true);
  });
});

describe('roles', () => {
  it('are managed by admins only', () => {
    expect(canManageRoles(admin)).toBe(true);
    expect(canManageRoles(hr)).toBe(false);
    expect(canManageRoles(employee)).toBe(false);
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
    expect(canManageDepartments(hr)).toBe(true);
    expect(canManageDepartments(admin)).toBe(true);
    expect(canManageDepartments(manager)).toBe(false);
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
