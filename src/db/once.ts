import type { Db } from './client';
import { appSettings } from './schema';

/**
 * Claims a one-time step (installing default content) by writing its marker row, in the caller's transaction: of
 * several servers starting together exactly one gets true, and once done it is never done again — what HR later
 * edits or retires is not put back.
 */
export async function claimOnce(tx: Db, marker: string): Promise<boolean> {
  const won = await tx
    .insert(appSettings)
    .values({ key: marker, value: { version: 1 } })
    .onConflictDoNothing()
    .returning({ key: appSettings.key });
  return won.length > 0;
}
