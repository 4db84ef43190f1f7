import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localized } from '../../../domain/forms/definition';
import { TREND_DIMENSIONS, type TrendDimension } from '../../../domain/insight/trends-policy';
import { formatNumber } from '../../../domain/shared/format';
import { api, isNotFound } from '../../api';
import { FiguresAsOf } from '../../components/figures';
import { Alert, SelectField, TextField } from '../../components/forms';
import { Empty, Loading, NotFound, PageHeader } from '../../components/status';
import { currentLocale } from '../../i18n';
import { nextPoll } from '../../lib/figures';
import { TrendsChart } from './TrendsChart';
import { filterGroups, groupId, type TrendsData, useGroupLabel } from './TrendsLabels';
import { DistributionTable, TrendsTable } from './TrendsTable';

/** Groups charted before the person picks: a few lines stay readable, all numbers are in the table anyway. */
const DEFAULT_CHARTED = 5;
/** From this many groups on, the tables get a name filter. */
const GROUP_FILTER_FROM = 10;

const trendsUrl = (dimension: string, field: string, refresh = false) =>
  `/insight/trends?dimension=${dimension}&field=${encodeURIComponent(field)}${refresh ? '&refresh=true' : ''}`;

/** /insight/trends — HR: satisfaction and anxiety scales across rounds, by department, grade or tenure. */
const asOfs = (d: TrendsData | undefined, running: boolean) =>
  (d?.rounds ?? [])
    .filter((r) => !running || r.status !== 'closed')
    .map((r) => r.asOf)
    .filter((x): x is string => !!x)
    .sort();
const oldestRunning = (d: TrendsData | undefined) => asOfs(d, true)[0];
const latestAsOf = (d: TrendsData | undefined) => asOfs(d, false).at(-1);

export function TrendsPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const qc = useQueryClient();
  const [dimension, setDimension] = useState<TrendDimension>('department');
  const [field, setField] = useState('jobSatisfaction');
  const [picked, setPicked] = useState<Set<string> | null>(null);
  const [groupFilter, setGroupFilter] = useState('');
  const key = ['trends', dimension, field];
  const q = useQuery({
    queryKey: key,
    queryFn: () => api<TrendsData>(trendsUrl(dimension, field)),
    placeholderData: keepPreviousData,
    // Rounds not counted yet come in on the next asks, a few seconds apart; the rest before they pass the bound.
    refetchInterval: (query) => (query.state.data?.rounds.some((r) => r.pending) ? 3000 : nextPoll(oldestRunning(query.state.data))),
    refetchOnWindowFocus: true,
  });
  const refresh = useMutation({
    mutationFn: () => api<TrendsData>(trendsUrl(dimension, field, true)),
    onSuccess: (data) => qc.setQueryData(key, data),
  });
  const d = q.data;
  // While another cut loads, the previous one stays on screen: its labels follow its own data.
  const shownDimension = d?.dimension ?? dimension;
  const labelOf = useGroupLabel(shownDimension);
  const charted = useMemo(() => {
    if (picked) return picked;
    const withNumbers = (d?.groups ?? []).filter((g) => g.points.some((p) => p && !p.suppressed));
    return new Set(withNumbers.slice(0, DEFAULT_CHARTED).map(groupId));
  }, [picked, d]);
  // A survey without the default question: show its first scale instead of an empty chart.
  const fieldIds = d?.fields.map((f) => f.id) ?? [];
  const firstField = fieldIds.includes(field) ? null : (fieldIds[0] ?? null);
  useEffect(() => {
    if (firstField) setField(firstField);
  }, [firstField]);
  if (isNotFound(q.error)) return <NotFound />;

  const shownField = d?.field ?? field;
  const fieldDef = d?.fields.find((f) => f.id === shownField);
  const fieldLabel = fieldDef ? localized(fieldDef.label, i18n.language) : shownField;
  const dimensionLabel = t(`trends.dimensions.${shownDimension}`);
  const selected = d?.fields.find((f) => f.id === field);
  // The bound is about the oldest figures a running round shows (a closed round's are final).
  const asOf = oldestRunning(d) ?? latestAsOf(d);
  const latest = d ? d.rounds.length - 1 : -1;
  // A large company has hundreds of departments: the tables can be narrowed by name (the chart keeps its picks).
  const listed = filterGroups(d?.groups ?? [], labelOf, groupFilter);
  return (
    <section className="page">
      <p className="back-link">
        <Link to="/insight">{t('trends.ui.backToInsight')}</Link>
      </p>
      <PageHeader title={t('trends.ui.title')} />
      <p className="lead">{t('trends.ui.trendsLead')}</p>
      <div className="filters">
        <SelectField
          label={t('trends.ui.field')}
          value={field}
          options={(d?.fields.length ? d.fields : [{ id: field, label: { ja: fieldLabel } }]).map((f) => ({
            value: f.id,
            label: localized(f.label, i18n.language),
          }))}
          hint={
            selected ? (
              <>
                {selected.scaleLabels &&
                  t('trends.ui.scaleEnds', {
                    min: localized(selected.scaleLabels.min, i18n.language),
                    max: localized(selected.scaleLabels.max, i18n.language),
                  })}
                {selected.lowMeansWorry && <strong className="block">{t('trends.ui.lowMeansWorry')}</strong>}
              </>
            ) : undefined
          }
          onChange={setField}
        />
        <SelectField
          label={t('trends.ui.dimension')}
          value={dimension}
          options={TREND_DIMENSIONS.map((v) => ({ value: v, label: t(`trends.dimensions.${v}`) }))}
          onChange={(v) => {
            setDimension(v as TrendDimension);
            setPicked(null);
            setGroupFilter('');
          }}
        />
      </div>
      {(q.error || refresh.error) && <Alert kind="error">{(q.error ?? refresh.error)?.message}</Alert>}
      {!d ? (
        !q.error && <Loading />
      ) : d.rounds.length === 0 ? (
        <Empty>{t('trends.ui.noRounds')}</Empty>
      ) : d.fields.length === 0 && !d.rounds.some((r) => r.pending) ? (
        <Empty>{t('trends.ui.noFields')}</Empty>
      ) : (
        <>
          {asOf && <FiguresAsOf asOf={asOf} refresh={refresh} />}
          {d.rounds.some((r) => r.pending) && <Alert kind="info">{t('trends.ui.pending')}</Alert>}
          <section className="card" aria-labelledby="trend-chart-title">
            <h2 id="trend-chart-title">
              {t('trends.ui.chartTitle')}: {fieldLabel}
              {fieldDef?.lowMeansWorry && <span className="muted">{t('trends.ui.lowMeansWorryShort')}</span>}
            </h2>
            <TrendsChart
              rounds={d.rounds}
              overall={d.overall}
              groups={d.groups.filter((g) => charted.has(groupId(g)))}
              labelOf={labelOf}
              fieldLabel={fieldLabel}
              dimensionLabel={dimensionLabel}
            />
            <p className="hint">{t('trends.ui.chartNote')}</p>
          </section>
          {d.groups.length > GROUP_FILTER_FROM && (
            <div className="filters">
              <TextField
                label={t('trends.ui.groupFilter')}
                value={groupFilter}
                onChange={setGroupFilter}
                hint={t('trends.ui.groupFilterCount', {
                  shown: formatNumber(listed.length, locale),
                  total: formatNumber(d.groups.length, locale),
                })}
              />
            </div>
          )}
          <TrendsTable
            caption={t('trends.ui.tableCaption', { field: fieldLabel, dimension: dimensionLabel })}
            rounds={d.rounds}
            overall={d.overall}
            groups={listed}
            labelOf={labelOf}
            charted={charted}
            onChart={(id, on) => {
              const next = new Set(charted);
              if (on) next.add(id);
              else next.delete(id);
              setPicked(next);
            }}
          />
          {latest >= 0 && (
            <DistributionTable
              caption={t('trends.ui.distributionCaption', { round: d.rounds[latest]!.name, field: fieldLabel, dimension: dimensionLabel })}
              index={latest}
              overall={d.overall}
              groups={listed}
              labelOf={labelOf}
            />
          )}
        </>
      )}
    </section>
  );
}
