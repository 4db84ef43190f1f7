import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatName } from '../../../domain/shared/format';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Alert, Button } from '../../components/forms';
import { Empty, Loading, PageHeader } from '../../components/status';
import { currentLocale } from '../../i18n';
import { DecisionView, DisclosureBadge, StateBadge, WishDetails, WishHeadline } from './parts';
import type { MyWishes, Wish } from './types';
import { WishForm } from './WishForm';

/** Who reads this wish, in words: 「上司(佐藤 花子さん)と人事」 or 「人事のみ」. */
function Readers({ wish, manager }: { wish: Wish; manager: MyWishes['manager'] }) {
  const { t } = useTranslation();
  const who =
    wish.disclosure === 'manager_hr' && manager
      ? t('placement.ui.form.disclosureHelp.manager_hr', { manager: formatName(manager) })
      : wish.disclosure === 'manager_hr'
        ? t('placement.ui.form.disclosureHelp.managerless')
        : t('placement.ui.form.disclosureHelp.hr_only');
  return (
    <p className="hint">
      <DisclosureBadge disclosure={wish.disclosure} /> {who}
    </p>
  );
}

function WishCard({ wish, manager, onDone }: { wish: Wish; manager: MyWishes['manager']; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const withdraw = useMutation({
    mutationFn: () => api<Wish>(`/wishes/${wish.id}/withdraw`, { method: 'POST', body: { version: wish.version } }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['my-wishes'] });
      onDone(t('placement.ui.mine.withdrawnDone'));
    },
    onSettled: async (_d, err) => {
      setConfirm(false);
      if (err) await qc.invalidateQueries({ queryKey: ['my-wishes'] });
    },
  });
  const titleId = `wish-${wish.id}`;
  return (
    <li className="row-card" aria-labelledby={titleId}>
      <h3 id={titleId}>
        <WishHeadline wish={wish} /> <StateBadge state={wish.state} />
      </h3>
      {editing ? (
        <WishForm
          wish={wish}
          manager={manager}
          onCancel={() => setEditing(false)}
          onDone={(m) => {
            setEditing(false);
            onDone(m);
          }}
        />
      ) : (
        <>
          <WishDetails wish={wish} />
          <Readers wish={wish} manager={manager} />
          <p className="muted">{t('placement.ui.common.updatedAt', { at: formatDateTime(wish.updatedAt, locale) })}</p>
        </>
      )}
      <section aria-label={t('placement.ui.mine.answer')}>
        <h4>{t('placement.ui.mine.answer')}</h4>
        {wish.decision ? <DecisionView decision={wish.decision} /> : <p className="muted">{t('placement.ui.mine.noAnswer')}</p>}
      </section>
      {withdraw.error && <Alert kind="error">{withdraw.error.message}</Alert>}
      {!editing && wish.can.edit && (
        <div className="actions actions--inline">
          <Button onClick={() => setEditing(true)}>{t('placement.ui.mine.edit')}</Button>
          <Button variant="danger" onClick={() => setConfirm(true)}>
            {t('placement.ui.mine.withdraw')}
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={confirm}
        danger
        title={t('placement.ui.mine.withdrawTitle')}
        confirmLabel={t('placement.ui.mine.withdraw')}
        busy={withdraw.isPending}
        onConfirm={() => withdraw.mutate()}
        onCancel={() => setConfirm(false)}
      >
        <p>{t('placement.ui.mine.withdrawBody')}</p>
      </ConfirmDialog>
    </li>
  );
}

/** /wishes — the employee's transfer and career-path wishes, who reads each, and what HR answered. */
export function MyWishesPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['my-wishes'], queryFn: () => api<MyWishes>('/me/wishes') });
  const [done, setDone] = useState('');
  const open = q.data?.items.filter((w) => w.status === 'open').length ?? 0;
  return (
    <section className="page narrow">
      <PageHeader title={t('placement.ui.mine.title')} />
      <p className="lead">{t('placement.ui.mine.lead')}</p>
      {done && <Alert kind="success">{done}</Alert>}
      <section className="card" aria-labelledby="my-wishes-title">
        <h2 id="my-wishes-title">{t('placement.ui.mine.listTitle')}</h2>
        {q.error && <Alert kind="error">{q.error.message}</Alert>}
        {q.isPending ? (
          <Loading />
        ) : !q.data ? null : q.data.items.length === 0 ? (
          <Empty>{t('placement.ui.mine.empty')}</Empty>
        ) : (
          <ul className="timeline">
            {q.data.items.map((w) => (
              <WishCard key={w.id} wish={w} manager={q.data.manager} onDone={setDone} />
            ))}
          </ul>
        )}
      </section>
      {q.data && (
        <section className="card">
          {open >= q.data.limit ? (
            <Alert kind="info">{t('placement.ui.mine.limitReached', { max: q.data.limit })}</Alert>
          ) : (
            <WishForm manager={q.data.manager} onDone={setDone} />
          )}
        </section>
      )}
    </section>
  );
}
