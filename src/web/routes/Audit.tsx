import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { auditActionKey, auditEntityKey } from '../../domain/audit/actions';
import { formatDateTime, formatName, type Locale } from '../../domain/shared/format';
import { api } from '../api';
import type { Schemas } from '../api-contract';
import { Alert, fieldErrors } from '../components/forms';
import { Pagination } from '../components/Pagination';
import { Empty, Loading, NotFound, PageHeader } from '../components/status';
import { pageParam, toQuery } from '../lib/urls';
import { useMe } from '../session';
import type { AuditEntry } from '../types';
import { AuditAccessSetting } from './AuditAccess';
import { AUDIT_FILTERS, AuditFilters, type AuditFilterValues } from './AuditFilters';

const PAGE_SIZE = 50;

/** The acting person's name; the start of their id if their record is not there (the CSV export gives the id too). */
const actorName = (a: NonNullable<AuditEntry['actor']>) =>
  a.familyName ? formatName({ familyName: a.familyName, givenName: a.givenName ?? '' }) : a.id.slice(0, 8);

/** Where a row's record can be opened; other records are named by the start of their id. */
/** The target in words where Mendan knows it; the id's first characters only when it does not (a removed record). */
function Target({ entry, to }: { entry: AuditEntry; to: string | null }) {
  const shown = entry.target ?? entry.entityId?.slice(0, 8);
  const cls = entry.target ? 'block' : 'mono block muted';
  return to ? (
    <Link className={cls} to={to}>
      {shown}
    </Link>
  ) : (
    <span className={cls}>{shown}</span>
  );
}

const targetLink = (e: AuditEntry): string | null =>
  !e.entityId ? null : e.entityType === 'employee' ? `/employees/${e.entityId}` : e.entityType === 'round' ? `/rounds/${e.entityId}` : null;

/** /admin/audit — search the audit trail and export what was found. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(AUDIT_FILTERS.map((k) => [k, params.get(k) ?? ''])) as AuditFilterValues;
  const [form, setForm] = useState<AuditFilterValues>(applied);
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
  // Rows written before an action had a name in the catalog show as written.
  const label = (action: string) => t(auditActionKey(action), { defaultValue: action });
  const apply = (f: AuditFilterValues) => setParams(new URLSearchParams(Object.entries(f).filter(([, v]) => v.trim() !== '')));

  return (
    <section className="page">
      <PageHeader title={t('ui.audit.title')}>
        <a className="btn btn--secondary" href={`/api/v1/admin/audit.csv${toQuery(applied)}`} download>
          {t('ui.common.csvExport')}
        </a>
      </PageHeader>
      {me.can.manageAuditAccess && <AuditAccessSetting />}
      <AuditFilters form={form} errors={fieldErrors(list.error)} onChange={setForm} onApply={apply} />
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
                {data.items.map((a) => {
                  const to = targetLink(a);
                  return (
                    <tr key={a.id}>
                      <td className="nowrap">{formatDateTime(a.at, locale)}</td>
                      <td>{a.actor ? <Link to={`/employees/${a.actor.id}`}>{actorName(a.actor)}</Link> : t('ui.audit.system')}</td>
                      <td>{label(a.action)}</td>
                      <td>
                        {t(auditEntityKey(a.entityType), { defaultValue: a.entityType })}
                        {a.entityId && <Target entry={a} to={to} />}
                      </td>
                      <td className="mono">{a.ip}</td>
                    </tr>
                  );
                })}
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
