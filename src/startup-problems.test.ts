import { describe, expect, it } from 'vitest';
import { DataDirInUse } from './db/data-lock';
import { translator } from './i18n';
import { startupProblem } from './startup-problems';

const errno = (code: string, syscall: string, message = `${code}: something, ${syscall} '/x'`) =>
  Object.assign(new Error(message), { code, syscall });
const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });
const embedded = { dataDir: '/srv/mendan' };
const onPg = { dataDir: './data', databaseUrl: 'postgres://app:s3cret@db.example:5433/mendan' };
const listening = { dataDir: './data', host: '0.0.0.0', port: 3000 };

describe('startupProblem', () => {
  it('names a data folder that cannot be written, with the reason', () => {
    for (const code of ['EACCES', 'EROFS', 'ENOTDIR', 'EEXIST', 'EPERM']) {
      expect(startupProblem(errno(code, 'mkdir'), embedded)).toEqual({
        key: 'ops.startup.dataDirUnwritable',
        params: { dir: '/srv/mendan', reason: `${code}: something` },
      });
    }
  });

  it('tells a full disk apart, from Node or from PGlite', () => {
    expect(startupProblem(errno('ENOSPC', 'write'), embedded)?.key).toBe('ops.startup.diskFull');
    expect(startupProblem(pgError('53100', 'could not extend file: No space left on device'), embedded)?.key).toBe('ops.startup.diskFull');
  });

  it('names the folder a live server holds', () => {
    expect(startupProblem(new DataDirInUse('/srv/mendan', 4242), embedded)).toEqual({
      key: 'ops.startup.dataDirInUse',
      params: { dir: '/srv/mendan', pid: 4242 },
    });
  });

  it('says an unreachable or refusing database without the password', () => {
    const unreachable = startupProblem(errno('ECONNREFUSED', 'connect', 'connect ECONNREFUSED 10.0.0.5:5433'), onPg);
    expect(unreachable).toEqual({
      key: 'ops.startup.databaseUnreachable',
      params: { target: 'db.example:5433/mendan', reason: 'connect ECONNREFUSED 10.0.0.5:5433' },
    });
    expect(startupProblem(pgError('28P01', 'password authentication failed for user "app"'), onPg)?.key).toBe(
      'ops.startup.databaseRejected',
    );
    expect(startupProblem(pgError('3D000', 'database "mendan" does not exist'), onPg)?.key).toBe('ops.startup.databaseRejected');
    for (const l of ['ja', 'en'] as const) {
      expect(translator(l)(unreachable!.key, unreachable!.params)).not.toContain('s3cret');
    }
  });

  it('says a port in use, and other listening failures', () => {
    expect(startupProblem(errno('EADDRINUSE', 'listen'), listening)).toEqual({
      key: 'ops.startup.portInUse',
      params: { host: '0.0.0.0', port: 3000 },
    });
    expect(startupProblem(errno('EACCES', 'listen'), listening)?.key).toBe('ops.startup.cannotListen');
  });

  it('leaves anything else to its stack trace (a bug)', () => {
    expect(startupProblem(new Error('boom'), embedded)).toBeNull();
    expect(startupProblem(pgError('42601', 'syntax error'), onPg)).toBeNull();
    expect(startupProblem(undefined, embedded)).toBeNull();
  });
});
