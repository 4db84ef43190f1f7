import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRACKS, WISH_KINDS, WISH_STATES } from '../../../domain/placement/schemas';
import { formatDateTime } from '../../../domain/shared/format';
import { api } from '../../api';
import { Alert, SelectField } from '../../components/forms';
import { Pagination } from '../../components/Pagination';
import { PersonName } from '../../components/PersonName';
import { Empty, Loading } from '../../components/status';
import { currentLocale } from '../../i18n';
import { toQuery } from '../../lib/urls';
import { DecisionForm } from './DecisionForm';
import { optionsOf, useLabels } from './labels';
import { DecisionView, DisclosureBadge, StateBadge, useDeptName, WishDetails, WishHeadline } from './parts';
import type { ListedWish, WishPage } from './types';

/** One wish in HR's (or the manager's) list: who, what, who may read it, its state, and the answer form. */
function WishRow({ wish }: { wish: ListedWish }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const dept = useDeptName();
  const [done, setDone] = useState(false);
  const titleId = `wish-row-${wish.id}`;
  return (
    <li className="row-card" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {wish.employee && <PersonName person={wish.employee} />}{' '}
        <span className="muted">{wish.employee?.department ? dept(wish.employee.department) : ''}</span>
      </h3>
      <p>
        <WishHeadline wish={wish} /> <StateBadge state={wish.state} /> <DisclosureBadge disclosure={wish.disclosure} />
      </p>
      <WishDetails wish={wish} />
      <p className="muted">{t('placement.ui.common.updatedAt', { at: formatDateTime(wish.updatedAt, locale) })}</p>
      {wish.decision && <DecisionView decision={wish.decision} labelled />}
      {done && <Alert kind="success">{t('placement.ui.decision.done')}</Alert>}
      {wish.can.decide && (
        // Keyed by version: after an answer the form closes and starts blank.
        <details key={`decide:${wish.version}`}>
          <summary>{t('placement.ui.wishes.decide')}</summary>
          <DecisionForm key={wish.version} wish={wish} onDone={() => setDone(true)} />
        </details>
      )}
    </li>
  );
}

/** Open wishes across the organisation (HR), or the manager's reports' shared wishes; filtered and paged. */
export function WishList({ hr }: { hr: boolean }) {
  const { t } = useTranslation();
  const l = useLabels();
  const [f, setF] = useState({ status: 'open', track: '', kind: '', page: 1 });
  const q = useQuery({
    queryKey: ['placement', 'wishes', f],
    queryFn: () => api<WishPage>(`/wishes${toQuery({ ...f, pageSize: 20 })}`),
    placeholderData: keepPreviousData,
  });
  const set = (k: 'status' | 'track' | 'kind') => (v: string) => setF({ ...f, [k]: v, page: 1 });
  const all = { value: '', label: t('placement.ui.wishes.all') };
  return (
    <section className="card" aria-labelledby="wishes-title">
      <h2 id="wishes-title">{t('placement.ui.wishes.title')}</h2>
      {!hr && <p className="hint">{t('placement.ui.wishes.managerView')}</p>}
      <div className="filters">
        <SelectField
          label={t('placement.ui.wishes.status')}
          value={f.status}
          onChange={set('status')}
          options={[
            { value: 'open', label: t('placement.ui.wishes.statusOpen') },
            ...optionsOf(WISH_STATES, l.state),
            { value: 'all', label: t('placement.ui.wishes.statusAll') },
          ]}
        />
        <SelectField
          label={t('placement.ui.wishes.track')}
          value={f.track}
          onChange={set('track')}
          options={[all, ...optionsOf(TRACKS, l.track)]}
        />
        <SelectField
          label={t('placement.ui.wishes.kind')}
          value={f.kind}
          onChange={set('kind')}
          options={[all, ...optionsOf(WISH_KINDS, l.kind)]}
        />
      </div>
      {q.error && <Alert kind="error">{q.error.message}</Alert>}
      {q.isPending ? (
        <Loading />
      ) : !q.data ? null : q.data.items.length === 0 ? (
        <Empty>{t('placement.ui.wishes.empty')}</Empty>
      ) : (
        <>
          <ul className="timeline" aria-busy={q.isFetching}>
            {q.data.items.map((w) => (
              <WishRow key={w.id} wish={w} />
            ))}
          </ul>
          <Pagination
            page={q.data.page}
            pageSize={q.data.pageSize}
            total={q.data.total}
            totalCapped={q.data.totalCapped}
            onPage={(page) => setF({ ...f, page })}
          />
        </>
      )}
    </section>
  );
}
