import type { ExecuteSql } from '../../src/db/client';

/** The checks of the fuzzing of the write endpoints (tests/support/fuzz-suite.ts) on every answer. */

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const QUOTED = /"[\s\S]*"|「[\s\S]*」|“[\s\S]*”/g;
const STACK = /\n\s+at |node_modules|\/src\/|\.[jt]s:\d+/;
type ErrorJson = { error?: { code?: unknown; message?: unknown; fields?: Record<string, unknown> } };

/**
 * What is wrong with an answer: a 5xx, an error without a message in the caller's language, a stack
 * trace. An NDJSON import whose last line is an error counts as refused, like a 4xx.
 */
export async function inspect(res: Response, lang: 'ja' | 'en') {
  const text = await res.text();
  const issues: string[] = [];
  let error: ErrorJson['error'];
  const ndjson = res.status === 200 && (res.headers.get('content-type') ?? '').includes('ndjson');
  if (ndjson) error = (JSON.parse(text.trim().split('\n').at(-1) ?? '{}') as ErrorJson).error;
  const refused = res.status >= 400 || error !== undefined;
  if (res.status >= 500) issues.push('server error');
  else if (res.status >= 300 && res.status < 400) issues.push('unexpected redirect');
  if (refused) {
    if (!error) {
      try {
        error = (JSON.parse(text) as ErrorJson).error;
      } catch {
        issues.push('error answer is not JSON');
      }
    }
    const messages = [error?.message, ...Object.values(error?.fields ?? {})];
    if (typeof error?.message !== 'string' || !error.message) issues.push('error without a message');
    for (const m of messages) {
      // A quoted part is the caller's own input (a CSV header, a name): it may be in any language.
      const own = typeof m === 'string' ? m.replace(QUOTED, '') : '';
      if (typeof m !== 'string') issues.push('message is not text');
      else if (lang === 'ja' && !JAPANESE.test(own)) issues.push(`message not in Japanese: ${m}`);
      else if (lang === 'en' && JAPANESE.test(own)) issues.push(`message not in English: ${m}`);
    }
    if (error?.code === 'internal' || error?.code === 'failed') issues.push('internal error');
    if (STACK.test(text)) issues.push('stack trace or source path in the answer');
  }
  return { status: res.status, refused, issues, text };
}

/**
 * Counts committed writes to the business tables, cheaply enough to ask after every request: a row
 * trigger on each table appends to fuzz_writes inside the writing transaction, so a rolled-back
 * write leaves nothing and a committed one raises max(id). Tables a refused request may touch
 * (sessions, throttles, audit_log) and pg-boss's own schema are left out.
 */
export async function writeProbe(exec: ExecuteSql) {
  await exec(`
    CREATE TABLE fuzz_writes (id bigserial PRIMARY KEY, op text NOT NULL);
    CREATE FUNCTION fuzz_note_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO fuzz_writes (op) VALUES (TG_OP || ' ' || TG_TABLE_NAME); RETURN NULL; END $$;
    DO $$ DECLARE r record; BEGIN
      FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'public'
        AND tablename NOT IN ('fuzz_writes', 'sessions', 'throttles', 'audit_log') LOOP
        EXECUTE format('CREATE TRIGGER fuzz_note_write AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION fuzz_note_write()', r.tablename);
      END LOOP;
    END $$;`);
  const tables = await exec(`SELECT count(*)::int AS n FROM pg_trigger WHERE tgname = 'fuzz_note_write'`);
  return {
    tables: (tables.rows[0] as { n: number }).n,
    mark: async () =>
      String((await exec('SELECT coalesce(max(id), 0)::text AS m FROM fuzz_writes')).rows.map((r) => (r as { m: string }).m)[0]),
    since: async (mark: string) =>
      (await exec(`SELECT op FROM fuzz_writes WHERE id > ${BigInt(mark)} ORDER BY id LIMIT 20`)).rows.map((r) => (r as { op: string }).op),
  };
}
