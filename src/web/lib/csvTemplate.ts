import { CAREER_PATH_COLUMNS, DEPARTMENT_COLUMNS, EMPLOYEE_COLUMNS } from '../../domain/imports/columns';

export type ImportKind = 'employees' | 'departments' | 'careerPaths';

const BOM = '\uFEFF';

/**
 * A header-only CSV the import accepts: the contract's column names (Japanese or English headers),
 * UTF-8 with BOM and CRLF so Excel opens it correctly.
 */
export function csvTemplate(kind: ImportKind, locale: 'ja' | 'en'): string {
  const cols = kind === 'employees' ? EMPLOYEE_COLUMNS : kind === 'careerPaths' ? CAREER_PATH_COLUMNS : DEPARTMENT_COLUMNS;
  return `${BOM}${cols.map((c) => c[locale]).join(',')}\r\n`;
}

export const templateFileName = (kind: ImportKind) => `mendan-${kind}-template.csv`;
