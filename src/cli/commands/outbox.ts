import { desc, eq } from 'drizzle-orm';
import { mailOutbox } from '../../db/schema';
import { CliError } from '../io';
import type { Command } from '../main';

/**
 * The mails to one address in full, newest first. Without SMTP (a trial), the outbox is the delivery and
 * admins see secret-bearing mails without their link: the operator, who holds the database anyway, hands
 * the person their reset link from here.
 */
export const outboxCommand: Command = {
  help: 'import.cli.help.outbox',
  usage: '--to <EMAIL> [--limit N]',
  options: { to: { type: 'string' }, limit: { type: 'string' } },
  async run(ctx) {
    const to = typeof ctx.values.to === 'string' ? ctx.values.to.trim().toLowerCase() : '';
    if (!to) throw new CliError(2, 'import.cli.missingOption', { option: 'to' });
    const limit = ctx.values.limit === undefined ? 5 : Number(ctx.values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100)
      throw new CliError(2, 'import.cli.invalidValue', { option: 'limit', message: '1–100' });
    const { db } = await ctx.db();
    const rows = await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, to)).orderBy(desc(mailOutbox.createdAt)).limit(limit);
    if (!rows.length) ctx.io.out(ctx.t('import.cli.outboxNone', { to }));
    for (const m of rows) {
      ctx.io.out(ctx.t('import.cli.outboxMail', { at: m.createdAt.toISOString(), status: m.status, subject: m.subject }));
      ctx.io.out(m.secretText ?? m.bodyText);
      ctx.io.out('');
    }
  },
};
