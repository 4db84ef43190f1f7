import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LIMITS } from '../../domain/directory/schemas';
import { api } from '../api';
import { Alert, Button, Form, fieldErrors, SelectField, TextField } from '../components/forms';
import { Pagination } from '../components/Pagination';
import { Empty, Loading, NotFound, PageHeader } from '../components/status';
import { formatDateTime, formatName, type Locale } from '../../domain/shared/format';
import { pageParam, toQuery } from '../lib/urls';
import { useMe } from '../session';
import type { Schemas } from '../api-contract';
import type { AuditEntry } from '../types';

const PAGE_SIZE = 50;

// The API filters by action prefix, so a group ("employee.") finds all of its actions.
const ACTION_GROUPS = ['auth.', 'employee.', 'department.', 'audit.', 'outbox.', 'security.'] as const;
const ACTIONS = [
  'auth.login',
  'auth.login.failed',
  'auth.login.throttled',
  'auth.logout',
  'auth.password.changed',
  'employee.create',
  'employee.update',
  'employee.retire',
  'employee.reinstate',
  'employee.roles.update',
  'employee.locale.update',
  'employee.import',
  'employee.import.undo',
  'employee.export',
  'department.create',
  'department.update',
  'department.import',
  'department.export',
  'audit.read',
  'audit.export',
  'outbox.read',
  'security.denied_reads',
] as const;

/** Catalog keys cannot hold dots inside one key, so auth.login.failed → auth_login_failed. */
/** The acting person's name; the start of their id if their record is not there (the CSV export gives the id too). */
const actorName = (a: NonNullable<AuditEntry['actor']>) =>
  a.familyName ? formatName({ familyName: a.familyName, givenName: a.givenName ?? '' }) : a.id.slice(0, 8);

const actionKey = (action: string) => `ui.audit.actions.${action.replace(/\.$/, '').replaceAll('.', '_')}`;

const FILTERS = ['q', 'action', 'from', 'to'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/** /admin/audit — search the audit trail and export what was found. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Filters;
  const [form, setForm] = useState<Filters>(applied);
  const page = pageParam(params.get('page'));
  const list = useQuery({
    queryKey: ['audit', applied, page],
    queryFn: () => api<Schemas['AuditPage']>(`/admin/audit${toQuery({ ...applied, page, pageSize: PAGE_SIZE })}`),
    placeholderData: keepPreviousData,
    enabled: me.can.viewAudit,
  });
  if (!me.can.viewAudit) return <NotFound />;
  const locale = i18n.language as Locale;
  const data = list.data;
  const errors = fieldErrors(list.error);
  const label = (action: string) => t(actionKey(action), { defaultValue: action });
  const actionOptions = [
    { value: '', label: t('ui.audit.allActions') },
    ...ACTION_GROUPS.map((g) => ({ value: g, label: t('ui.audit.group', { name: label(g) }) })),
    ...ACTIONS.map((a) => ({ value: a, label: label(a) })),
  ];
  const bind = (k: keyof Filters) => ({ value: form[k], onChange: (v: string) => setForm((f) => ({ ...f, [k]: v })) });
  const apply = (f: Filters) => setParams(new URLSearchParams(Object.entries(f).filter(([, v]) => v.trim() !== '')));

  return (
    <section className="page">
      <PageHeader title={t('ui.audit.title')}>
        <a className="btn btn--secondary" href={`/api/v1/admin/audit.csv${toQuery(applied)}`} download>
          {t('ui.common.csvExport')}
        </a>
      </PageHeader>
      <Form className="filters" role="search" aria-label={t('ui.audit.filters')} onSubmit={() => apply(form)}>
        <TextField label={t('ui.audit.q')} type="search" maxLength={LIMITS.search} error={errors.q} {...bind('q')} />
        <SelectField label={t('ui.audit.action')} options={actionOptions} error={errors.action} {...bind('action')} />
        <fieldset className="period">
          <legend>{t('ui.audit.period')}</legend>
          <TextField label={t('ui.audit.from')} type="date" error={errors.from} {...bind('from')} />
          <span aria-hidden="true">〜</span>
          <TextField label={t('ui.audit.to')} type="date" error={errors.to} {...bind('to')} />
        </fieldset>
        <div className="filters__buttons">
          <Button type="submit" variant="primary">
            {t('ui.audit.apply')}
          </Button>
          <Button
            onClick={() => {
              const empty = { q: '', action: '', from: '', to: '' };
              setForm(empty);
              apply(empty);
            }}
          >
            {t('ui.audit.clear')}
          </Button>
        </div>
      </Form>
      {list.error && <Alert kind="error">{list.error.message}</Alert>}
      {list.isPending && !list.error ? (
        <Loading />
      ) : data && data.items.length === 0 ? (
        <Empty>{t('ui.audit.empty')}</Empty>
      ) : data ? (
        <>
          <div className="table-wrap" aria-busy={list.isFetching}>
            <table className="table">
              <caption className="visually-hidden">{t('ui.audit.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ui.audit.columns.at')}</th>
                  <th scope="col">{t('ui.audit.columns.actor')}</th>
                  <th scope="col">{t('ui.audit.columns.action')}</th>
                  <th scope="col">{t('ui.audit.columns.target')}</th>
                  <th scope="col">{t('ui.audit.columns.ip')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((a) => (
                  <tr key={a.id}>
                    <td className="nowrap">{formatDateTime(a.at, locale)}</td>
                    <td>{a.actor ? <Link to={`/employees/${a.actor.id}`}>{actorName(a.actor)}</Link> : t('ui.audit.system')}</td>
                    <td>
                      {label(a.action)}
                      <span className="muted mono block">{a.action}</span>
                    </td>
                    <td>
                      {t(`ui.audit.entities.${a.entityType}`, { defaultValue: a.entityType })}
                      {a.entityId &&
                        (a.entityType === 'employee' ? (
                          <Link className="mono block" to={`/employees/${a.entityId}`}>
                            {a.entityId.slice(0, 8)}
                          </Link>
                        ) : (
                          <span className="mono block muted">{a.entityId.slice(0, 8)}</span>
                        ))}
                    </td>
                    <td className="mono">{a.ip}</td>
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
            onPage={(p) => setParams((prev) => ({ ...Object.fromEntries(prev), page: String(p) }))}
          />
        </>
      ) : null}
    </section>
  );
}
