import type { TFunction } from 'i18next';
import type { CheckedImport } from './import';
import type { ImportPreview } from './responses';
import type { CheckedRow, RowError } from './rows';

type Row = CheckedRow<Record<string, string | null>>;

/** A column's label in the reader's language; '_' is the row as a whole. */
export const columnLabel = (t: TFunction, field: string): string | null => (field === '_' ? null : t(`import.columns.${field}`));

function presentError(t: TFunction, line: number, e: RowError) {
  return {
    field: e.field,
    column: columnLabel(t, e.field),
    // e.g. 「3行目: メールアドレスの形式が正しくありません。」
    message: t('import.rowMessage', { line, message: t(e.key, e.params ?? {}) }),
  };
}

export function presentRow(t: TFunction, r: Row): ImportPreview['rows'][number] {
  return { line: r.line, ok: r.ok, data: r.data, errors: r.errors.map((e) => presentError(t, r.line, e)) };
}

/** The preview body (docs/api.md): counts, the columns found, and every row with its errors. */
export function presentCheck(t: TFunction, c: CheckedImport, only: 'all' | 'invalid' = 'all'): ImportPreview {
  return {
    importId: null,
    kind: c.kind,
    total: c.total,
    valid: c.valid,
    invalid: c.invalid,
    newCount: c.newCount,
    existingCount: c.existingCount,
    columns: c.file.columns.map((col) => ({ field: col.field, header: col.header, label: columnLabel(t, col.field) })),
    rows: (only === 'all' ? c.rows : c.rows.filter((r) => !r.ok)).map((r) => presentRow(t, r)),
  };
}

/** One line per error for a terminal: 「3行目 メールアドレス: メールアドレスの形式が正しくありません。」 */
export function errorLines(t: TFunction, c: CheckedImport): string[] {
  return c.rows.flatMap((r) =>
    r.errors.map((e) => {
      const column = columnLabel(t, e.field);
      const message = t(e.key, e.params ?? {});
      return column ? t('import.rowColumnMessage', { line: r.line, column, message }) : t('import.rowMessage', { line: r.line, message });
    }),
  );
}
