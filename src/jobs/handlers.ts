import { z } from 'zod';
import { runLaunch } from '../domain/rounds/launch';
import { runExport } from '../domain/insight/exports';
import { runPlanOverdue } from '../domain/record/overdue';
import { runRemind } from '../domain/rounds/remind';
import { runHearingRemind } from '../domain/hiring/manage';
import { runInterviewReminder } from '../domain/scheduling/appointment';
import { runAggregateRefresh } from '../domain/aggregates/jobs';
import { runThemesCount } from '../domain/insight/themes-batch';
import { runDemoLoad } from '../domain/setup/demo';
import { runWebhookDelivery } from '../domain/webhooks/deliver';
import { runRetentionSweep } from '../domain/rights/retention';
import { cliLocale } from '../cli/io';
import { signInLines } from '../domain/demo/sign-ins';
import { translator } from '../i18n';
import type { JobDeps, JobHandlers } from './queue';

// Payloads are validated like any other input: a job written by an older version fails loudly.
const RoundJob = z.object({ roundId: z.uuid() });
const InterviewReminderJob = z.object({ interviewId: z.uuid(), start: z.iso.datetime() });
const OverdueJob = z.object({ itemId: z.uuid(), dueOn: z.iso.date() });
const ExportJob = z.object({ exportId: z.uuid() });
const RemindJob = RoundJob.extend({ target: z.enum(['sheet', 'survey', 'schedule']) });
const MailJob = z.object({ mailId: z.uuid() });
const WebhookJob = z.object({ deliveryId: z.uuid() });
// The kind's own params are checked by the kind (aggregates/registry.ts).
const AggregateJob = z.object({ kind: z.string().min(1), params: z.record(z.string(), z.unknown()), seen: z.iso.datetime().nullable() });
const ThemesCountJob = RoundJob.extend({ runId: z.uuid() });
const SweepJob = z.object({ day: z.iso.date() });
const HearingJob = z.object({ hearingId: z.uuid() });

const handle =
  <T extends z.ZodType>(schema: T, run: (deps: JobDeps, data: z.infer<T>) => Promise<void>) =>
  (data: unknown, deps: JobDeps) =>
    run(deps, schema.parse(data));

/** Every queue's handler: the server's workers and the tests' drain() run the same functions. */
export const jobHandlers: JobHandlers = {
  'round.launch': handle(RoundJob, runLaunch),
  'round.remind': handle(RemindJob, runRemind),
  'hearing.remind': handle(HearingJob, runHearingRemind),
  'interview.reminder': handle(InterviewReminderJob, runInterviewReminder),
  'plan.overdue': handle(OverdueJob, runPlanOverdue),
  'export.run': handle(ExportJob, runExport),
  // One delivery attempt; the job's try count tells the mailer when a failure is final.
  'mail.send': (data, deps, job) => deps.mailer.deliver(deps.db, MailJob.parse(data).mailId, job),
  // One attempt; the try count tells when a failure is final (retries with backoff, then the row is failed).
  'webhook.deliver': (data, deps, job) => runWebhookDelivery(deps, WebhookJob.parse(data), job),
  'aggregate.refresh': handle(AggregateJob, runAggregateRefresh),
  'themes.count': handle(ThemesCountJob, runThemesCount),
  'demo.load': (_data, deps) =>
    runDemoLoad(deps, (r) => {
      const say = translator(cliLocale(process.env));
      deps.log.info({ event: 'demo.ready' }, [say('setup.demo.cli.ready'), ...signInLines(say, r.signIns, r.password)].join('\n'));
    }),
  'retention.sweep': handle(SweepJob, runRetentionSweep),
};
