import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { addDays, companyToday } from '../../../domain/shared/calendar';
import { formatDate } from '../../../domain/shared/format';
import { api } from '../../api';
import type { Schemas } from '../../api-contract';
import { ManagerPicker } from '../../components/ManagerPicker';
import { Alert, Button, Form, FormActions, fieldErrors, SelectField, TextAreaField, TextField } from '../../components/forms';
import { Empty, Loading, PageHeader, usePageTitle } from '../../components/status';
import { currentLocale } from '../../i18n';

type Picked = { id: string; label: string };

/** HR's hearings: the list with who answered, and the form that sends a new one. */
export function HearingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('hiring.ui.title'));
  return (
    <>
      <PageHeader title={t('hiring.ui.title')} />
      <p className="hint">{t('hiring.ui.lead')}</p>
      <HearingList />
      <NewHearing />
    </>
  );
}

function HearingList() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const q = useQuery({ queryKey: ['hearings'], queryFn: () => api<Schemas['HearingList']>('/hiring/hearings') });
  // Back from deleting a hearing (HearingActions): say which one went.
  const deleted = (useLocation().state as { deleted?: string } | null)?.deleted;
  if (q.error) return <Alert kind="error">{q.error.message}</Alert>;
  if (!q.data) return <Loading />;
  return (
    <section className="card" aria-labelledby="hearing-list">
      <h2 id="hearing-list">{t('hiring.ui.list')}</h2>
      {deleted && <Alert kind="success">{t('hiring.ui.actions.deleted', { role: deleted })}</Alert>}
      {q.data.items.length === 0 ? (
        <Empty>{t('hiring.ui.empty')}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('hiring.ui.role')}</th>
                <th scope="col">{t('hiring.ui.sentOn')}</th>
                <th scope="col">{t('hiring.ui.due')}</th>
                <th scope="col">{t('hiring.ui.answered')}</th>
                <th scope="col">{t('hiring.ui.criteria.title')}</th>
              </tr>
            </thead>
            <tbody>
              {q.data.items.map((h) => (
                <tr key={h.id}>
                  <th scope="row">
                    <Link to={`/hiring/${h.id}`}>{h.role.name}</Link>
                  </th>
                  <td>{formatDate(h.createdAt, locale)}</td>
                  <td>{formatDate(h.dueOn, locale)}</td>
                  <td>{t('hiring.ui.answeredOf', { done: h.submitted, total: h.total })}</td>
                  <td>{t('hiring.ui.criteriaCount', { count: h.criteria })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function NewHearing() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const framework = useQuery({ queryKey: ['career-framework'], queryFn: () => api<Schemas['CareerFramework']>('/career/framework') });
  const [roleId, setRoleId] = useState('');
  const [roleName, setRoleName] = useState('');
  const [managers, setManagers] = useState<Picked[]>([]);
  const [dueOn, setDueOn] = useState(() => addDays(companyToday(), 14));
  const [message, setMessage] = useState('');
  const send = useMutation({
    mutationFn: () =>
      api<Schemas['HearingCreated']>('/hiring/hearings', {
        method: 'POST',
        body: {
          ...(roleId ? { roleId } : { roleName }),
          managerIds: managers.map((m) => m.id),
          dueOn,
          ...(message.trim() ? { message } : {}),
        },
      }),
    onSuccess: async (r) => {
      await qc.invalidateQueries({ queryKey: ['hearings'] });
      navigate(`/hiring/${r.id}`);
    },
  });
  const errors = fieldErrors(send.error);
  const roles = framework.data?.roles ?? [];
  return (
    <section className="card" aria-labelledby="new-hearing">
      <h2 id="new-hearing">{t('hiring.ui.new.title')}</h2>
      <Form onSubmit={() => send.mutate()} busy={send.isPending} error={send.error}>
        <SelectField
          label={t('hiring.ui.new.careerRole')}
          value={roleId}
          onChange={setRoleId}
          error={errors.roleId}
          options={[
            { value: '', label: t('hiring.ui.new.noRole') },
            ...roles.map((r) => ({ value: r.id, label: `${r.familyName} · ${r.name}(${r.grade})` })),
          ]}
        />
        {!roleId && (
          <TextField label={t('hiring.ui.new.roleName')} value={roleName} onChange={setRoleName} maxLength={100} error={errors.roleName} />
        )}
        <ManagerPicker
          id=""
          label=""
          adding
          legend={t('hiring.ui.new.managers')}
          changeLabel={t('hiring.ui.new.addManager')}
          searchLabel={t('hiring.ui.new.search')}
          error={errors.managerIds}
          onChange={(id, label) => setManagers((m) => (m.some((x) => x.id === id) ? m : [...m, { id, label }]))}
        />
        {managers.length === 0 ? (
          <p className="muted">{t('hiring.ui.new.noManagers')}</p>
        ) : (
          <ul className="chips">
            {managers.map((m) => (
              <li key={m.id}>
                {m.label}{' '}
                <Button
                  variant="link"
                  aria-label={t('hiring.ui.new.remove', { name: m.label })}
                  onClick={() => setManagers((all) => all.filter((x) => x.id !== m.id))}
                >
                  {t('hiring.ui.new.removeShort')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <TextField label={t('hiring.ui.due')} type="date" required value={dueOn} onChange={setDueOn} error={errors.dueOn} />
        <TextAreaField
          label={t('hiring.ui.new.message')}
          value={message}
          onChange={setMessage}
          maxLength={1000}
          rows={3}
          error={errors.message}
        />
        {send.error && !Object.keys(errors).length && <Alert kind="error">{send.error.message}</Alert>}
        <FormActions busy={send.isPending} label={t('hiring.ui.new.send')} />
      </Form>
    </section>
  );
}
