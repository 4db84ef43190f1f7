import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { employees } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { notFound } from '../errors';
import { capabilitiesOf } from '../capabilities';
import type { Me } from './responses';
import { companyTimeZone } from '../shared/calendar';
import { passwordAllowed } from '../sso/settings';

/** The signed-in person with the permission flags the UI reads (it never re-derives rules). */
export async function getMe(db: Db, actor: Actor): Promise<Omit<Me, 'csrfToken'>> {
  const [me] = await db
    .select({
      id: employees.id,
      employeeNumber: employees.employeeNumber,
      familyName: employees.familyName,
      givenName: employees.givenName,
      email: employees.email,
      locale: employees.locale,
    })
    .from(employees)
    .where(eq(employees.id, actor.id));
  if (!me) throw notFound();
  return {
    ...me,
    locale: me.locale === 'en' ? 'en' : 'ja',
    roles: [...actor.roles].sort(),
    can: capabilitiesOf(actor),
    // The company's calendar, so the browser reads "today" and due dates as the server does.
    timeZone: companyTimeZone(),
    passwordSignIn: await passwordAllowed(db, { id: actor.id, email: me.email }),
  };
}

export async function setLocale(db: Db, actor: Actor, locale: 'ja' | 'en') {
  await db.transaction(async (tx) => {
    await tx.update(employees).set({ locale, updatedAt: new Date() }).where(eq(employees.id, actor.id));
    await audit(tx, {
      actor,
      action: 'employee.locale.update',
      entityType: 'employee',
      entityId: actor.id,
      detail: { locale },
    });
  });
}
