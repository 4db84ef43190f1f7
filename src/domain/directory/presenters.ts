import { type Actor, GRANTABLE_ROLES, type GrantableRole } from '../actor';
import { employeeCan, type TargetFacts } from './policy';
import { can } from '../capabilities';
import type { Department, EmployeeDetail, EmployeeSummary } from './responses';

const isGrantable = (r: string): r is GrantableRole => (GRANTABLE_ROLES as readonly string[]).includes(r);

/** The columns a summary needs (department left-joined); see employees-read.ts. */
export type SummaryRow = {
  id: string;
  employeeNumber: string;
  familyName: string;
  givenName: string;
  familyNameKana: string | null;
  givenNameKana: string | null;
  email: string;
  departmentId: string | null;
  departmentCode: string | null;
  departmentName: string | null;
  jobTitle: string | null;
  grade: string | null;
  status: string;
};

export type DetailRow = SummaryRow & {
  hireDate: string | null;
  retiredOn: string | null;
  locale: string;
  version: number;
  managerId: string | null;
  managerFamilyName: string | null;
  managerGivenName: string | null;
  roles: string[];
};

export type DepartmentRow = {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  parentId: string | null;
  employeeCount: number;
};

// Every response field is listed here on purpose: a new column never leaks by accident.

export function presentEmployeeSummary(r: SummaryRow): EmployeeSummary {
  return {
    id: r.id,
    employeeNumber: r.employeeNumber,
    familyName: r.familyName,
    givenName: r.givenName,
    familyNameKana: r.familyNameKana,
    givenNameKana: r.givenNameKana,
    email: r.email,
    department: r.departmentId ? { id: r.departmentId, code: r.departmentCode ?? '', name: r.departmentName ?? '' } : null,
    jobTitle: r.jobTitle,
    grade: r.grade,
    status: r.status as EmployeeSummary['status'],
  };
}

/** Detail for one viewer: roles only for hr/admin, `can` from the policy. */
export function presentEmployeeDetail(actor: Actor, r: DetailRow, facts: TargetFacts): EmployeeDetail {
  return {
    ...presentEmployeeSummary(r),
    hireDate: r.hireDate,
    retiredOn: r.retiredOn,
    locale: r.locale === 'en' ? 'en' : 'ja',
    manager: r.managerId ? { id: r.managerId, familyName: r.managerFamilyName ?? '', givenName: r.managerGivenName ?? '' } : null,
    version: r.version,
    ...(can(actor, 'manageDirectory') ? { roles: r.roles.filter(isGrantable).sort() } : {}),
    can: {
      ...employeeCan(actor, facts),
      exportFile: can(actor, 'exportPersonFile'),
      erase: can(actor, 'eraseRecords') && r.status === 'retired',
    },
  };
}

export function presentDepartment(r: DepartmentRow): Department {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    nameEn: r.nameEn,
    parentId: r.parentId,
    employeeCount: Number(r.employeeCount),
  };
}
