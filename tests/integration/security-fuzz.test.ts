import { fuzzWriteEndpoints } from '../support/fuzz-suite';

/**
 * Fuzzing of every write endpoint, half of them here, half in security-fuzz-2.test.ts (two files so
 * that vitest's two workers share the cost). FUZZ_RUNS sets the runs per endpoint (1,000 by default; npm test
 * runs 1,000 on PostgreSQL and 200 on PGlite, see scripts/test.sh),
 * FUZZ_SEED replays a failure, FUZZ_STATS=1 prints the answers' statuses per endpoint.
 * The generators and checks are in tests/support/fuzz.ts, the suite in tests/support/fuzz-suite.ts.
 */
fuzzWriteEndpoints(1, 2);
