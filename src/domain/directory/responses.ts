import { z } from 'zod';
import { Day, listOf, pageOf, PersonRef, Uuid } from '../shared/contract';

// What the directory answers (presenters.ts builds exactly these).

export const EmployeeSummary = z
  .strictObject({
    id: Uuid,
    employeeNumber: z.string(),
    familyName: z.string(),
    givenName: z.string(),
    familyNameKana: z.string().nullable(),
    givenNameKana: z.string().nullable(),
    email: z.string(),
    department: z.strictObject({ id: Uuid, code: z.string(), name: z.string() }).nullable(),
    jobTitle: z.string().nullable(),
    grade: z.string().nullable(),
    status: z.enum(['active', 'retired']),
  })
  .meta({ id: 'EmployeeSummary' });

export const EmployeeDetail = EmployeeSummary.extend({
  hireDate: Day.nullable(),
  retiredOn: Day.nullable(),
  locale: z.enum(['ja', 'en']),
  manager: PersonRef.nullable(),
  version: z.number().int(),
  /** Granted roles (hr, admin): only HR and admins read them. */
  roles: z.array(z.enum(['hr', 'admin'])).optional(),
  can: z.strictObject({
    edit: z.boolean(),
    retire: z.boolean(),
    manageRoles: z.boolean(),
    /** HR's export of the person's file on a formal request (decision 0022). */
    exportFile: z.boolean(),
    /** 「今すぐ削除」: HR or an admin, for a retired person only. */
    erase: z.boolean(),
  }),
}).meta({ id: 'EmployeeDetail' });

export const EmployeePage = pageOf(EmployeeSummary, 'EmployeePage');

export const Department = z
  .strictObject({
    id: Uuid,
    code: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    parentId: Uuid.nullable(),
    employeeCount: z.number().int(),
  })
  .meta({ id: 'Department' });

export const DepartmentList = listOf(Department, 'DepartmentList');

export type EmployeeSummary = z.infer<typeof EmployeeSummary>;
export type EmployeeDetail = z.infer<typeof EmployeeDetail>;
export type Department = z.infer<typeof Department>;
