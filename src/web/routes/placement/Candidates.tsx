import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CandidateGap, RankedBy } from './CareerRole';
import { api } from '../../api';
import { Alert, SelectField } from '../../components/forms';
import { Pagination } from '../../components/Pagination';
import { PersonName } from '../../components/PersonName';
import { Empty, Loading } from '../../components/status';
import { DecisionForm } from './DecisionForm';
import { DecisionView, StateBadge, useDeptName, WishDetails, WishHeadline } from './parts';
import type { Candidate, Candidates as CandidatesPage, Position, PositionPage } from './types';

const PAGE_SIZE = 10;

/** 「+30 希望部署が一致」: every point of the score with its reason; cautions say so. */
function Reasons({ c }: { c: Candidate }) {
  const { t } = useTranslation();
  return (
    <ul className="reasons">
      {c.reasons.map((r) => (
        <li key={r.code}>
          <span className="num">{t('placement.ui.candidates.points', { n: r.points })}</span>{' '}
          {r.caution && <span className="badge badge--late">{t('placement.ui.candidates.caution')}</span>} {r.text}
        </li>
      ))}
    </ul>
  );
}

function CandidateRow({ c, rank, position }: { c: Candidate; rank: number; position: Position }) {
  const { t } = useTranslation();
  const dept = useDeptName();
  const [done, setDone] = useState(false);
  const titleId = `candidate-${c.employee?.id}`;
  return (
    <li className="row-card" aria-labelledby={titleId}>
      <h3 id={titleId}>
        <span className="muted">{t('placement.ui.candidates.rank', { n: rank })}</span> {c.employee && <PersonName person={c.employee} />}{' '}
        <span className="badge badge--ok">{t('placement.ui.candidates.score', { n: c.score })}</span>
      </h3>
      <p className="muted">
        {[c.employee?.department ? dept(c.employee.department) : '', c.employee?.jobTitle ?? ''].filter(Boolean).join(' · ')}
      </p>
      <CandidateGap gap={c.gap} />
      <h4>{t('placement.ui.candidates.reasons')}</h4>
      <Reasons c={c} />
      {c.wish && (
        <details>
          <summary>
            {t('placement.ui.candidates.wish')}: <WishHeadline wish={c.wish} /> <StateBadge state={c.wish.state} />
          </summary>
          <WishDetails wish={c.wish} />
        </details>
      )}
      {c.wish?.decision && <DecisionView decision={c.wish.decision} labelled />}
      {done && <Alert kind="success">{t('placement.ui.decision.done')}</Alert>}
      {c.wish?.can.decide && (
        // Keyed by version: after an answer the form closes and starts blank.
        <details key={`decide:${c.wish.version}`}>
          <summary>{t('placement.ui.decision.title')}</summary>
          <DecisionForm key={c.wish.version} wish={c.wish} position={position} onDone={() => setDone(true)} />
        </details>
      )}
    </li>
  );
}

/** Per position, the people who could fill it, best first, with the reasons for each point. */
export function Candidates({ positionId, onPosition }: { positionId: string; onPosition: (id: string) => void }) {
  const { t } = useTranslation();
  const [skills, setSkills] = useState(false);
  const [page, setPage] = useState(1);
  const positions = useQuery({
    queryKey: ['positions', 'all', 'choices'],
    queryFn: () => api<PositionPage>('/positions?status=all&pageSize=100'),
  });
  const q = useQuery({
    queryKey: ['placement', 'candidates', positionId, skills, page],
    queryFn: () => api<CandidatesPage>(`/positions/${positionId}/candidates?page=${page}&pageSize=${PAGE_SIZE}&skills=${skills}`),
    enabled: !!positionId,
    placeholderData: keepPreviousData,
  });
  const choices = positions.data?.items ?? [];
  if (positions.data && choices.length === 0) return <Empty>{t('placement.ui.candidates.noPositions')}</Empty>;
  return (
    <section className="card" aria-labelledby="candidates-title">
      <h2 id="candidates-title">
        {q.data && positionId ? t('placement.ui.candidates.title', { title: q.data.position.title }) : t('placement.ui.hr.tabs.candidates')}
      </h2>
      <div className="filters filters--narrow">
        <SelectField
          label={t('placement.ui.candidates.choose')}
          value={positionId}
          onChange={(id) => {
            setPage(1);
            onPosition(id);
          }}
          options={[
            { value: '', label: t('placement.ui.candidates.choosePrompt') },
            ...choices.map((p) => ({
              value: p.id,
              label: p.status === 'open' ? p.title : `${p.title}(${t('placement.positionStatus.closed')})`,
            })),
          ]}
        />
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={skills}
          onChange={(e) => {
            setSkills(e.target.checked);
            setPage(1);
          }}
        />{' '}
        {t('placement.ui.candidates.includeSkills')}
      </label>
      <p className="hint">{t('placement.ui.candidates.how')}</p>
      {q.error && <Alert kind="error">{q.error.message}</Alert>}
      {!positionId ? null : q.isPending ? (
        <Loading />
      ) : !q.data ? null : q.data.items.length === 0 ? (
        <Empty>{t('placement.ui.candidates.empty')}</Empty>
      ) : (
        <>
          <RankedBy page={q.data} />
          {q.data.totalCapped && <Alert kind="info">{t('placement.ui.candidates.capped', { n: q.data.shortlist })}</Alert>}
          <ol className="timeline" aria-busy={q.isFetching}>
            {q.data.items.map((c, i) => (
              <CandidateRow key={c.employee?.id ?? i} c={c} rank={(q.data.page - 1) * q.data.pageSize + i + 1} position={q.data.position} />
            ))}
          </ol>
          <Pagination page={q.data.page} pageSize={q.data.pageSize} total={q.data.total} onPage={setPage} />
        </>
      )}
    </section>
  );
}
