import { eq, like, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { appSettings, employees, roleGrants } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { hashPassword } from '../auth/passwords';
import { createSession } from '../auth/sessions';
import { countFailure, type ThrottleRule } from '../auth/throttle';
import { conflict, invalid, notFound, tooMany } from '../errors';
import type { SetupState } from './responses';
import type { FirstAdminBody } from './schemas';

/**
 * First run (issue 15): while no administrator exists, a signed-out visitor may create the first one or
 * load the demo company. Whichever comes first claims the `setup` row of app_settings — its primary key
 * is what makes two concurrent submits end with one winner — inside a transaction that also holds an
 * advisory lock and checks again that no administrator exists. After that the setup is over for good.
 */
export const SETUP_KEY = 'setup';
/** Every attempt counts: the endpoints succeed once, anything beyond a few tries is someone probing. */
export const setupRule = (ip: string): ThrottleRule => ({ key: `setup:ip:${ip}`, limit: 10, windowSeconds: 3600 });

type Facts = { claimed: boolean; admin: boolean; people: boolean };

async function facts(db: Db): Promise<Facts> {
  const [row] = rowsOf<Facts>(
    await db.execute(sql`select exists (select 1 from app_settings where key = ${SETUP_KEY}) as claimed,
      exists (select 1 from role_grants where role = 'admin') as admin,
      exists (select 1 from employees) as people`),
  );
  return row!;
}

const closed = (f: Facts) => f.claimed || f.admin;

/** Whether the first-run page is on offer (the server says so when it starts). */
export const setupOpen = async (db: Db): Promise<boolean> => !closed(await facts(db));

/** GET /setup: what the first visit may do; 404 once an administrator exists or the setup was used. */
export async function setupState(db: Db): Promise<SetupState> {
  const f = await facts(db);
  if (closed(f)) throw notFound();
  return { demoAvailable: !f.people };
}

/** Counts the attempt against the caller's address; over the limit is 429 before any work. */
export async function throttleSetup(db: Db, ip: string): Promise<void> {
  const rule = setupRule(ip);
  if ((await countFailure(db, rule)) > rule.limit) throw tooMany();
}

/**
 * Takes the setup for `value`, in the caller's transaction: serialised by an advisory lock, then the row
 * insert decides (a concurrent claim on another server finds the key taken). 409 when it is over.
 */
export async function claimSetup(tx: Db, value: Record<string, unknown>): Promise<Facts> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('mendan:setup'))`);
  const f = await facts(tx);
  if (closed(f)) throw conflict('setup.errors.closed');
  const won = await tx.insert(appSettings).values({ key: SETUP_KEY, value }).onConflictDoNothing().returning({ key: appSettings.key });
  if (!won.length) throw conflict('setup.errors.closed');
  return f;
}

/** ADMIN, else ADMIN-2, ADMIN-3 … whichever employee number is free (people may have been imported first). */
export async function freeAdminNumber(db: Db): Promise<string> {
  const taken = new Set(
    (await db.select({ n: employees.employeeNumber }).from(employees).where(like(employees.employeeNumber, 'ADMIN%'))).map((r) => r.n),
  );
  let i = 1;
  while (taken.has(i === 1 ? 'ADMIN' : `ADMIN-${i}`)) i++;
  return i === 1 ? 'ADMIN' : `ADMIN-${i}`;
}

/**
 * POST /setup/admin: creates the first administrator (admin and hr, like `mendan create-admin`) and signs
 * them in. An address that already belongs to someone is refused rather than taken over: a signed-out
 * visitor must never set an existing person's password.
 */
export async function createFirstAdmin(
  db: Db,
  opts: { input: FirstAdminBody; ip: string; userAgent?: string; sessionDays: number },
): Promise<{ token: string; csrfToken: string }> {
  const { input, ip } = opts;
  await throttleSetup(db, ip);
  // Checked before hashing too, so a closed setup costs no argon2.
  if (closed(await facts(db))) throw conflict('setup.errors.closed');
  const passwordHash = await hashPassword(input.password);
  const email = input.email.toLowerCase();
  const id = await db.transaction(async (tx) => {
    await claimSetup(tx, { kind: 'admin', at: new Date().toISOString() });
    const [clash] = await tx.select({ id: employees.id }).from(employees).where(eq(employees.email, email));
    if (clash) throw invalid({ email: { key: 'setup.errors.emailTaken' } });
    const [row] = await tx
      .insert(employees)
      .values({ employeeNumber: await freeAdminNumber(tx), familyName: input.familyName, givenName: input.givenName, email, passwordHash })
      .returning({ id: employees.id });
    for (const role of ['admin', 'hr'] as const) await tx.insert(roleGrants).values({ employeeId: row!.id, role });
    const actor: Actor = { id: row!.id, roles: new Set(['employee', 'admin', 'hr']), locale: 'ja', ip };
    await audit(tx, {
      actor,
      action: 'setup.admin.create',
      entityType: 'employee',
      entityId: row!.id,
      detail: { source: 'web', roles: ['admin', 'hr'] },
    });
    return row!.id;
  });
  const session = await createSession(db, { employeeId: id, days: opts.sessionDays, ip, userAgent: opts.userAgent });
  await audit(db, { actor: { id, roles: new Set(), locale: 'ja', ip }, action: 'auth.login', entityType: 'employee', entityId: id });
  return session;
}
