import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatName } from '../../../domain/shared/format';
import { api } from '../../api';
import { Alert } from '../../components/forms';
import { ManagerPicker } from '../../components/ManagerPicker';
import { Pagination } from '../../components/Pagination';
import { Empty, Loading } from '../../components/status';
import { currentLocale } from '../../i18n';
import { deptName } from '../../lib/departments';
import { toQuery } from '../../lib/urls';
import { FormStateCells, FormStateHeads } from '../prep/PrepList';
import type { Schemas } from '../../api-contract';
import type { Round } from './types';

const PAGE_SIZE = 50;

/** Who interviews whom: search, show the unassigned, tick several and give them an interviewer. */
export function Assignments({ round }: { round: Round }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  // Searched after a pause, not on every keystroke (nor in the middle of an IME conversion).
  useEffect(() => {
    const h = setTimeout(() => {
      setQ(text.trim());
      setPage(1);
    }, 400);
    return () => clearTimeout(h);
  }, [text]);
  const [unassigned, setUnassigned] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const list = useQuery({
    queryKey: ['round-interviews', round.id, q, unassigned, page],
    queryFn: () =>
      api<Schemas['RoundAssignmentPage']>(
        `/rounds/${round.id}/interviews${toQuery({ q, unassigned: unassigned ? 'true' : '', page, pageSize: PAGE_SIZE })}`,
      ),
    placeholderData: keepPreviousData,
  });
  const reassign = useMutation({
    mutationFn: (interviewerId: string) =>
      api<Schemas['ReassignResult']>(`/rounds/${round.id}/reassign`, {
        method: 'POST',
        body: { interviewIds: selected, interviewerId },
      }),
    onSuccess: () => {
      setSelected([]);
      void qc.invalidateQueries({ queryKey: ['round-interviews', round.id] });
      void qc.invalidateQueries({ queryKey: ['round-progress', round.id] });
    },
  });
  const items = list.data?.items ?? [];
  const allOnPage = items.length > 0 && items.every((i) => selected.includes(i.id));
  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));

  return (
    <section aria-labelledby="assign-title">
      <h2 id="assign-title">{t('rounds.ui.assignments')}</h2>
      <div className="filters">
        <div className="field">
          <label htmlFor="assign-q">{t('rounds.ui.search')}</label>
          <input id="assign-q" type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={unassigned}
            onChange={(e) => {
              setUnassigned(e.target.checked);
              setPage(1);
            }}
          />
          {t('rounds.ui.onlyUnassigned')}
        </label>
      </div>
      {round.can.reassign && selected.length > 0 && (
        <div className="card card--quiet">
          <ManagerPicker
            id=""
            label=""
            adding
            legend={t('rounds.ui.reassignTo', { n: selected.length })}
            changeLabel={t('rounds.ui.choosePerson')}
            onChange={(id) => reassign.mutate(id)}
          />
        </div>
      )}
      {reassign.data && <Alert kind="success">{t('rounds.ui.reassigned', { n: reassign.data.updated })}</Alert>}
      {reassign.error && <Alert kind="error">{reassign.error.message}</Alert>}
      {list.error && <Alert kind="error">{list.error.message}</Alert>}
      {list.isPending ? (
        <Loading />
      ) : items.length === 0 ? (
        <Empty>{t('rounds.ui.noAssignments')}</Empty>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">
                    <input
                      type="checkbox"
                      aria-label={t('rounds.ui.selectPage')}
                      checked={allOnPage}
                      onChange={(e) =>
                        setSelected(
                          e.target.checked
                            ? [...new Set([...selected, ...items.map((i) => i.id)])]
                            : selected.filter((x) => !items.some((i) => i.id === x)),
                        )
                      }
                    />
                  </th>
                  <th scope="col">{t('prep.ui.colEmployee')}</th>
                  <th scope="col">{t('rounds.ui.department')}</th>
                  <th scope="col">{t('rounds.ui.interviewer')}</th>
                  <FormStateHeads />
                  <th scope="col">{t('prep.ui.schedule')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((i) => (
                  <tr key={i.id}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('rounds.ui.selectOne', { name: formatName(i.employee) })}
                        checked={selected.includes(i.id)}
                        onChange={(e) => toggle(i.id, e.target.checked)}
                      />
                    </td>
                    <td>
                      <Link to={`/interviews/${i.id}`}>{formatName(i.employee)}</Link>{' '}
                      <span className="muted mono">{i.employee.employeeNumber}</span>
                    </td>
                    <td>{i.department ? deptName(i.department, locale) : '—'}</td>
                    <td>
                      {i.interviewer ? formatName(i.interviewer) : <span className="badge badge--todo">{t('rounds.ui.unassigned')}</span>}
                    </td>
                    <FormStateCells sheet={i.sheet} survey={i.survey} />
                    <td className="nowrap">{i.scheduledStart ? formatDateTime(i.scheduledStart, locale) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.data!.total} totalCapped={list.data!.totalCapped} onPage={setPage} />
        </>
      )}
    </section>
  );
}
