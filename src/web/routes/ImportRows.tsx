import { useTranslation } from 'react-i18next';
import { formatName } from '../../domain/shared/format';
import type { ImportKind } from '../lib/csvTemplate';
import type { ImportPreview, ImportRow } from '../types';

// Rendering every row of a 100,000-line file would freeze the page; errors come first anyway.
const MAX_SHOWN = 300;

/** What identifies a row to a person: number and name, or code and name. */
function rowLabel(kind: ImportKind, d: ImportRow['data']): string {
  const s = (v: string | null | undefined) => v ?? '';
  if (kind === 'employees') {
    const name = formatName({ familyName: s(d.familyName), givenName: s(d.givenName) });
    return [s(d.employeeNumber), name].filter(Boolean).join(' ');
  }
  if (kind === 'careerPaths') return [s(d.roleCode), s(d.jobFamilyName), s(d.roleName)].filter(Boolean).join(' ');
  return [s(d.code), s(d.name)].filter(Boolean).join(' ');
}

type ErrorWithColumn = ImportRow['errors'][number] & { column?: string | null };

/** The checked rows: one table line per error (行番号, 項目, メッセージ), rows with errors first. */
export function ImportRows({ kind, preview }: { kind: ImportKind; preview: ImportPreview }) {
  const { t } = useTranslation();
  const sorted = [...preview.rows].sort((a, b) => Number(a.ok) - Number(b.ok) || a.line - b.line);
  const shown = sorted.slice(0, MAX_SHOWN);
  return (
    <>
      <div className="table-wrap">
        <table className="table table--compact">
          <caption className="visually-hidden">{t('ui.import.rowsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ui.import.columns.line')}</th>
              <th scope="col">{t('ui.import.columns.row')}</th>
              <th scope="col">{t('ui.import.columns.field')}</th>
              <th scope="col">{t('ui.import.columns.message')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.flatMap((r) =>
              r.ok
                ? [
                    <tr key={r.line}>
                      <td className="num">{r.line}</td>
                      <td>{rowLabel(kind, r.data)}</td>
                      <td />
                      <td>
                        <span className="badge badge--active">{t('ui.import.ok')}</span>
                      </td>
                    </tr>,
                  ]
                : (r.errors as ErrorWithColumn[]).map((e) => (
                    <tr key={`${r.line}-${e.field}-${e.message}`} className="row--error">
                      <td className="num">{r.line}</td>
                      <td>{rowLabel(kind, r.data)}</td>
                      <td>{e.column ?? (e.field === '_' ? t('ui.import.wholeRow') : e.field)}</td>
                      <td>{e.message}</td>
                    </tr>
                  )),
            )}
          </tbody>
        </table>
      </div>
      {sorted.length > shown.length && <p className="hint">{t('ui.import.truncated', { n: MAX_SHOWN })}</p>}
    </>
  );
}
