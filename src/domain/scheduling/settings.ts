import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { appSettings } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { forbidden } from '../errors';
import { DEFAULT_SCHEDULING } from './guidance';
import type { SchedulingSettings } from './responses';
import { can } from '../capabilities';

const KEY = 'scheduling';
const HhMm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'schedule.errors.time' });

export const SchedulingSettingsBody = z
  .strictObject({ workdayStart: HhMm, busyMinutes: z.number().int().min(0).max(240), workdayEnd: HhMm })
  .refine((v) => v.workdayEnd > v.workdayStart, { message: 'schedule.errors.workdayOrder', path: ['workdayEnd'] });

export async function getSchedulingSettings(db: Db): Promise<SchedulingSettings> {
  const [row] = await db.select().from(appSettings).where(eq(appSettings.key, KEY));
  const parsed = SchedulingSettingsBody.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_SCHEDULING;
}

/** HR (and admins) set the working day the guidance warns about. */
export async function updateSchedulingSettings(db: Db, opts: { actor: Actor } & SchedulingSettings) {
  const { actor, ...value } = opts;
  if (!can(actor, 'manageSettings')) throw forbidden();
  await db.transaction(async (tx) => {
    await tx
      .insert(appSettings)
      .values({ key: KEY, value })
      .onConflictDoUpdate({ target: appSettings.key, set: { value, updatedAt: new Date() } });
    await audit(tx, { actor, action: 'settings.scheduling.update', entityType: 'settings', entityId: KEY, detail: value });
  });
  return getSchedulingSettings(db);
}
