import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime, formatName } from '../../../domain/shared/format';
import { api } from '../../api';
import type { Schemas } from '../../api-contract';
import { Alert, Button } from '../../components/forms';
import { Loading, usePageTitle } from '../../components/status';
import { currentLocale } from '../../i18n';
import { CareerGoalPrint } from './CareerGoalPrint';
import { downloadFrom } from './download';
import { ExportInterview } from './ExportInterview';
import { HearingsPrint } from './HearingsPrint';

type DataExport = Schemas['DataExport'];

/**
 * /my-data — the employee's own data on A4 (print, or save as PDF), from the same answer as the JSON download:
 * what their own screens show them, nothing more.
 */
export function MyDataPrintPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  // Each visit reads afresh: the download is audited, and the page must show the data as it is now.
  const q = useQuery({ queryKey: ['my-data'], queryFn: () => api<DataExport>('/me/data-export'), staleTime: 0, gcTime: 0 });
  const download = useMutation({ mutationFn: () => downloadFrom('/me/data-export') });
  usePageTitle(t('rights.self.title'));
  if (q.error) return <Alert kind="error">{q.error.message}</Alert>;
  if (!q.data) return <Loading />;
  const d = q.data;
  const p = d.profile;
  const row = (label: string, value: string | null | undefined) => (
    <div>
      <dt>{label}</dt>
      <dd>{value || '—'}</dd>
    </div>
  );
  return (
    <article className="page print-sheet my-data">
      <div className="no-print actions actions--inline">
        <Link className="btn btn--secondary" to="/settings">
          {t('rights.print.back')}
        </Link>
        <Button variant="primary" onClick={() => window.print()}>
          {t('rights.print.print')}
        </Button>
        <Button onClick={() => download.mutate()} busy={download.isPending}>
          {t('rights.self.download')}
        </Button>
      </div>
      {download.error && <Alert kind="error">{t('rights.self.failed')}</Alert>}
      <header className="print-sheet__head">
        <h1 tabIndex={-1}>{t('rights.print.title', { name: formatName(p) })}</h1>
        <p>{t('rights.print.generated', { day: formatDate(d.day, locale) })}</p>
      </header>
      <section className="print-section" aria-labelledby="md-profile">
        <h2 id="md-profile">{t('rights.print.profile')}</h2>
        <dl className="print-meta">
          {row(t('rights.print.employeeNumber'), p.employeeNumber)}
          {row(t('rights.print.email'), p.email)}
          {row(t('rights.print.department'), p.department?.name)}
          {row(t('rights.print.jobTitle'), p.jobTitle)}
          {row(t('rights.print.grade'), p.grade)}
          {row(t('rights.print.hireDate'), p.hireDate ? formatDate(p.hireDate, locale) : null)}
          {row(t('rights.print.manager'), p.manager ? formatName(p.manager) : null)}
        </dl>
      </section>
      <section className="print-section" aria-labelledby="md-interviews">
        <h2 id="md-interviews">{t('rights.print.interviews')}</h2>
        {d.interviews.length === 0 && <p>{t('rights.print.none')}</p>}
        {d.interviews.map((x) => (
          <ExportInterview key={x.interview.id} x={x} />
        ))}
      </section>
      <section className="print-section" aria-labelledby="md-wishes">
        <h2 id="md-wishes">{t('rights.print.wishes')}</h2>
        {d.wishes.length === 0 && <p>{t('rights.print.none')}</p>}
        {d.wishes.map((w) => (
          <div className="print-answer" key={w.id}>
            <h3>
              {t(`placement.kind.${w.kind}`)}: {w.desiredRole || w.desiredDepartment?.name || '—'}
            </h3>
            <p>
              {t(`placement.track.${w.track}`)} / {t(`placement.timeframe.${w.timeframe}`)} / {t(`placement.state.${w.state}`)}
            </p>
            {w.note && <p className="pre-line">{w.note}</p>}
            {w.decision?.message && <p className="pre-line">{w.decision.message}</p>}
          </div>
        ))}
      </section>
      <CareerGoalPrint career={d.career} />
      <HearingsPrint hearings={d.hearings} />
      <section className="print-section" aria-labelledby="md-inventory">
        <h2 id="md-inventory">{t('rights.print.inventory')}</h2>
        {d.inventory.skills.length + d.inventory.items.length === 0 && <p>{t('rights.print.none')}</p>}
        <ul>
          {d.inventory.skills.map((s) => (
            <li key={s.name}>
              {s.name}({t('rights.print.level', { level: s.level })}){s.note && ` — ${s.note}`}
            </li>
          ))}
          {d.inventory.items.map((i) => (
            <li key={`${i.kind}-${i.title}`}>
              {t(`prep.ui.kinds.${i.kind}`)}: {i.title}
              {i.periodFrom && `(${i.periodFrom}〜${i.periodTo ?? ''})`}
              {i.description && <div className="pre-line">{i.description}</div>}
            </li>
          ))}
        </ul>
      </section>
      <section className="print-section" aria-labelledby="md-consents">
        <h2 id="md-consents">{t('rights.print.consents')}</h2>
        {d.consents.length === 0 && <p>{t('rights.print.none')}</p>}
        <ul>
          {d.consents.map((c) => (
            <li key={c.id}>
              {formatName(c.viewer)}: {t(`record.consent.${c.status}`)}
            </li>
          ))}
        </ul>
      </section>
      <section className="print-section" aria-labelledby="md-notifications">
        <h2 id="md-notifications">{t('rights.print.notifications')}</h2>
        {d.notifications.length === 0 && <p>{t('rights.print.none')}</p>}
        <ul>
          {d.notifications.map((n) => (
            <li key={n.id}>
              {formatDateTime(n.createdAt, locale)} {n.text}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
