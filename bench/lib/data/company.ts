// The bench's large company, shared by the record and insight suites (one database on each engine):
// the org, ten career rounds, the interview records and the insight data, generated in that order.
import type { Db } from '../../../src/db/client';
import type { PrepareSpec } from '../databases';
import { generateInsight, insightIsReady } from './insight';
import { generateOrg, orgIsReady } from './org';
import { generateRecord, recordIsReady } from './record';
import { countParticipants, generateRounds, lockPinnedVersions, roundsAreReady } from './rounds';

/** The company's size: 100,000 people unless BENCH_EMPLOYEES says otherwise. */
export const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 100_000);

export function companySpec(fresh: boolean, inspect: PrepareSpec['inspect']): PrepareSpec {
  return {
    name: 'record',
    fresh,
    isReady: async (db: Db) =>
      (await orgIsReady(db, EMPLOYEES)) &&
      (await roundsAreReady(db, await countParticipants(db))) &&
      (await recordIsReady(db)) &&
      (await insightIsReady(db)),
    // Each stage is one transaction, so a stage that failed left nothing: the next run goes on from it.
    fill: async (db: Db) => {
      if (!(await orgIsReady(db, EMPLOYEES))) await generateOrg(db, EMPLOYEES);
      if (!(await roundsAreReady(db, await countParticipants(db)))) await generateRounds(db);
      if (!(await recordIsReady(db))) await generateRecord(db);
      if (!(await insightIsReady(db))) await generateInsight(db);
    },
    resumable: (db: Db) => orgIsReady(db, EMPLOYEES),
    inspect: async (db, handle) => {
      await lockPinnedVersions(db);
      await inspect?.(db, handle);
    },
  };
}
