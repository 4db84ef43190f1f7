import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows';

/** What identifies the person in free text written elsewhere (mails, notifications, stored figures, exports). */
export type Identity = { id: string; employeeNumber: string; email: string; familyName: string; givenName: string };

/**
 * The strings that name the person: id, address, number and the full name however it is spaced. The family name
 * alone is not one (a colleague may share it).
 */
export function identityStrings(p: Identity): string[] {
  const names = [`${p.familyName}${p.givenName}`, `${p.familyName} ${p.givenName}`, `${p.familyName}\u3000${p.givenName}`];
  return [p.id, p.email, p.employeeNumber, ...(p.givenName ? names : [])].filter((s) => s.length >= 3);
}

/** `expr` contains any of the strings (plain text match: strpos, no pattern characters to escape). */
export const mentions = (expr: SQL, strings: string[]) =>
  sql.join(
    strings.map((s) => sql`strpos(${expr}, ${s}) > 0`),
    sql` or `,
  );

const count = async (db: Db, q: SQL) => rowsOf<unknown>(await db.execute(q)).length;

/**
 * Everything outside the person's own rows that may still carry them: mails to or about them (with their bodies,
 * secrets and invitations), other people's notifications that name them, stored figures (counted again on the next
 * read: every stored aggregate of their rounds, and any other that names them), finished exports whose file names
 * them, rounds planned with them by name, throttles counting them, the undo journal of an import, and the audit
 * log's details and addresses. Returns the rows touched.
 */
export async function removeTraces(db: Db, p: Identity, interviewIds: string[], roundIds: string[]): Promise<number> {
  const words = identityStrings(p);
  const ids = [p.id, ...interviewIds];
  let n = 0;
  n += await count(
    db,
    sql`delete from mail_outbox where lower(to_address) = ${p.email.toLowerCase()}
      or ${mentions(sql`subject || ' ' || body_text || ' ' || coalesce(secret_text, '') || ' ' || coalesce(ics_content, '')`, [...words, ...ids])}
      returning 1`,
  );
  n += await count(
    db,
    sql`delete from notifications where ${mentions(sql`params::text || ' ' || coalesce(link, '')`, [...words, ...ids])} returning 1`,
  );
  const roundKeys = roundIds.length
    ? sql.join(
        roundIds.map((r) => sql`strpos(key, ${r}) > 0`),
        sql` or `,
      )
    : sql`false`;
  n += await count(
    db,
    sql`delete from insight_snapshots where ${roundKeys} or ${mentions(sql`data::text`, [...words, ...ids])} returning 1`,
  );
  n += await count(
    db,
    sql`delete from export_jobs where file is not null
      and (${sql.join(
        words.map((w) => sql`position(convert_to(${w}, 'UTF8') in file) > 0`),
        sql` or `,
      )}) returning 1`,
  );
  // A round planned with the person by name; a throttle counting their attempts.
  n += await count(
    db,
    sql`update rounds set participants = jsonb_set(participants, '{employeeIds}', (participants->'employeeIds') - ${p.id}::text)
      where participants->'employeeIds' ? ${p.id}::text returning 1`,
  );
  n += await count(db, sql`delete from throttles where ${mentions(sql`key`, [p.id, p.email.toLowerCase()])} returning 1`);
  // The identity provider's id of them (SCIM, decision 0023): no foreign key, the row is about one person or department.
  n += await count(db, sql`delete from scim_external_ids where resource_type = 'User' and resource_id = ${p.id} returning 1`);
  n += await count(db, sql`delete from import_journal where ${p.id}::uuid = any(created) or strpos(before::text, ${p.id}) > 0 returning 1`);
  // The log keeps what happened and when; what it said about the person goes, and so do the addresses they used.
  // What they did to others' records keeps its detail (it is about those records), without their IP address.
  n += await count(
    db,
    sql`update audit_log set detail = null, ip = null
      where entity_id in ${ids} or ${mentions(sql`coalesce(detail::text, '')`, [...words, ...ids])} returning 1`,
  );
  n += await count(db, sql`update audit_log set ip = null where actor_id = ${p.id} and ip is not null returning 1`);
  return n;
}
