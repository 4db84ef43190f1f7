import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { employees } from '../../db/schema';
import { systemActor } from '../actor';
import { audit } from '../audit/audit';
import { SsoError } from './oidc';
import { namesFromClaims } from './policy';

/**
 * The employee an address from the provider signs in: the active person with that address (stored lower-cased).
 * Someone unknown gets a record only when the admin allows it (createUnknown), with no password, no department
 * and no manager — HR places them afterwards; a retired person is never brought back this way.
 */
export async function personForSso(
  db: Db,
  opts: { email: string; claims: Record<string, unknown>; createUnknown: boolean; ip: string },
): Promise<{ id: string; created: boolean }> {
  const [found] = await db.select({ id: employees.id, status: employees.status }).from(employees).where(eq(employees.email, opts.email));
  if (found?.status === 'active') return { id: found.id, created: false };
  if (found || !opts.createUnknown) throw new SsoError('unknownPerson', found ? 'retired' : 'no employee with this address');
  try {
    return await createPerson(db, opts);
  } catch (err) {
    // The same person's first sign-in in two tabs at once: the other one created the record.
    const [raced] = await db.select({ id: employees.id, status: employees.status }).from(employees).where(eq(employees.email, opts.email));
    if (raced?.status === 'active') return { id: raced.id, created: false };
    throw err;
  }
}

function createPerson(db: Db, opts: { email: string; claims: Record<string, unknown>; ip: string }) {
  const names = namesFromClaims(opts.claims, opts.email);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(employees)
      .values({
        // A number HR can recognise and replace with the real one; the random part keeps it unique.
        employeeNumber: `SSO-${randomBytes(5).toString('hex').toUpperCase()}`,
        ...names,
        email: opts.email,
        passwordHash: null,
      })
      .returning({ id: employees.id });
    await audit(tx, {
      actor: { ...systemActor(), ip: opts.ip },
      action: 'employee.create',
      entityType: 'employee',
      entityId: row!.id,
      detail: { via: 'sso', email: opts.email },
    });
    return { id: row!.id, created: true };
  });
}
