import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, type Locale } from '../../domain/shared/format';
import { api } from '../api';
import type { Schemas } from '../api-contract';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Alert, Button, Form, FormActions, fieldErrors, TextField } from '../components/forms';
import { Empty, Loading, PageHeader } from '../components/status';

type List = Schemas['ScimTokenList'];
type Token = Schemas['ScimToken'];
const KEY = ['admin', 'scim', 'tokens'];

/** /admin/scim — 管理 → ディレクトリ同期(SCIM): the tenant URL and the tokens identity providers use (decision 0023). */
export function ScimSettingsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const qc = useQueryClient();
  const q = useQuery({ queryKey: KEY, queryFn: () => api<List>('/admin/scim/tokens') });
  const [name, setName] = useState('');
  const [shown, setShown] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [revoking, setRevoking] = useState<Token | null>(null);
  const refresh = () => void qc.invalidateQueries({ queryKey: KEY });
  const create = useMutation({
    mutationFn: () => api<Schemas['ScimTokenCreated']>('/admin/scim/tokens', { method: 'POST', body: { name } }),
    onSuccess: (r) => {
      setShown(r.token);
      setCopied(false);
      setName('');
      refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (tk: Token) => api<Token>(`/admin/scim/tokens/${tk.id}`, { method: 'DELETE' }),
    onSuccess: () => {
      setRevoking(null);
      refresh();
    },
  });
  const errors = fieldErrors(create.error);
  const when = (iso: string | null) => (iso ? formatDateTime(iso, locale) : t('scim.neverUsed'));

  return (
    <section className="page">
      <PageHeader title={t('scim.title')} />
      <p className="lead">{t('scim.intro')}</p>
      <p className="hint">{t('scim.rules')}</p>
      {q.error && <Alert kind="error">{q.error.message}</Alert>}
      {revoke.error && <Alert kind="error">{revoke.error.message}</Alert>}
      {q.data && (
        <dl className="card">
          <dt>{t('scim.tenantUrl')}</dt>
          <dd>
            <code className="break" data-testid="scim-tenant-url">
              {q.data.tenantUrl}
            </code>
          </dd>
        </dl>
      )}
      {shown && (
        <section className="card" aria-label={t('scim.createdTitle')}>
          <h2>{t('scim.createdTitle')}</h2>
          <Alert kind="info">{t('scim.createdNote')}</Alert>
          <p>
            <code className="break" data-testid="scim-token">
              {shown}
            </code>
          </p>
          <div className="actions actions--inline">
            <Button onClick={() => void navigator.clipboard?.writeText(shown).then(() => setCopied(true))}>{t('scim.copy')}</Button>
            <Button variant="primary" onClick={() => setShown(null)}>
              {t('scim.done')}
            </Button>
            {copied && <span role="status">{t('scim.copied')}</span>}
          </div>
        </section>
      )}
      <Form className="card" onSubmit={() => create.mutate()} busy={create.isPending} error={create.error} aria-label={t('scim.newToken')}>
        <h2>{t('scim.newToken')}</h2>
        {create.error && !errors.name && <Alert kind="error">{create.error.message}</Alert>}
        <TextField
          label={t('scim.name')}
          placeholder={t('scim.namePlaceholder')}
          maxLength={100}
          required
          value={name}
          error={errors.name}
          onChange={setName}
        />
        <FormActions busy={create.isPending} label={t('scim.create')} />
      </Form>
      <h2>{t('scim.tokens')}</h2>
      {!q.data ? (
        !q.error && <Loading />
      ) : q.data.items.length === 0 ? (
        <Empty>{t('scim.none')}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('scim.tokens')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('scim.columns.name')}</th>
                <th scope="col">{t('scim.columns.hint')}</th>
                <th scope="col">{t('scim.columns.createdAt')}</th>
                <th scope="col">{t('scim.columns.lastUsedAt')}</th>
                <th scope="col">{t('scim.columns.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('scim.revoke')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {q.data.items.map((tk) => (
                <tr key={tk.id}>
                  <th scope="row">{tk.name}</th>
                  <td>
                    <code>…{tk.hint}</code>
                  </td>
                  <td>{formatDateTime(tk.createdAt, locale)}</td>
                  <td>{when(tk.lastUsedAt)}</td>
                  <td>
                    <span className={`badge badge--${tk.revokedAt ? 'off' : 'ok'}`}>
                      {tk.revokedAt ? t('scim.revoked', { at: formatDateTime(tk.revokedAt, locale) }) : t('scim.active')}
                    </span>
                  </td>
                  <td>
                    {!tk.revokedAt && (
                      <Button variant="danger" onClick={() => setRevoking(tk)}>
                        {t('scim.revoke')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={!!revoking}
        title={t('scim.revoke')}
        confirmLabel={t('scim.revoke')}
        danger
        busy={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate(revoking)}
        onCancel={() => setRevoking(null)}
      >
        {revoking && t('scim.revokeConfirm', { name: revoking.name })}
      </ConfirmDialog>
    </section>
  );
}
