import { type DbHandle, type OpenOptions, openDb } from './db/client';
import { installDefaults } from './domain/forms/install-defaults';
import { forgetLockedVersions } from './domain/forms/templates';
import { installHearingTemplate } from './domain/hiring/install';
import { installDefaultRules } from './domain/record/rules';
import { ABANDONED_MS, undoAbandonedImports } from './domain/imports/journal';

/**
 * A database ready for the product: opened, migrated, and given the seed's default content (sheet,
 * survey, themes, question bank, suggestion rules) once. Each install writes its marker in its own
 * transaction, so several servers starting together install exactly once.
 */
export async function bootstrap(handle: DbHandle): Promise<DbHandle> {
  await installDefaults(handle.db);
  await installHearingTemplate(handle.db);
  await installDefaultRules(handle.db);
  // An employee import cut short by a crash is undone (imports/journal.ts). On PGlite no other process can
  // be running one; on PostgreSQL another server may be, so only one silent for ABANDONED_MS counts.
  await undoAbandonedImports(handle.db, handle.driver === 'pglite' ? 0 : ABANDONED_MS);
  return handle;
}

/** openDb, then bootstrap: what the server, the CLI and the tests start from. */
export async function openReadyDb(opts: OpenOptions): Promise<DbHandle> {
  // Template versions kept in memory belong to the database they were read from (ids are copied with a database:
  // a restored backup, the test databases cloned from one template).
  forgetLockedVersions();
  const handle = await openDb(opts);
  if (opts.migrate === false) return handle;
  try {
    return await bootstrap(handle);
  } catch (err) {
    await handle.close();
    throw err;
  }
}
