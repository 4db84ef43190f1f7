import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Schemas } from '../../api-contract';
import { Alert, TextField } from '../../components/forms';
import { Loading } from '../../components/status';
import { FiguresAsOf, useFigures } from '../../components/figures';
import { ExportButton } from './ExportButton';
import { addDays, companyToday } from '../../../domain/shared/calendar';

type Outcomes = Schemas['Outcomes'];

const yearAgo = () => addDays(companyToday(), -365);

/** The seed's expected effects, measured: people with a career interview in the period vs those without. */
export function OutcomesSection() {
  const { t } = useTranslation();
  const [from, setFrom] = useState(yearAgo);
  const [to, setTo] = useState(companyToday);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  const { query: q, refresh } = useFigures<Outcomes>(['outcomes', from, to], `/insight/outcomes?from=${from}&to=${to}`, { enabled: valid });
  const v = (n: number | null | undefined, unit = '') => (n === null || n === undefined ? t('insight.ui.hidden') : `${n}${unit}`);
  const rows = q.data
    ? ([
        ['interviewed', q.data.interviewed],
        ['notInterviewed', q.data.notInterviewed],
      ] as const)
    : [];
  const chart = rows.map(([k, g]) => ({ group: t(`insight.outcomes.${k}`), retention: g.retentionRate ?? 0, moves: g.moveRate ?? 0 }));
  return (
    <section className="card" aria-labelledby="outcomes-title">
      <h2 id="outcomes-title">{t('insight.ui.outcomesTitle')}</h2>
      <p className="hint">{t('insight.ui.outcomesCaveat')}</p>
      <div className="filters">
        <TextField label={t('insight.ui.from')} type="date" value={from} onChange={setFrom} />
        <TextField
          label={t('insight.ui.to')}
          type="date"
          value={to}
          error={valid ? undefined : t('insight.errors.period')}
          onChange={setTo}
        />
      </div>
      {q.error && <Alert kind="error">{q.error.message}</Alert>}
      {valid && !q.data && !q.error && <Loading />}
      {q.data && (
        <>
          <FiguresAsOf asOf={q.data.asOf} refresh={refresh} />
          <div className="table-wrap">
            <table className="table table--compact">
              <caption>{t('insight.ui.outcomesTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insight.outcomes.group')}</th>
                  <th scope="col" className="num">
                    {t('insight.ui.people')}
                  </th>
                  <th scope="col" className="num">
                    {t('insight.outcomes.retention')}
                  </th>
                  <th scope="col" className="num">
                    {t('insight.outcomes.moves')}
                  </th>
                  <th scope="col" className="num">
                    {t('insight.outcomes.satisfactionChange')}
                  </th>
                  <th scope="col" className="num">
                    {t('insight.outcomes.anxietyChange')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map(([k, g]) => (
                  <tr key={k}>
                    <th scope="row">{t(`insight.outcomes.${k}`)}</th>
                    <td className="num">{g.people}</td>
                    <td className="num">{v(g.retentionRate, '%')}</td>
                    <td className="num">{v(g.moveRate, '%')}</td>
                    <td className="num">{v(g.scaleChange.jobSatisfaction?.change)}</td>
                    <td className="num">{v(g.scaleChange.careerAnxiety?.change)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div
            className="chart"
            role="img"
            aria-label={t('insight.ui.outcomesChart', { summary: chart.map((c) => `${c.group} ${c.retention}% / ${c.moves}%`).join('、') })}
          >
            <ResponsiveContainer width="100%" height={220}>
              <BarChart data={chart} margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
                <CartesianGrid vertical={false} strokeDasharray="3 3" />
                <XAxis dataKey="group" />
                <YAxis unit="%" domain={[0, 100]} />
                <Tooltip formatter={(x) => `${x}%`} />
                <Legend />
                <Bar dataKey="retention" name={t('insight.outcomes.retention')} fill="#1d4ed8" isAnimationActive={false} />
                <Bar dataKey="moves" name={t('insight.outcomes.moves')} fill="#b45309" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <ExportButton kind="outcomes" params={{ from, to }} />
        </>
      )}
    </section>
  );
}
