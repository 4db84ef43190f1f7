import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { employees, interviews } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { sha256 } from '../auth/tokens';
import { can } from '../capabilities';
import { DomainError, invalid, notFound } from '../errors';
import { anonymiseContent } from './anonymise';
import { PERSON_REFERENCES, splitRef } from './references';
import type { ErasureDone } from './responses';
import type { RetentionMode } from './schemas';
import { type Identity, removeTraces } from './traces';

/** What the audit entry keeps of a removed person: a digest of the id, never a name, address or number. */
export const personRef = (id: string) => sha256(`mendan-person:${id}`).slice(0, 16);

export type Removal = ErasureDone & { roundIds: string[] };

const count = async (db: Db, q: ReturnType<typeof sql>) => rowsOf<unknown>(await db.execute(q)).length;

/** Applies PERSON_REFERENCES for one mode; 'author' columns are left to the caller. */
async function applyReferences(db: Db, id: string, mode: RetentionMode): Promise<number> {
  let n = 0;
  for (const [ref, handling] of Object.entries(PERSON_REFERENCES)) {
    const { table, column } = splitRef(ref);
    const t = sql.identifier(table);
    const c = sql.identifier(column);
    const what = handling[mode];
    if (what === 'delete') n += await count(db, sql`delete from ${t} where ${c} = ${id} returning 1`);
    else if (what === 'null') n += await count(db, sql`update ${t} set ${c} = null where ${c} = ${id} returning 1`);
    else if (what === 'remove')
      n += await count(db, sql`update ${t} set ${c} = array_remove(${c}, ${id}::uuid) where ${id}::uuid = any(${c}) returning 1`);
  }
  return n;
}

/** Whether other people's records still name the person as their author (see references.ts, 'author'). */
async function namedAsAuthor(db: Db, id: string): Promise<boolean> {
  for (const [ref, handling] of Object.entries(PERSON_REFERENCES)) {
    if (handling.erase !== 'author') continue;
    const { table, column } = splitRef(ref);
    const rows = rowsOf(await db.execute(sql`select 1 from ${sql.identifier(table)} where ${sql.identifier(column)} = ${id} limit 1`));
    if (rows.length) return true;
  }
  return false;
}

/**
 * A placeholder in place of the person's row: nothing that identifies them, only what other people's records need
 * to keep their author. Out of the directory (`data_removed`), no password, no address anyone could sign in with.
 */
const placeholder = (id: string, mode: RetentionMode) => {
  const ref = personRef(id).slice(0, 10);
  const erased = mode === 'erase';
  return {
    employeeNumber: `${erased ? 'erased' : 'anon'}-${ref}`,
    familyName: erased ? '削除済み' : '匿名',
    givenName: '',
    familyNameKana: null,
    givenNameKana: null,
    email: `${erased ? 'erased' : 'anon'}-${ref}@invalid.invalid`,
    jobTitle: null,
    passwordHash: null,
    managerId: null,
    dataRemoved: erased ? 'erased' : 'anonymised',
    dataRemovedAt: new Date(),
    ...(erased ? { departmentId: null, grade: null, hireDate: null, retiredOn: null, lastInterviewAt: null } : {}),
  };
};

/**
 * Erases or anonymises one retired person (APPI; docs/decisions/0022), in one transaction. Erase deletes every row
 * about them (PERSON_REFERENCES) and every trace elsewhere (traces.ts); their own row goes too, or stays as a
 * placeholder while other people's records name them as author. Anonymise keeps the rows that feed counts and
 * replaces who they are and everything they wrote. Audited as employee.erased / employee.anonymised with a digest.
 */
export async function removePerson(
  db: Db,
  opts: { actor: Actor | null; employeeId: string; mode: RetentionMode; via: 'manual' | 'retention' },
): Promise<Removal> {
  const { actor, employeeId: id, mode } = opts;
  return db.transaction(async (tx) => {
    const [p] = await tx.select().from(employees).where(eq(employees.id, id)).for('update');
    if (!p) throw notFound();
    if (p.status !== 'retired') throw new DomainError(409, 'rights.errors.notRetired');
    if (p.dataRemoved === 'erased' || (p.dataRemoved === 'anonymised' && mode === 'anonymise'))
      throw new DomainError(409, 'rights.errors.alreadyRemoved');
    const identity: Identity = p;
    const mine = await tx.select({ id: interviews.id, roundId: interviews.roundId }).from(interviews).where(eq(interviews.employeeId, id));
    const roundIds = [...new Set(mine.map((r) => r.roundId))];
    let rows = 0;
    // Their private memos in anyone's interview: nobody else could ever read them.
    rows += await count(tx, sql`delete from interview_notes where author_id = ${id} and visibility = 'private' returning 1`);
    if (mode === 'anonymise') rows += await anonymiseContent(tx, id);
    rows += await applyReferences(tx, id, mode);
    rows += await removeTraces(
      tx,
      identity,
      mine.map((r) => r.id),
      roundIds,
    );
    if (mode === 'erase' && !(await namedAsAuthor(tx, id))) await tx.delete(employees).where(eq(employees.id, id));
    else await tx.update(employees).set(placeholder(id, mode)).where(eq(employees.id, id));
    rows += 1;
    await audit(tx, {
      actor,
      action: mode === 'erase' ? 'employee.erased' : 'employee.anonymised',
      entityType: 'employee',
      entityId: id,
      detail: { ref: personRef(id), via: opts.via, rows },
    });
    return { id, mode, rows, roundIds };
  });
}

/** 「今すぐ削除」: HR or an admin, a retired person, their employee number typed again; others 404. */
export async function eraseNow(
  db: Db,
  opts: { actor: Actor; employeeId: string; confirmEmployeeNumber: string; mode: RetentionMode },
): Promise<Removal> {
  const { actor, employeeId } = opts;
  if (!can(actor, 'eraseRecords')) throw notFound();
  const [p] = await db
    .select({ number: employees.employeeNumber, status: employees.status })
    .from(employees)
    .where(eq(employees.id, employeeId));
  if (!p) throw notFound();
  if (p.status !== 'retired') throw new DomainError(409, 'rights.errors.notRetired');
  if (opts.confirmEmployeeNumber.trim() !== p.number) throw invalid({ confirmEmployeeNumber: { key: 'rights.errors.confirmMismatch' } });
  return removePerson(db, { actor, employeeId, mode: opts.mode, via: 'manual' });
}
