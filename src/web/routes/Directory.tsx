import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LIMITS } from '../../domain/directory/schemas';
import { api } from '../api';
import { Alert, Form, SelectField, TextField } from '../components/forms';
import { Pagination } from '../components/Pagination';
import { PersonName } from '../components/PersonName';
import { Empty, Loading, NotFound, PageHeader, StatusBadge } from '../components/status';
import { deptName } from '../lib/departments';
import { pageParam, toQuery } from '../lib/urls';
import { useDepartments } from '../queries';
import { useMe } from '../session';
import type { EmployeeSummary, Page } from '../types';

const PAGE_SIZE = 50;
const DEBOUNCE_MS = 300;

/**
 * A text filter that lives in the URL: typed text is applied after a pause, never in the middle
 * of an IME composition, and back/forward puts the old text back in the box.
 */
function useUrlText(name: string) {
  const [params, setParams] = useSearchParams();
  const urlValue = params.get(name) ?? '';
  const [value, setValue] = useState(urlValue);
  const [composing, setComposing] = useState(false);
  const pushed = useRef(urlValue);

  useEffect(() => {
    if (urlValue !== pushed.current) {
      pushed.current = urlValue;
      setValue(urlValue);
    }
  }, [urlValue]);

  const apply = (v: string) => {
    if (v === pushed.current) return;
    pushed.current = v;
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        // Kept as typed (the server trims): trimming here would eat the space in 「山田 太郎」 mid-typing.
        if (v.trim()) next.set(name, v);
        else next.delete(name);
        next.delete('page');
        return next;
      },
      { replace: true },
    );
  };

  useEffect(() => {
    if (composing) return;
    const h = setTimeout(() => apply(value), DEBOUNCE_MS);
    return () => clearTimeout(h);
  });

  return {
    value,
    onChange: setValue,
    onCompositionStart: () => setComposing(true),
    onCompositionEnd: () => setComposing(false),
    flush: () => apply(value),
  };
}

export function DirectoryPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const q = useUrlText('q');
  const grade = useUrlText('grade');
  const depts = useDepartments();
  const filters = {
    q: params.get('q') ?? '',
    departmentId: params.get('departmentId') ?? '',
    status: params.get('status') ?? 'active',
    grade: params.get('grade') ?? '',
  };
  const page = pageParam(params.get('page'));
  const list = useQuery({
    queryKey: ['employees', filters, page],
    queryFn: () => api<Page<EmployeeSummary>>(`/employees${toQuery({ ...filters, page, pageSize: PAGE_SIZE })}`),
    placeholderData: keepPreviousData,
    enabled: me.can.viewDirectory,
  });

  if (!me.can.viewDirectory) return <NotFound />;

  const setParam = (name: string, value: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(name, value);
      else next.delete(name);
      if (name !== 'page') next.delete('page');
      return next;
    });

  const statusOptions = [
    { value: 'active', label: t('ui.directory.statusActive') },
    { value: 'retired', label: t('ui.directory.statusRetired') },
    { value: 'all', label: t('ui.directory.statusAll') },
  ];
  const exportHref = `/api/v1/exports/employees.csv${toQuery(filters)}`;
  const data = list.data;

  return (
    <section className="page">
      <PageHeader title={t('ui.directory.title')}>
        {me.can.manageDirectory && (
          <>
            <a className="btn btn--secondary" href={exportHref} download>
              {t('ui.common.csvExport')}
            </a>
            <Link className="btn btn--primary" to="/employees/new">
              {t('ui.directory.add')}
            </Link>
          </>
        )}
      </PageHeader>

      <Form
        className="filters"
        role="search"
        aria-label={t('ui.directory.filters')}
        onSubmit={() => {
          q.flush();
          grade.flush();
        }}
      >
        <TextField
          className="filters__q"
          label={t('ui.directory.search')}
          type="search"
          maxLength={LIMITS.search}
          hint={t('ui.directory.searchHint')}
          value={q.value}
          onChange={q.onChange}
          onCompositionStart={q.onCompositionStart}
          onCompositionEnd={q.onCompositionEnd}
        />
        <SelectField
          label={t('ui.directory.department')}
          value={filters.departmentId}
          onChange={(v) => setParam('departmentId', v)}
          options={[{ value: '', label: t('ui.directory.allDepartments') }, ...depts.options]}
        />
        <SelectField
          label={t('ui.directory.status')}
          value={filters.status}
          onChange={(v) => setParam('status', v === 'active' ? '' : v)}
          options={statusOptions}
        />
        <TextField
          label={t('ui.directory.grade')}
          maxLength={LIMITS.grade}
          value={grade.value}
          onChange={grade.onChange}
          onCompositionStart={grade.onCompositionStart}
          onCompositionEnd={grade.onCompositionEnd}
        />
      </Form>

      {list.error && <Alert kind="error">{list.error.message}</Alert>}
      {list.isPending ? (
        <Loading />
      ) : data && data.items.length === 0 ? (
        <Empty>{t('ui.directory.empty')}</Empty>
      ) : data ? (
        <>
          <div className="table-wrap" aria-busy={list.isFetching}>
            <table className="table">
              <caption className="visually-hidden">{t('ui.directory.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ui.employee.fields.employeeNumber')}</th>
                  <th scope="col">{t('ui.employee.fields.name')}</th>
                  <th scope="col">{t('ui.employee.fields.department')}</th>
                  <th scope="col">{t('ui.employee.fields.jobTitle')}</th>
                  <th scope="col">{t('ui.employee.fields.grade')}</th>
                  <th scope="col">{t('ui.employee.fields.status')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((e) => (
                  <tr key={e.id}>
                    <td className="mono">{e.employeeNumber}</td>
                    <td>
                      <Link to={`/employees/${e.id}`}>
                        <PersonName person={e} />
                      </Link>
                    </td>
                    <td>{e.department ? deptName(depts.byId.get(e.department.id) ?? e.department, i18n.language) : ''}</td>
                    <td>{e.jobTitle}</td>
                    <td>{e.grade}</td>
                    <td>
                      <StatusBadge status={e.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={page}
            pageSize={PAGE_SIZE}
            total={data.total}
            totalCapped={data.totalCapped}
            onPage={(p) => setParam('page', String(p))}
          />
        </>
      ) : null}
    </section>
  );
}
