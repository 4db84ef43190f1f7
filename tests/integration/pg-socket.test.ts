import { existsSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { openDb } from '../../src/db/client';
import { rowsOf } from '../../src/db/rows';

// The README's DATABASE_URL for a PostgreSQL on the same machine (issue 16.2): its Unix socket, named by the
// folder in `host`. The test cluster (scripts/pg.sh) puts its socket in /tmp.
const onPg = process.env.TEST_DB === 'pg';

describe.skipIf(!onPg)('DATABASE_URL through a Unix socket (TEST_DB=pg)', () => {
  it('is accepted by the configuration and reaches the database without TCP', async () => {
    const tcp = new URL(process.env.TEST_DATABASE_URL!);
    const port = tcp.port || '5432';
    expect(existsSync(`/tmp/.s.PGSQL.${port}`), 'the test cluster listens on a socket in /tmp').toBe(true);
    const url = `postgres://${tcp.pathname}?host=/tmp&port=${port}&user=${tcp.username || 'postgres'}`;
    const config = loadConfig({ DATABASE_URL: url });
    expect(config.databaseUrl).toBe(url);
    const handle = await openDb({ databaseUrl: config.databaseUrl! });
    try {
      const [row] = rowsOf<{ addr: string | null; one: number }>(await handle.db.execute(sql`select inet_server_addr() as addr, 1 as one`));
      // inet_server_addr() is null on a Unix-socket connection.
      expect(row).toEqual({ addr: null, one: 1 });
    } finally {
      await handle.close();
    }
  });
});
