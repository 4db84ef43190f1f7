import { DrizzleQueryError } from 'drizzle-orm/errors';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { describeConnectionError, isConnectionError } from './connection-errors';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code, severity: 'FATAL' });
const errno = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, syscall: 'connect' });
const wrapped = (cause: unknown) =>
  new DrizzleQueryError('select * from employees where email = $1', ['hanako@example.jp'], cause as Error);

describe('isConnectionError', () => {
  it.each([
    ['57P01 admin shutdown', pgError('57P01', 'terminating connection due to administrator command')],
    ['57P02 crash shutdown', pgError('57P02')],
    ['57P03 starting up', pgError('57P03', 'the database system is starting up')],
    ['08006 connection failure', pgError('08006')],
    ['08001 cannot establish', pgError('08001')],
    ['53300 too many connections', pgError('53300', 'sorry, too many clients already')],
    ['ECONNREFUSED', errno('ECONNREFUSED')],
    ['ECONNRESET', errno('ECONNRESET')],
    ['ETIMEDOUT', errno('ETIMEDOUT')],
    ['ENOTFOUND', errno('ENOTFOUND')],
    ['terminated unexpectedly', new Error('Connection terminated unexpectedly')],
    ['terminated by timeout', new Error('Connection terminated due to connection timeout')],
    ['pool wait timeout', new Error('timeout exceeded when trying to connect')],
    ['client broken', new Error('Client has encountered a connection error and is not queryable')],
  ])('%s is one', (_name, err) => {
    expect(isConnectionError(err)).toBe(true);
    expect(isConnectionError(wrapped(err))).toBe(true);
  });

  it('finds it inside an AggregateError (a name with several addresses)', () => {
    const agg = new AggregateError([errno('ECONNREFUSED'), errno('ECONNREFUSED')]);
    expect(isConnectionError(agg)).toBe(true);
    expect(isConnectionError(wrapped(agg))).toBe(true);
  });

  it.each([
    ['a unique violation', pgError('23505')],
    ['a syntax error', pgError('42601')],
    ['a bad password', pgError('28P01')],
    ['a missing database', pgError('3D000')],
    ['a query cancelled', pgError('57014')],
    ['our own pool after end()', new Error('Cannot use a pool after calling end on the pool')],
    ['a plain error', new Error('boom')],
    ['a string', 'Connection terminated'],
    ['nothing', undefined],
  ])('%s is not', (_name, err) => {
    expect(isConnectionError(err)).toBe(false);
    expect(isConnectionError(wrapped(err))).toBe(false);
  });

  it('does not loop on a cause cycle', () => {
    const a = new Error('a') as Error & { cause?: unknown };
    a.cause = a;
    expect(isConnectionError(a)).toBe(false);
  });

  it('recognizes what node-postgres really throws when nothing listens', async () => {
    const client = new pg.Client({ host: '127.0.0.1', port: 1, connectionTimeoutMillis: 2000 });
    const err = await client.connect().then(
      () => null,
      (e: unknown) => e,
    );
    expect(isConnectionError(err)).toBe(true);
  });
});

describe('describeConnectionError', () => {
  it("names the driver's code and message, never the wrapper's query parameters", () => {
    const text = describeConnectionError(wrapped(pgError('57P01', 'terminating connection due to administrator command')));
    expect(text).toBe('57P01 terminating connection due to administrator command');
    expect(text).not.toContain('hanako');
  });
});
