import { z } from 'zod';
import { Email } from '../auth/schemas';
import { IsoDate, Version, singleLine } from '../shared/schemas';

// Field limits are defined once here; the API, the CSV import and the web forms all use them.
export const LIMITS = {
  employeeNumber: 32,
  name: 50,
  kana: 50,
  jobTitle: 100,
  grade: 32,
  departmentCode: 32,
  departmentName: 100,
  search: 100,
  pageSizeMax: 200,
} as const;

export const EMPLOYEE_STATUSES = ['active', 'retired'] as const;
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

// Names are quoted in mails and invitations, so one line; a job title may keep a line break an older system stored.
const optionalText = (max: number, oneLine = false) =>
  (oneLine ? singleLine(max) : z.string().trim().max(max))
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

/** Katakana (full-width) with spaces and the long-vowel mark; hiragana is accepted and converted. */
export const KANA_RE = /^[\u30A0-\u30FF\u3040-\u309F\u3000 ー・]*$/;
export const toKatakana = (s: string) => s.replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));

const kana = z
  .string()
  .trim()
  .max(LIMITS.kana)
  .regex(KANA_RE, { message: 'directory.errors.kana' })
  .transform((v) => (v === '' ? null : toKatakana(v)))
  .nullable()
  .optional();

export { IsoDate };

export const EmployeeNumber = z
  .string()
  .trim()
  .min(1)
  .max(LIMITS.employeeNumber)
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'directory.errors.employeeNumber' });

/** Create: the fields HR fills in. Manager and department are referenced by id. */
export const EmployeeCreate = z.strictObject({
  employeeNumber: EmployeeNumber,
  familyName: singleLine(LIMITS.name).min(1),
  givenName: singleLine(LIMITS.name).min(1),
  familyNameKana: kana,
  givenNameKana: kana,
  email: Email,
  departmentId: z.uuid().nullable().optional(),
  jobTitle: optionalText(LIMITS.jobTitle),
  grade: optionalText(LIMITS.grade),
  managerId: z.uuid().nullable().optional(),
  hireDate: IsoDate.nullable().optional(),
  locale: z.enum(['ja', 'en']).optional(),
});
export type EmployeeCreateInput = z.infer<typeof EmployeeCreate>;

/** Update: any subset, plus the version read (optimistic concurrency: a stale version answers 409). */
export const EmployeeUpdate = EmployeeCreate.partial().extend({ version: Version });
export type EmployeeUpdateInput = z.infer<typeof EmployeeUpdate>;

export const EmployeeListQuery = z.strictObject({
  q: z.string().trim().max(LIMITS.search).optional(),
  departmentId: z.uuid().optional(),
  status: z.enum([...EMPLOYEE_STATUSES, 'all']).optional(),
  grade: singleLine(LIMITS.grade).optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).optional(),
});
export type EmployeeListQueryInput = z.infer<typeof EmployeeListQuery>;

export const DepartmentCode = z
  .string()
  .trim()
  .min(1)
  .max(LIMITS.departmentCode)
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'directory.errors.departmentCode' });

export const DepartmentCreate = z.strictObject({
  code: DepartmentCode,
  name: singleLine(LIMITS.departmentName).min(1),
  nameEn: optionalText(LIMITS.departmentName, true),
  parentId: z.uuid().nullable().optional(),
});
export const DepartmentUpdate = DepartmentCreate.partial();

export const RolesBody = z.strictObject({ roles: z.array(z.enum(['hr', 'admin'])).max(2) });
