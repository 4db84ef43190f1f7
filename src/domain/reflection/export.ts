import type { Db } from '../../db/client';
import { translator } from '../../i18n';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { CSV_BOM, csvLine } from '../imports/csv';
import { reflectionOverview } from './overview';
import type { Scores, Signal } from './responses';
import { CAUTIONS } from './rules';
import { SIGNALS } from './signals';

const avg = (s: Scores) => CAUTIONS.map((c) => (s.scores ? String(s.scores[c]) : ''));
const sig = (list: Signal[]) => SIGNALS.map((x) => list.find((s) => s.id === x.id)).map((s) => (s?.of ? `${s.met}/${s.of}` : ''));

/**
 * HR's export of one closed period (CSV, UTF-8 with BOM): the same rows and the same suppression as the
 * screen — a hidden figure is an empty cell, never a number. Audited as an export.
 */
export async function exportReflection(db: Db, opts: { actor: Actor; period?: string }): Promise<AsyncGenerator<string>> {
  const view = await reflectionOverview(db, opts);
  await audit(db, { actor: opts.actor, action: 'reflection.export', entityType: 'reflection', entityId: view.period });
  const t = translator(opts.actor.locale);
  const header = [
    t('reflection.csv.period'),
    t('reflection.csv.department'),
    t('reflection.csv.interviewer'),
    t('reflection.csv.answers'),
    ...CAUTIONS.map((c) => t(`reflection.cautions.${c}.short`)),
    ...SIGNALS.map((s) => t(`reflection.signals.${s.id}.name`)),
  ];
  async function* lines() {
    yield CSV_BOM + csvLine(header);
    let out = csvLine([
      view.period,
      t('reflection.csv.company'),
      '',
      String(view.company.n),
      ...avg(view.company),
      ...SIGNALS.map(() => ''),
    ]);
    for (const d of view.departments) {
      const dept = d.name ?? t('reflection.csv.noDepartment');
      out += csvLine([view.period, dept, '', String(d.answers.n), ...avg(d.answers), ...SIGNALS.map(() => '')]);
      for (const p of d.interviewers)
        out += csvLine([view.period, dept, `${p.familyName} ${p.givenName}`, String(p.answers.n), ...avg(p.answers), ...sig(p.signals)]);
    }
    yield out;
  }
  return lines();
}
