import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { exportJobs } from '../../db/schema';
import type { DueJob, JobDeps, JobQueue } from '../../jobs/queue';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { companyToday } from '../shared/calendar';
import { invalid, notFound } from '../errors';
import { CSV_BOM, csvLine } from '../imports/csv';
import { EXPORTERS, type Exporter, type ExportKind } from './exporters';
import type { ExportJob, ExportJobList } from './responses';

/** A finished export is kept this long; after that it is deleted (they hold personal data). */
const KEEP_MS = 24 * 3600_000;

// The stored error (an exception's message, for operators) is not sent: the screen says the export failed.
const present = (e: typeof exportJobs.$inferSelect): ExportJob => ({
  id: e.id,
  kind: e.kind as ExportKind,
  status: e.status as ExportJob['status'],
  done: e.done,
  total: e.total,
  fileName: e.fileName,
  size: e.size,
  createdAt: e.createdAt.toISOString(),
  finishedAt: e.finishedAt?.toISOString() ?? null,
});

/** The job that writes one requested export (queued with the request; reconcile re-queues it if lost). */
export const exportJob = (exportId: string): DueJob => ({
  name: 'export.run',
  data: { exportId },
  opts: { singletonKey: `export:${exportId}` },
});

/** Queues an export; the job writes the file with progress. Who may export what is the exporter's rule. */
export async function requestExport(
  db: Db,
  opts: { actor: Actor; jobs: JobQueue; kind: ExportKind; params: Record<string, unknown> },
): Promise<ExportJob> {
  const { actor, jobs, kind } = opts;
  const exporter = EXPORTERS[kind];
  if (!exporter.allowed(actor)) throw notFound();
  const parsed = exporter.params.safeParse(opts.params);
  if (!parsed.success) throw invalid({ params: { key: 'errors.invalidFormat' } });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(exportJobs)
      .values({ kind, params: parsed.data as Record<string, unknown>, requestedBy: actor.id })
      .returning();
    await jobs.sendJob(tx, exportJob(row!.id));
    await audit(tx, { actor, action: 'export.request', entityType: 'export', entityId: row!.id, detail: { kind } });
    return present(row!);
  });
}

/** The job: runs the exporter as the person who asked (visibility is theirs), writing progress as it goes. */
export async function runExport(deps: JobDeps, data: { exportId: string }) {
  const { db } = deps;
  const [job] = await db.select().from(exportJobs).where(eq(exportJobs.id, data.exportId));
  if (!job || job.status === 'done') return;
  // Each exporter checks its own parameters; the map's union type cannot say which one this is.
  const exporter = EXPORTERS[job.kind as ExportKind] as unknown as Exporter<Record<string, unknown>>;
  await db.update(exportJobs).set({ status: 'running', updatedAt: new Date() }).where(eq(exportJobs.id, job.id));
  try {
    const actor = await exporter.actor(db, job.requestedBy);
    const out = await exporter.produce(deps, actor, exporter.params.parse(job.params), async (done, total) => {
      await db.update(exportJobs).set({ done, total, updatedAt: new Date() }).where(eq(exportJobs.id, job.id));
    });
    const text = CSV_BOM + csvLine(out.header) + out.rows.map(csvLine).join('');
    const file = Buffer.from(text, 'utf8');
    await db
      .update(exportJobs)
      .set({
        status: 'done',
        file,
        size: file.length,
        // Dated like every other download: the day the file was made, on the company's calendar.
        fileName: `${out.fileName}-${companyToday().replaceAll('-', '')}.csv`,
        contentType: 'text/csv; charset=utf-8',
        done: out.rows.length,
        total: out.rows.length,
        finishedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(exportJobs.id, job.id));
  } catch (err) {
    await db
      .update(exportJobs)
      .set({ status: 'failed', error: String(err instanceof Error ? err.message : err).slice(0, 300), updatedAt: new Date() })
      .where(eq(exportJobs.id, job.id));
  }
}

export async function listExports(db: Db, actor: Actor): Promise<ExportJobList> {
  await db.delete(exportJobs).where(lt(exportJobs.createdAt, new Date(Date.now() - KEEP_MS)));
  const rows = await db.select().from(exportJobs).where(eq(exportJobs.requestedBy, actor.id)).orderBy(desc(exportJobs.createdAt)).limit(20);
  return { items: rows.map(present) };
}

/** Only the person who asked downloads the file; each download is audited. */
export async function downloadExport(db: Db, opts: { actor: Actor; id: string }) {
  const [job] = await db
    .select()
    .from(exportJobs)
    .where(and(eq(exportJobs.id, opts.id), eq(exportJobs.requestedBy, opts.actor.id), eq(exportJobs.status, 'done')));
  if (!job?.file) throw notFound();
  await audit(db, { actor: opts.actor, action: 'export.download', entityType: 'export', entityId: job.id, detail: { kind: job.kind } });
  return { fileName: job.fileName ?? 'export.csv', contentType: job.contentType ?? 'text/csv; charset=utf-8', file: job.file };
}
