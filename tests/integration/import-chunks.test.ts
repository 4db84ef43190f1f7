import { and, eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, employees, importJournal, mailOutbox } from '../../src/db/schema';
import { makeEmployee } from '../support/factories';
import { makeTestApp, type TestApp, type TestClient } from '../support/harness';

// A large employee import is written in short transactions (PGlite has one connection): other requests are
// answered meanwhile, and the file still lands whole or not at all (src/domain/imports/journal.ts).

let t: TestApp;
let hr: TestClient;
let other: TestClient;
beforeAll(async () => {
  t = await makeTestApp();
  hr = await t.client().login((await makeEmployee(t.db, { roles: ['hr'] })).email);
  other = await t.client().login((await makeEmployee(t.db)).email);
});
afterAll(() => t.close());

const HEADER = 'employee_number,family_name,given_name,email,job_title';
const num = (prefix: string, i: number) => `${prefix}${String(i).padStart(5, '0')}`;
const email = (prefix: string, i: number) => `${num(prefix, i)}@example.jp`.toLowerCase();
/** n people; `row` may replace a line. */
function file(prefix: string, n: number, row: (i: number) => string | undefined = () => undefined) {
  const lines = [HEADER];
  for (let i = 1; i <= n; i++) lines.push(row(i) ?? `${num(prefix, i)},山田,太郎,${email(prefix, i)},一般`);
  return `${lines.join('\r\n')}\r\n`;
}
const count = async (prefix: string) =>
  (
    await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(employees)
      .where(like(employees.employeeNumber, `${prefix}%`))
  )[0]!.n;

type Line = { type: string; done?: number; total?: number; created?: number; error?: { code: string } };

/** Posts a file to the commit endpoint and reads its NDJSON answer as it streams; `progress` sees each progress line. */
async function commit(body: string, progress: (done: number) => void = () => {}): Promise<Line[]> {
  const res = await hr.post('/api/v1/imports/employees/commit', body, { 'content-type': 'text/csv' });
  if (res.status !== 200) return [(await res.json()) as Line];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const lines: Line[] = [];
  let carry = '';
  for (;;) {
    const { done, value } = await reader.read();
    const parts = (carry + (value ? decoder.decode(value, { stream: true }) : '')).split('\n');
    carry = parts.pop()!;
    for (const p of parts.filter(Boolean)) {
      const line = JSON.parse(p) as Line;
      lines.push(line);
      if (line.type === 'progress') progress(line.done!);
    }
    if (done) return lines;
  }
}

describe('a large employee import', () => {
  it('lets another request through while it writes 5,000 people', async () => {
    let seen = 0;
    let answered: { status: number; seen: number } | null = null;
    let asked: Promise<void> | null = null;
    const lines = await commit(file('CC', 5000), (done) => {
      seen = done;
      // Asked once the import writes: answered between its transactions, not after the last one.
      asked ??= other.get('/api/v1/auth/me').then((r) => {
        answered = { status: r.status, seen };
      });
    });
    await asked;
    expect(lines.at(-1)).toEqual({ type: 'done', created: 5000, updated: 0, unchanged: 0, total: 5000 });
    expect(answered).toMatchObject({ status: 200 });
    expect(answered!.seen).toBeLessThan(5000);
    expect(await count('CC')).toBe(5000);
    expect(await t.db.select().from(importJournal)).toEqual([]);
  }, 120_000);

  it('writes nothing when the last row of the file is wrong', async () => {
    const res = await hr.post(
      '/api/v1/imports/employees/commit',
      file('LR', 2000, (i) => (i === 2000 ? `${num('LR', i)},山田,太郎,not-an-email,一般` : undefined)),
      { 'content-type': 'text/csv' },
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { rows: { line: number }[] }).rows.map((r) => r.line)).toEqual([2001]);
    expect(await count('LR')).toBe(0);
  }, 60_000);

  it('undoes what it wrote when a late row fails: an address taken while it ran', async () => {
    // Someone already there, in the first chunk: the file changes their title and address.
    const first = await makeEmployee(t.db, { employeeNumber: num('LF', 1), email: 'lf-old@example.jp', jobTitle: '一般' });
    const body = file('LF', 2000, (i) => (i === 1 ? `${num('LF', 1)},山田,太郎,lf-new@example.jp,主任` : undefined));
    let taken: Promise<unknown> | null = null;
    const lines = await commit(body, () => {
      // The last row's address goes to someone else while the first chunks are written.
      taken ??= makeEmployee(t.db, { employeeNumber: 'LF-OTHER', email: email('LF', 2000) });
    });
    await taken;
    expect(lines.some((l) => l.type === 'progress')).toBe(true);
    expect(lines.at(-1)).toMatchObject({ type: 'error', error: { code: 'changedMeanwhile' } });

    // Nothing of the file: the people it created are gone, the one it changed is as before.
    expect(await count('LF0')).toBe(1);
    const [after] = await t.db.select().from(employees).where(eq(employees.id, first.id));
    expect(after).toMatchObject({ email: 'lf-old@example.jp', jobTitle: '一般' });
    expect(await t.db.select().from(importJournal)).toEqual([]);
    // Audited both ways (the change happened, then was undone); no summary of an import that did not happen,
    // and no "your address changed" mail.
    const undo = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'employee.import.undo'), eq(auditLog.entityId, first.id)));
    expect(undo.map((a) => a.detail)).toEqual([{ employeeNumber: num('LF', 1), undone: 'update' }]);
    const summaries = await t.db.select().from(auditLog).where(eq(auditLog.action, 'employee.import'));
    expect(summaries.map((a) => a.detail?.total)).toEqual([5000]);
    expect(await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, 'lf-old@example.jp'))).toEqual([]);
  }, 120_000);

  it('undoes what it wrote when someone changes a person of the file meanwhile, keeping their change', async () => {
    const last = await makeEmployee(t.db, { employeeNumber: num('LC', 2000), email: email('LC', 2000), jobTitle: '一般' });
    let edited: Promise<unknown> | null = null;
    const lines = await commit(file('LC', 2000), () => {
      edited ??= t.db
        .update(employees)
        .set({ jobTitle: '部長', version: sql`${employees.version} + 1` })
        .where(eq(employees.id, last.id))
        .execute();
    });
    await edited;
    expect(lines.at(-1)).toMatchObject({ type: 'error', error: { code: 'changedMeanwhile' } });
    expect(await count('LC')).toBe(1);
    const [after] = await t.db.select().from(employees).where(eq(employees.id, last.id));
    expect(after!.jobTitle).toBe('部長');
    expect(await t.db.select().from(importJournal)).toEqual([]);
  }, 120_000);
});
