import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { api, isNotFound } from '../api';
import { draftKey } from '../components/draft';
import { Alert, Button } from '../components/forms';
import { PersonName } from '../components/PersonName';
import { Loading, NotFound, PageHeader, StatusBadge } from '../components/status';
import { deptName } from '../lib/departments';
import { formatDate, formatName, type Locale } from '../../domain/shared/format';
import { useDepartments } from '../queries';
import { useMe } from '../session';
import type { EmployeeDetail } from '../types';
import { RetireControls, RolesForm } from './EmployeeActions';
import { EmployeeEdit } from './EmployeeEdit';
import { PersonDataControls } from './rights/PersonData';

export const employeeQuery = (id: string) => ({
  queryKey: ['employee', id],
  queryFn: () => api<EmployeeDetail>(`/employees/${id}`),
});

const hasDraft = (id: string) => {
  try {
    return window.sessionStorage.getItem(draftKey('employee-edit', id)) !== null;
  } catch {
    return false;
  }
};

/** /employees/:id — the profile; HR can edit and retire, admins set roles. */
export function EmployeeDetailPage() {
  const { id = '' } = useParams();
  const q = useQuery(employeeQuery(id));
  if (q.isPending) return <Loading />;
  if (isNotFound(q.error)) return <NotFound />;
  if (q.error) return <Alert kind="error">{q.error.message}</Alert>;
  // A fresh component per record, so one person's draft never shows on another's page.
  return <EmployeeView key={id} employee={q.data} />;
}

function EmployeeView({ employee: e }: { employee: EmployeeDetail }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const [editing, setEditing] = useState(() => e.can.edit && hasDraft(e.id));
  const [flash, setFlash] = useState<string | null>(
    (location.state as { flash?: string } | null)?.flash === 'created' ? t('ui.employee.created') : null,
  );
  // Erased (「今すぐ削除」): the person is gone; the page says so instead of showing what no longer exists.
  const [removed, setRemoved] = useState<string | null>(null);
  const depts = useDepartments();
  const locale = i18n.language as Locale;
  const dept = e.department ? deptName(depts.byId.get(e.department.id) ?? e.department, locale) : '';
  const none = <span className="muted">{t('ui.common.none')}</span>;
  const title = formatName(e);

  if (removed)
    return (
      <section className="page narrow">
        <PageHeader title={t('rights.person.removedTitle')} />
        <Alert kind="success">{removed}</Alert>
        <p className="back-link">
          <Link to="/directory">{t('rights.person.removedBack')}</Link>
        </p>
      </section>
    );

  const rows: [string, ReactNode][] = [
    [
      'employeeNumber',
      <span key="n" className="mono">
        {e.employeeNumber}
      </span>,
    ],
    ['name', <PersonName key="p" person={e} />],
    ['email', e.email],
    ['department', dept || none],
    ['jobTitle', e.jobTitle || none],
    ['grade', e.grade || none],
    // Only people who can browse the directory get a link (others would only meet a 404).
    [
      'manager',
      e.manager && me.can.viewDirectory ? (
        <Link key="m" to={`/employees/${e.manager.id}`}>
          {formatName(e.manager)}
        </Link>
      ) : e.manager ? (
        formatName(e.manager)
      ) : (
        none
      ),
    ],
    ['hireDate', formatDate(e.hireDate, locale) || none],
    ['status', <StatusBadge key="s" status={e.status} />],
    ...(e.retiredOn ? ([['retiredOn', formatDate(e.retiredOn, locale)]] as [string, ReactNode][]) : []),
    ['locale', t(`ui.locales.${e.locale}`)],
  ];
  if (e.roles) rows.push(['roles', e.roles.map((r) => t(`ui.roles.${r}`, { defaultValue: r })).join('、') || none]);

  return (
    <section className="page">
      <PageHeader title={title}>
        {e.id !== me.id && (me.can.viewDirectory || e.manager?.id === me.id) && (
          <Link className="btn btn--secondary" to={`/employees/${e.id}/history`}>
            {t('record.ui.history.link')}
          </Link>
        )}
        {e.can.edit && !editing && (
          <Button variant="primary" onClick={() => setEditing(true)}>
            {t('ui.employee.edit')}
          </Button>
        )}
      </PageHeader>
      {me.can.viewDirectory && (
        <p className="back-link">
          <Link to="/directory">{t('ui.employee.back')}</Link>
        </p>
      )}
      {flash && <Alert kind="success">{flash}</Alert>}

      {editing ? (
        <EmployeeEdit
          employee={e}
          onDone={(saved) => {
            setEditing(false);
            setFlash(saved ? t('ui.common.saved') : null);
          }}
        />
      ) : (
        <div className="card">
          <h2>{t('ui.employee.profile')}</h2>
          <dl className="dl">
            {rows.map(([k, v]) => (
              <div key={k} className="dl__row">
                <dt>{t(`ui.employee.fields.${k}`)}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}

      {!editing && e.can.manageRoles && e.roles && <RolesForm employee={e} onSaved={() => setFlash(t('ui.employee.rolesSaved'))} />}
      {!editing && e.can.retire && <RetireControls employee={e} onDone={setFlash} />}
      {!editing && <PersonDataControls employee={e} onExported={setFlash} onRemoved={setRemoved} />}
    </section>
  );
}
