import { describeConnectionError, isConnectionError } from './db/connection-errors';
import { DataDirInUse } from './db/data-lock';

/** A start-up failure the operator can fix, as a catalog key (ops.startup.*) and its parameters. */
export type StartupProblem = { key: string; params: Record<string, string | number> };

export type StartupTarget = { dataDir: string; databaseUrl?: string; host?: string; port?: number };

// A folder that cannot be created, opened or written: permissions, read-only mounts, a file in the way.
const FOLDER = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'EISDIR', 'ENOENT', 'ELOOP', 'ENAMETOOLONG']);
const FULL = new Set(['ENOSPC', 'EDQUOT']);

type Shaped = { code?: unknown; syscall?: unknown; message?: unknown; cause?: unknown };

/** host:port/database, never the password. */
function target(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return '?';
  }
}

/** "ENOTDIR: not a directory" out of Node's "ENOTDIR: not a directory, mkdir '/a/b'". */
const reason = (e: Shaped) => (typeof e.message === 'string' ? e.message.split(',')[0]! : String(e.code));

/**
 * What went wrong at start-up (server or CLI), when it is something the operator can fix: a data folder
 * that cannot be written or is full, a database that cannot be reached or refuses us, a port in use.
 * Null for anything else, which keeps its stack trace (it is a bug).
 */
export function startupProblem(err: unknown, where: StartupTarget): StartupProblem | null {
  if (err instanceof DataDirInUse) return { key: 'ops.startup.dataDirInUse', params: { dir: err.dir, pid: err.pid } };
  if (!err || typeof err !== 'object') return null;
  const e = err as Shaped;
  const code = typeof e.code === 'string' ? e.code : '';
  if (e.syscall === 'listen') {
    const params = { host: where.host ?? '', port: where.port ?? '' };
    if (code === 'EADDRINUSE') return { key: 'ops.startup.portInUse', params };
    return { key: 'ops.startup.cannotListen', params: { ...params, reason: reason(e) } };
  }
  if (where.databaseUrl) {
    const params = { target: target(where.databaseUrl) };
    if (isConnectionError(err))
      return { key: 'ops.startup.databaseUnreachable', params: { ...params, reason: describeConnectionError(err) } };
    // 28xxx: bad user or password; 3D000: no such database.
    if (/^(28...|3D000)$/.test(code)) return { key: 'ops.startup.databaseRejected', params: { ...params, reason: reason(e) } };
    return null;
  }
  // 53100 disk_full: PGlite reports its own writes as PostgreSQL does.
  if (FULL.has(code) || code === '53100' || /No space left on device/i.test(String(e.message))) {
    return { key: 'ops.startup.diskFull', params: { dir: where.dataDir } };
  }
  if (FOLDER.has(code)) return { key: 'ops.startup.dataDirUnwritable', params: { dir: where.dataDir, reason: reason(e) } };
  return e.cause ? startupProblem(e.cause, where) : null;
}
