import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatName } from '../../../domain/shared/format';
import { currentLocale } from '../../i18n';
import { useLabels } from './labels';
import type { Decision, Dept, Wish } from './types';

const STATE_BADGE: Record<string, string> = {
  new: 'badge--todo',
  considered: 'badge--item-inProgress',
  offered: 'badge--ok',
  moved: 'badge--item-done',
  notNow: 'badge--retired',
  withdrawn: 'badge--retired',
};

export function StateBadge({ state }: { state: string }) {
  const l = useLabels();
  return <span className={`badge ${STATE_BADGE[state] ?? ''}`}>{l.state[state] ?? state}</span>;
}

export function DisclosureBadge({ disclosure }: { disclosure: string }) {
  const l = useLabels();
  return (
    <span className={`badge ${disclosure === 'hr_only' ? 'badge--hr-only' : 'badge--vis-shared'}`}>
      {l.disclosure[disclosure] ?? disclosure}
    </span>
  );
}

export function useDeptName() {
  const { i18n } = useTranslation();
  return (d: Dept | null | undefined) => (d ? (i18n.language === 'en' && d.nameEn ? d.nameEn : d.name) : '');
}

/** 「テックリード(第一開発部)」: what the wish is about, in one line. */
export function WishHeadline({ wish }: { wish: Wish }) {
  const l = useLabels();
  const dept = useDeptName();
  const where = wish.desiredDepartment ? dept(wish.desiredDepartment) : '';
  return (
    <>
      <strong>{wish.desiredRole || where}</strong>
      {wish.desiredRole && where && <span className="muted">({where})</span>} <span className="muted">· {l.kind[wish.kind]}</span>
    </>
  );
}

/** The wish's details as a definition list. */
export function WishDetails({ wish }: { wish: Wish }) {
  const { t } = useTranslation();
  const l = useLabels();
  const dept = useDeptName();
  const rows: [string, ReactNode][] = [
    [t('placement.ui.form.desiredRole'), wish.desiredRole || '—'],
    [
      t('placement.ui.common.desiredDepartment'),
      wish.desiredDepartment ? dept(wish.desiredDepartment) : t('placement.ui.common.anyDepartment'),
    ],
    [t('placement.ui.form.track'), l.track[wish.track]],
    [t('placement.ui.form.timeframe'), l.timeframe[wish.timeframe]],
    [t('placement.ui.form.relocation'), l.relocation[wish.relocation]],
  ];
  if (wish.note)
    rows.push([
      t('placement.ui.form.note'),
      <span key="note" className="pre-line">
        {wish.note}
      </span>,
    ]);
  return (
    <dl className="dl">
      {rows.map(([k, v]) => (
        <div className="dl__row" key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** HR's answer: the decision and the message for everyone who may read it; the note and who decided for HR. */
export function DecisionView({ decision, labelled }: { decision: Decision; labelled?: boolean }) {
  const { t } = useTranslation();
  const l = useLabels();
  const locale = currentLocale();
  return (
    <div className="decision">
      <p>
        <strong>
          {labelled ? t('placement.ui.decision.latest', { decision: l.decision[decision.decision] }) : l.decision[decision.decision]}
        </strong>{' '}
        <span className="muted">
          {decision.decidedBy
            ? t('placement.ui.decision.by', { name: formatName(decision.decidedBy), at: formatDateTime(decision.at, locale) })
            : formatDateTime(decision.at, locale)}
        </span>
      </p>
      {decision.message && <p className="pre-line">{decision.message}</p>}
      {decision.position && <p className="muted">{t('placement.ui.decision.positionIs', { title: decision.position.title })}</p>}
      {decision.note && <p className="pre-line muted">{t('placement.ui.decision.internal', { note: decision.note })}</p>}
    </div>
  );
}

/** Radio buttons with a plain explanation under each choice. */
export function RadioChoices({
  legend,
  name,
  value,
  options,
  onChange,
  error,
}: {
  legend: string;
  name: string;
  value: string;
  options: { value: string; label: string; help?: string }[];
  onChange: (v: string) => void;
  error?: string;
}) {
  return (
    <fieldset className="choices" aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="check check--block">
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          <span>
            <strong>{o.label}</strong>
            {o.help && <span className="hint"> — {o.help}</span>}
          </span>
        </label>
      ))}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
