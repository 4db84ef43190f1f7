import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { appSettings } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { can } from '../capabilities';
import { forbidden } from '../errors';
import { ReflectionSettings } from './schemas';

/** app_settings key. Absent: the card is the interviewer's alone (the default). */
const KEY = 'reflection';
const DEFAULT: ReflectionSettings = { managerSees: false };

export async function readReflectionSettings(db: Db): Promise<ReflectionSettings> {
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, KEY));
  const parsed = ReflectionSettings.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT;
}

export async function getReflectionSettings(db: Db, opts: { actor: Actor }): Promise<ReflectionSettings> {
  if (!can(opts.actor, 'manageSettings')) throw forbidden();
  return readReflectionSettings(db);
}

export async function setReflectionSettings(db: Db, opts: { actor: Actor; settings: ReflectionSettings }): Promise<ReflectionSettings> {
  const { actor, settings } = opts;
  if (!can(actor, 'manageSettings')) throw forbidden();
  await db.transaction(async (tx) => {
    await tx
      .insert(appSettings)
      .values({ key: KEY, value: settings })
      .onConflictDoUpdate({ target: appSettings.key, set: { value: settings, updatedAt: new Date() } });
    await audit(tx, { actor, action: 'reflection.settings', entityType: 'settings', entityId: KEY, detail: settings });
  });
  return settings;
}
