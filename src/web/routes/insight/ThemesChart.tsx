import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../domain/shared/format';
import { Button } from '../../components/forms';
import type { Schemas } from '../../api-contract';
import { currentLocale } from '../../i18n';

export type ThemeWord = Schemas['ThemeWord'];
export type Trend = NonNullable<ThemeWord['trend']>;
export type Themes = Schemas['Themes'];

export const CHART_WORDS = 20;
/** The table lists this many words until asked for the rest (the snapshot keeps up to 100). */
const TABLE_WORDS = 50;

/**
 * The top words as horizontal bars of people. The chart is a picture of the table under it, so
 * screen readers get its summary as the label; a click on a bar opens the answers like the table does.
 */
export function ThemesChart({ words, onSelect }: { words: ThemeWord[]; onSelect: (word: string) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const data = words.slice(0, CHART_WORDS);
  const summary = data.map((w) => `${w.label} ${t('themes.ui.peopleCount', { n: formatNumber(w.people, locale) })}`).join('、');
  return (
    <div className="chart" role="img" aria-label={t('themes.ui.chartSummary', { n: data.length, summary })}>
      <ResponsiveContainer width="100%" height={48 + data.length * 28}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 56, top: 8, bottom: 8 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tickFormatter={(v) => formatNumber(Number(v), locale)} />
          <YAxis type="category" dataKey="label" width={150} interval={0} />
          <Tooltip formatter={(v) => t('themes.ui.peopleCount', { n: formatNumber(Number(v), locale) })} />
          <Bar
            dataKey="people"
            fill="#1d4ed8"
            isAnimationActive={false}
            cursor="pointer"
            onClick={(d) => onSelect((d as unknown as ThemeWord).word)}
          >
            <LabelList dataKey="people" position="right" formatter={(v) => formatNumber(Number(v), locale)} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function TrendBadge({ trend }: { trend: Trend | null }) {
  const { t } = useTranslation();
  if (!trend) return <span className="muted">{t('themes.ui.none')}</span>;
  // The text says it; the colour only repeats it.
  const badge = {
    new: { label: t('themes.trend.new'), className: 'badge badge--todo' },
    rising: { label: t('themes.trend.rising'), className: 'badge badge--item-inProgress' },
    falling: { label: t('themes.trend.falling'), className: 'badge badge--retired' },
    steady: { label: t('themes.trend.steady'), className: 'muted' },
  }[trend];
  return <span className={badge.className}>{badge.label}</span>;
}

/** Every listed word with its count, share, previous count and trend; a word opens its answers. */
export function ThemesTable({ themes, selected, onSelect }: { themes: Themes; selected: string | null; onSelect: (word: string) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const n = (x: number) => formatNumber(x, locale);
  const [all, setAll] = useState(false);
  const rows = all ? themes.words : themes.words.slice(0, TABLE_WORDS);
  const share = (people: number) =>
    themes.respondents ? `${Math.round((people / themes.respondents) * 1000) / 10}%` : t('themes.ui.none');
  return (
    <div className="table-wrap">
      <table className="table table--compact">
        <caption>{t('themes.ui.tableTitle')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('themes.ui.rank')}
            </th>
            <th scope="col">{t('themes.ui.word')}</th>
            <th scope="col" className="num">
              {t('themes.ui.people')}
            </th>
            <th scope="col" className="num">
              {t('themes.ui.share')}
            </th>
            {themes.previousRound && (
              <>
                <th scope="col" className="num">
                  {t('themes.ui.previous')}
                </th>
                <th scope="col">{t('themes.ui.trend')}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((w, i) => (
            <tr key={w.word}>
              <td className="num">{n(i + 1)}</td>
              <th scope="row">
                <Button
                  variant="link"
                  className="btn--small"
                  aria-pressed={selected === w.word}
                  aria-label={t('themes.ui.showAnswers', { word: w.label })}
                  onClick={() => onSelect(w.word)}
                >
                  {w.label}
                </Button>
              </th>
              <td className="num">{n(w.people)}</td>
              <td className="num">{share(w.people)}</td>
              {themes.previousRound && (
                <>
                  <td className="num">{w.previous === null ? t('themes.ui.belowMin', { min: themes.minGroup }) : n(w.previous)}</td>
                  <td>
                    <TrendBadge trend={w.trend} />
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length < themes.words.length && (
        <div className="actions actions--inline">
          <Button variant="link" onClick={() => setAll(true)}>
            {t('themes.ui.showAll', { n: n(themes.words.length - rows.length) })}
          </Button>
        </div>
      )}
    </div>
  );
}
