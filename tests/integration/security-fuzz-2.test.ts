import { fuzzWriteEndpoints } from '../support/fuzz-suite';

/** The second half of the write endpoints' fuzzing: see security-fuzz.test.ts. */
fuzzWriteEndpoints(2, 2);
