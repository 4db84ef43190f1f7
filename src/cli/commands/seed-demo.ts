import { sql } from 'drizzle-orm';
import { loadConfig } from '../../config';
import { employees } from '../../db/schema';
import { type DemoProgress, loadDemo } from '../../domain/demo/load';
import { signInLines } from '../../domain/demo/sign-ins';
import { MIN_DEMO_EMPLOYEES } from '../../domain/demo/company';
import { startQueue } from '../../jobs/queue';
import { createLogger } from '../../log';
import { createMailer } from '../../mail/mailer';
import { CliError } from '../io';
import type { Command } from '../main';

const MAX_DEMO_EMPLOYEES = 100_000;

function intOption(value: unknown, option: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new CliError(2, 'import.cli.invalidValue', { option, message: `${min}–${max}` });
  }
  return n;
}

export const seedDemoCommand: Command = {
  help: 'import.cli.help.seedDemo',
  usage: '[--employees 300] [--seed 1] [--force]',
  options: { employees: { type: 'string' }, seed: { type: 'string' }, force: { type: 'boolean' } },
  async run(ctx) {
    const { io, t } = ctx;
    const count = intOption(ctx.values.employees, 'employees', MIN_DEMO_EMPLOYEES, MAX_DEMO_EMPLOYEES, 300);
    const seed = intOption(ctx.values.seed, 'seed', 0, 2 ** 31 - 1, 1);
    const handle = await ctx.db();
    const { db } = handle;
    const [{ n } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(employees);
    if (n > 0 && !ctx.values.force) throw new CliError(1, 'import.cli.seedRefused', { count: n });

    const started = Date.now();
    // The themes count runs as its job does on the server; no mail is written (see domain/demo/load.ts).
    const config = loadConfig(io.env);
    const log = createLogger(config.logLevel, { write: (line: string) => io.err(line.trimEnd()) });
    const jobs = await startQueue(handle, log);
    // A line at each tenth of a step, so 300 or 100,000 people print a few lines either way.
    let last = '';
    const onProgress = ({ step, done, total }: DemoProgress) => {
      const line = t(`setup.demo.steps.${step}`, { done, total });
      const tenth = `${step}:${Math.floor((done / Math.max(total, 1)) * 10)}`;
      if (tenth === last && done !== total) return;
      last = tenth;
      io.out(line);
    };
    try {
      const result = await loadDemo(
        { db, config, jobs, log, mailer: createMailer({ from: config.mailFrom }) },
        { employees: count, seed, onProgress },
      );
      io.out(t('import.cli.importDone', result.imports.employees));
      io.out(t('import.cli.seedDone', { departments: result.departments, employees: result.employees, seed }));
      io.out(
        t(result.history ? 'setup.demo.cli.history' : 'setup.demo.cli.noHistory', { seconds: Math.round((Date.now() - started) / 1000) }),
      );
      for (const line of signInLines(t, result.signIns, result.password)) io.out(line);
    } finally {
      await jobs.stop();
    }
  },
};
