import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../domain/directory/schemas';
import { api } from '../api';
import { formatName } from '../../domain/shared/format';
import { toQuery } from '../lib/urls';
import type { EmployeeSummary, Page } from '../types';
import { Button, TextField } from './forms';

type Props = {
  id: string;
  label: string;
  onChange: (id: string, label: string) => void;
  error?: string;
  excludeId?: string;
  /** Other uses than the manager field: the legend, the "nobody yet" text and the button. */
  legend?: ReactNode;
  emptyLabel?: string;
  changeLabel?: string;
  /** The search box's label, where 「上司を検索」 is not what is chosen. */
  searchLabel?: string;
  /** A picker that adds people to a list: no "current" line, no clear button. */
  adding?: boolean;
  clearLabel?: string;
  /** Where the people come from: the directory by default (shown with their number); `detail` is shown beside the name. */
  search?: { key: string; find: (q: string) => Promise<Option[]> };
  /** Search with an empty box too (a short list such as one's own department). */
  listAll?: boolean;
};
type Option = { id: string; name: string; detail: string };

const fromDirectory = async (q: string): Promise<Option[]> =>
  (await api<Page<EmployeeSummary>>(`/employees${toQuery({ q, status: 'active', pageSize: 10 })}`)).items.map((e) => ({
    id: e.id,
    name: formatName(e),
    detail: e.employeeNumber,
  }));

/** Choose a person (a manager, an interviewer, …) by searching the directory; the form keeps the id and a label. */
export function ManagerPicker(props: Props) {
  const { id, label, onChange, error, excludeId, legend, emptyLabel, changeLabel, searchLabel, adding, clearLabel, search, listAll } =
    props;
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const listId = useId();
  const errId = useId();

  useEffect(() => {
    const h = setTimeout(() => setQ(text.trim()), 300);
    return () => clearTimeout(h);
  }, [text]);

  const results = useQuery({
    queryKey: ['manager-search', search?.key ?? 'directory', q],
    queryFn: () => (search?.find ?? fromDirectory)(q),
    enabled: open && (listAll || q !== ''),
  });
  const items = (results.data ?? []).filter((e) => e.id !== excludeId);

  return (
    <fieldset className={`field manager-picker${error ? ' field--invalid' : ''}`} aria-describedby={error ? errId : undefined}>
      <legend>{legend ?? t('ui.employee.fields.manager')}</legend>
      {!adding && <p className="manager-picker__current">{id ? label : (emptyLabel ?? t('ui.employee.noManager'))}</p>}
      <div className="actions actions--inline">
        <Button onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {changeLabel ?? t('ui.employee.managerChange')}
        </Button>
        {id && !adding && <Button onClick={() => onChange('', '')}>{clearLabel ?? t('ui.employee.managerClear')}</Button>}
      </div>
      {error && (
        <p id={errId} className="field-error" role="alert">
          {error}
        </p>
      )}
      {open && (
        <div className="manager-picker__search">
          <TextField
            label={searchLabel ?? t('ui.employee.managerSearch')}
            type="search"
            maxLength={LIMITS.search}
            value={text}
            onChange={setText}
            aria-controls={listId}
            // Enter here chooses nothing and must not submit the whole form.
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.preventDefault();
            }}
          />
          <ul id={listId} className="manager-picker__results" aria-live="polite">
            {(listAll || q !== '') && !results.isFetching && items.length === 0 && <li>{t('ui.employee.managerNone')}</li>}
            {items.map((e) => (
              <li key={e.id}>
                <Button
                  variant="link"
                  onClick={() => {
                    onChange(e.id, e.name);
                    if (!adding) {
                      setOpen(false);
                      setText('');
                    }
                  }}
                >
                  {e.detail ? t('ui.employee.managerOption', { name: e.name, number: e.detail }) : e.name}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
