import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client';
import { mailOutbox } from '../../src/db/schema';

/** The newest outbox row addressed to someone, or undefined. */
export async function lastMailTo(db: Db, to: string) {
  const [row] = await db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, to.toLowerCase()))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(1);
  return row;
}

export async function mailCount(db: Db, to: string) {
  return (await db.select({ id: mailOutbox.id }).from(mailOutbox).where(eq(mailOutbox.toAddress, to.toLowerCase()))).length;
}

/** The token of a reset link in a mail body. */
export function resetTokenIn(text: string | null | undefined): string {
  const m = /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(text ?? '');
  if (!m?.[1]) throw new Error(`no reset link in mail: ${text}`);
  return m[1];
}
