import { z } from 'zod';
import type { Db } from '../../db/client';
import { translator } from '../../i18n';
import type { JobDeps } from '../../jobs/queue';
import type { Actor } from '../actor';
import { loadActor } from '../auth/sessions';
import { notFound } from '../errors';
import { roundProgress } from '../rounds/progress';
import { formatDate, formatName } from '../shared/format';
import { IsoDate } from '../shared/schemas';
import { type CoverageCursor, notInterviewed } from './coverage';
import { outcomes } from './outcomes';
import { can } from '../capabilities';

/** fileName: the name without its date and extension (runExport adds `-YYYYMMDD.csv`, the company's day). */
type Output = { fileName: string; header: string[]; rows: (string | null)[][] };
type Progress = (done: number, total: number) => Promise<void>;

/**
 * One entry per export: who may ask, its parameters, and how it is produced. Each reads through the
 * same domain function as its screen, as the person who asked, so an export shows what they may see.
 */
export type Exporter<P> = {
  allowed: (actor: Actor) => boolean;
  params: z.ZodType<P>;
  actor: (db: Db, id: string) => Promise<Actor>;
  produce: (deps: Pick<JobDeps, 'db' | 'jobs'>, actor: Actor, params: P, progress: Progress) => Promise<Output>;
};

const asPerson = async (db: Db, id: string) => {
  const a = await loadActor(db, id);
  if (!a) throw notFound();
  return a;
};
const pct = (n: number, total: number) => (total ? `${Math.round((n / total) * 1000) / 10}` : '');
const FUNNEL = ['sheetSubmitted', 'surveySubmitted', 'scheduled', 'done', 'planConfirmed', 'followedUp'] as const;

const roundProgressExport: Exporter<{ roundId: string }> = {
  allowed: (actor) => can(actor, 'viewInsight'),
  params: z.strictObject({ roundId: z.uuid() }),
  actor: asPerson,
  async produce({ db, jobs }, actor, { roundId }, progress) {
    const t = translator(actor.locale);
    const p = await roundProgress(db, { actor, roundId, jobs });
    const counts = (c: Record<(typeof FUNNEL)[number] | 'total', number>) => [
      String(c.total),
      ...FUNNEL.flatMap((k) => [String(c[k] ?? 0), pct(c[k] ?? 0, c.total)]),
    ];
    const rows = [
      ...p.byDepartment.map((d) => [t('insight.export.department'), d.name ?? t('insight.ui.noDepartment'), ...counts(d)]),
      ...p.byInterviewer.map((r) => [
        t('insight.export.interviewer'),
        r.person ? formatName(r.person) : t('insight.ui.unassigned'),
        ...counts(r),
      ]),
      [t('insight.export.total'), '', ...counts(p.total)],
    ];
    await progress(rows.length, rows.length);
    return {
      fileName: `round-progress-${roundId.slice(0, 8)}`,
      header: [
        t('insight.export.by'),
        t('insight.ui.group'),
        t('insight.ui.people'),
        ...FUNNEL.flatMap((k) => [t(`insight.funnel.${k}`), `${t(`insight.funnel.${k}`)} (%)`]),
      ],
      rows,
    };
  },
};

const coverageExport: Exporter<{ months: number; departmentId?: string }> = {
  allowed: (actor) => can(actor, 'viewInsight'),
  params: z.strictObject({ months: z.number().int().min(1).max(120), departmentId: z.uuid().optional() }),
  actor: asPerson,
  async produce({ db }, actor, params, progress) {
    const t = translator(actor.locale);
    const rows: (string | null)[][] = [];
    // Page by page through the same query as the screen (keyset, so the last page costs what the first
    // does), with progress after each page.
    let cursor: CoverageCursor | undefined;
    let total = 0;
    for (;;) {
      const r = await notInterviewed(db, { actor, ...params, pageSize: 500, after: cursor, countCap: 10_000_000 });
      if (!cursor) total = r.total;
      for (const p of r.items)
        rows.push([
          p.employeeNumber,
          formatName(p),
          p.department?.name ?? '',
          p.lastInterviewAt ? formatDate(p.lastInterviewAt, actor.locale) : t('insight.ui.never'),
        ]);
      await progress(rows.length, Math.max(total, rows.length));
      if (!r.next) break;
      cursor = r.next;
    }
    return {
      fileName: `not-interviewed-${params.months}m`,
      header: [t('insight.ui.employeeNumber'), t('insight.ui.name'), t('insight.ui.department'), t('insight.ui.lastInterview')],
      rows,
    };
  },
};

const outcomesExport: Exporter<{ from: string; to: string }> = {
  allowed: (actor) => can(actor, 'viewInsight'),
  params: z.strictObject({ from: IsoDate, to: IsoDate }),
  actor: asPerson,
  async produce({ db, jobs }, actor, params, progress) {
    const t = translator(actor.locale);
    const o = await outcomes(db, { actor, ...params, jobs });
    const row = (label: string, g: typeof o.interviewed) => [
      label,
      String(g.people),
      g.retentionRate === null ? t('insight.export.hidden') : String(g.retentionRate),
      g.moveRate === null ? t('insight.export.hidden') : String(g.moveRate),
      g.scaleChange.jobSatisfaction ? String(g.scaleChange.jobSatisfaction.change) : t('insight.export.hidden'),
      g.scaleChange.careerAnxiety ? String(g.scaleChange.careerAnxiety.change) : t('insight.export.hidden'),
    ];
    await progress(2, 2);
    return {
      fileName: `outcomes-${params.from}-${params.to}`,
      header: [
        t('insight.outcomes.group'),
        t('insight.ui.people'),
        t('insight.outcomes.retention'),
        t('insight.outcomes.moves'),
        t('insight.outcomes.satisfactionChange'),
        t('insight.outcomes.anxietyChange'),
      ],
      rows: [row(t('insight.outcomes.interviewed'), o.interviewed), row(t('insight.outcomes.notInterviewed'), o.notInterviewed)],
    };
  },
};

export const EXPORTERS = { roundProgress: roundProgressExport, coverage: coverageExport, outcomes: outcomesExport } as const;
export type ExportKind = keyof typeof EXPORTERS;
export const EXPORT_KINDS = Object.keys(EXPORTERS) as [ExportKind, ...ExportKind[]];
