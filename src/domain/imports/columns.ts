import { DomainError } from '../errors';
import type { CsvRecord } from './csv';
import { mapInSlices } from '../shared/pace';

/**
 * CSV columns: the field name used in the API and row data, the English header (the canonical
 * export header for English users) and the Japanese header, plus a few spellings people type.
 * The i18n catalog (import.columns.<field>) holds the label shown in messages.
 */
export type ColumnDef<F extends string = string> = {
  field: F;
  en: string;
  ja: string;
  aliases?: readonly string[];
  required?: boolean;
};

export const EMPLOYEE_COLUMNS = [
  { field: 'employeeNumber', en: 'employee_number', ja: '社員番号', aliases: ['従業員番号', '社員ID'], required: true },
  { field: 'familyName', en: 'family_name', ja: '姓', aliases: ['氏'], required: true },
  { field: 'givenName', en: 'given_name', ja: '名', required: true },
  { field: 'familyNameKana', en: 'family_name_kana', ja: '姓(フリガナ)', aliases: ['姓(カナ)', 'セイ', 'フリガナ(姓)'] },
  { field: 'givenNameKana', en: 'given_name_kana', ja: '名(フリガナ)', aliases: ['名(カナ)', 'メイ', 'フリガナ(名)'] },
  { field: 'email', en: 'email', ja: 'メールアドレス', aliases: ['メール', 'e-mail'], required: true },
  { field: 'departmentCode', en: 'department_code', ja: '部署コード', aliases: ['所属部署コード'] },
  { field: 'jobTitle', en: 'job_title', ja: '役職' },
  { field: 'grade', en: 'grade', ja: '等級' },
  { field: 'managerNumber', en: 'manager_number', ja: '上司社員番号', aliases: ['上長社員番号'] },
  { field: 'hireDate', en: 'hire_date', ja: '入社日' },
  { field: 'status', en: 'status', ja: '在籍状況' },
  { field: 'locale', en: 'locale', ja: '言語' },
] as const satisfies readonly ColumnDef[];

export const DEPARTMENT_COLUMNS = [
  { field: 'code', en: 'code', ja: '部署コード', aliases: ['department_code'], required: true },
  { field: 'name', en: 'name', ja: '部署名', required: true },
  { field: 'nameEn', en: 'name_en', ja: '部署名(英語)', aliases: ['部署名(英)', '英語部署名'] },
  { field: 'parentCode', en: 'parent_code', ja: '親部署コード', aliases: ['上位部署コード'] },
] as const satisfies readonly ColumnDef[];

/** Career paths (issue 18): one row per role; the file is the whole map and becomes its next version. */
export const CAREER_PATH_COLUMNS = [
  { field: 'jobFamilyCode', en: 'job_family_code', ja: '職種コード', required: true },
  { field: 'jobFamilyName', en: 'job_family_name', ja: '職種名', required: true },
  { field: 'roleCode', en: 'role_code', ja: '役割コード', required: true },
  { field: 'roleName', en: 'role_name', ja: '役割名', required: true },
  { field: 'track', en: 'track', ja: 'トラック', aliases: ['コース'], required: true },
  { field: 'grade', en: 'grade', ja: '等級', required: true },
  { field: 'level', en: 'level', ja: '等級レベル', aliases: ['レベル'], required: true },
  { field: 'skills', en: 'expected_skills', ja: '期待スキル', aliases: ['skills'] },
  { field: 'next', en: 'next_roles', ja: '次のステップ', aliases: ['next'] },
  { field: 'departments', en: 'department_codes', ja: '対象部署コード', aliases: ['部署コード'] },
] as const satisfies readonly ColumnDef[];

export type EmployeeField = (typeof EMPLOYEE_COLUMNS)[number]['field'];
export type DepartmentField = (typeof DEPARTMENT_COLUMNS)[number]['field'];
export type CareerPathField = (typeof CAREER_PATH_COLUMNS)[number]['field'];

/** Header cells compare after NFKC (full-width brackets and letters), case and spaces removed. */
export const normaliseHeader = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** The file's data rows as objects keyed by field, plus the columns present (in file order). */
export type ParsedFile<F extends string> = {
  columns: { field: F; header: string }[];
  rows: { line: number; values: Partial<Record<F, string>>; extraCells: boolean }[];
};

/**
 * Maps the header row onto the known columns (the rows in slices, see shared/pace.ts). Unknown, repeated or missing required columns stop
 * the import with one message, before any row is looked at.
 */
export async function mapColumns<F extends string>(records: CsvRecord[], defs: readonly ColumnDef<F>[]): Promise<ParsedFile<F>> {
  const [header, ...data] = records;
  if (!header) throw new DomainError(400, 'import.errors.empty');
  const lookup = new Map<string, ColumnDef<F>>();
  for (const d of defs) for (const name of [d.field, d.en, d.ja, ...(d.aliases ?? [])]) lookup.set(normaliseHeader(name), d);

  const columns: { field: F; header: string }[] = [];
  const seen = new Set<F>();
  for (const raw of header.cells) {
    const label = raw.trim();
    const def = lookup.get(normaliseHeader(label));
    if (!def) throw new DomainError(400, 'import.errors.unknownColumn', { column: label });
    if (seen.has(def.field)) throw new DomainError(400, 'import.errors.duplicateColumn', { column: label });
    seen.add(def.field);
    columns.push({ field: def.field, header: label });
  }
  for (const d of defs) {
    if (d.required && !seen.has(d.field)) throw new DomainError(400, 'import.errors.missingColumn', { ja: d.ja, en: d.en });
  }
  if (data.length === 0) throw new DomainError(400, 'import.errors.noRows');

  const rows = await mapInSlices(data, (r) => {
    const values: Partial<Record<F, string>> = {};
    columns.forEach((c, i) => {
      values[c.field] = r.cells[i] ?? '';
    });
    // Cells beyond the header are an error unless they are empty (Excel pads rows with commas).
    const extraCells = r.cells.slice(columns.length).some((c) => c.trim() !== '');
    return { line: r.row, values, extraCells };
  });
  return { columns, rows };
}
