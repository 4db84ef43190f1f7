import type { Context } from 'hono';
import type { AppEnv } from './context';
import { companyToday } from '../domain/shared/calendar';

/** Streams CSV text chunks as a UTF-8 download named `<name>-YYYYMMDD.csv`; stops early if the client leaves. */
export function csvResponse(c: Context<AppEnv>, name: string, chunks: AsyncGenerator<string>) {
  const enc = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(ctrl) {
      const next = await chunks.next();
      if (next.done) ctrl.close();
      else ctrl.enqueue(enc.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  const day = companyToday().replaceAll('-', '');
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="${name}-${day}.csv"`);
  return c.body(body, 200);
}
