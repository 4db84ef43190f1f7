import { eq } from 'drizzle-orm';
import { employees, roleGrants } from '../../db/schema';
import { systemActor } from '../../domain/actor';
import { audit } from '../../domain/audit/audit';
import { hashPassword } from '../../domain/auth/passwords';
import { Email, PASSWORD_MAX, PASSWORD_MIN } from '../../domain/auth/schemas';
import { destroyAllSessions } from '../../domain/auth/sessions';
import { EmployeeNumber, LIMITS } from '../../domain/directory/schemas';
import { freeAdminNumber } from '../../domain/setup/setup';
import { CliError, type CommandContext } from '../io';
import type { Command } from '../main';

const ROLES = ['admin', 'hr'] as const;

/** --password, then MENDAN_ADMIN_PASSWORD, then a hidden prompt (asked twice) when a person is at the terminal. */
async function password(ctx: CommandContext): Promise<string> {
  const given = (ctx.values.password as string | undefined) ?? ctx.io.env.MENDAN_ADMIN_PASSWORD;
  let pw = given;
  if (pw === undefined) {
    if (!ctx.io.isTTY) throw new CliError(2, 'import.cli.passwordRequired');
    pw = await ctx.io.readSecret(ctx.t('import.cli.passwordPrompt'));
    const again = await ctx.io.readSecret(ctx.t('import.cli.passwordConfirm'));
    if (pw !== again) throw new CliError(1, 'import.cli.passwordMismatch');
  }
  if (pw.length < PASSWORD_MIN || pw.length > PASSWORD_MAX) throw new CliError(1, 'import.cli.passwordTooShort', { min: PASSWORD_MIN });
  return pw;
}

function name(ctx: CommandContext, option: string): string | undefined {
  const v = (ctx.values[option] as string | undefined)?.trim();
  if (v !== undefined && (v === '' || v.length > LIMITS.name)) {
    throw new CliError(2, 'import.cli.invalidValue', { option, message: ctx.t('errors.tooLong', { max: LIMITS.name }) });
  }
  return v;
}

export const createAdminCommand: Command = {
  help: 'import.cli.help.createAdmin',
  usage: '--email <email> --family-name <family> --given-name <given> [--employee-number <number>] [--password <password>]',
  options: {
    email: { type: 'string' },
    'family-name': { type: 'string' },
    'given-name': { type: 'string' },
    'employee-number': { type: 'string' },
    password: { type: 'string' },
  },
  async run(ctx) {
    const { t } = ctx;
    if (ctx.values.email === undefined) throw new CliError(2, 'import.cli.missingOption', { option: 'email' });
    const parsedEmail = Email.safeParse(ctx.values.email);
    if (!parsedEmail.success) throw new CliError(2, 'import.cli.invalidValue', { option: 'email', message: t('errors.invalidEmail') });
    const email = parsedEmail.data.toLowerCase();
    const familyName = name(ctx, 'family-name');
    const givenName = name(ctx, 'given-name');
    let number = ctx.values['employee-number'] as string | undefined;
    if (number !== undefined && !EmployeeNumber.safeParse(number).success) {
      throw new CliError(2, 'import.cli.invalidValue', { option: 'employee-number', message: t('directory.errors.employeeNumber') });
    }
    const [existing] = await (await ctx.db()).db.select().from(employees).where(eq(employees.email, email));
    if (!existing && (!familyName || !givenName)) throw new CliError(2, 'import.cli.namesRequired');
    const pw = await password(ctx);
    const passwordHash = await hashPassword(pw);
    const { db } = await ctx.db();
    const actor = systemActor();

    const person = await db.transaction(async (tx) => {
      let row = existing;
      if (row) {
        [row] = await tx
          .update(employees)
          .set({
            passwordHash,
            ...(familyName ? { familyName } : {}),
            ...(givenName ? { givenName } : {}),
            version: row.version + 1,
            updatedAt: new Date(),
          })
          .where(eq(employees.id, row.id))
          .returning();
        // A new password ends every session signed in with the old one.
        await destroyAllSessions(tx, row!.id);
      } else {
        number ??= await freeAdminNumber(tx);
        const [clash] = await tx.select({ id: employees.id }).from(employees).where(eq(employees.employeeNumber, number));
        if (clash) throw new CliError(1, 'import.cli.numberTaken', { number });
        [row] = await tx
          .insert(employees)
          .values({ employeeNumber: number, familyName: familyName!, givenName: givenName!, email, passwordHash })
          .returning();
      }
      for (const role of ROLES) await tx.insert(roleGrants).values({ employeeId: row!.id, role }).onConflictDoNothing();
      await audit(tx, {
        actor,
        action: existing ? 'employee.admin.update' : 'employee.admin.create',
        entityType: 'employee',
        entityId: row!.id,
        detail: { source: 'cli', roles: [...ROLES] },
      });
      return row!;
    });
    const params = { familyName: person.familyName, givenName: person.givenName, email: person.email };
    ctx.io.out(t(existing ? 'import.cli.adminUpdated' : 'import.cli.adminCreated', params));
  },
};
