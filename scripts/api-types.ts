import { writeFileSync } from 'node:fs';
import { GENERATED_TYPES, generateApiTypes } from '../src/server/api-types';

// npm run api:types — regenerates the web client's types after a route's schema changed.
writeFileSync(GENERATED_TYPES, await generateApiTypes());
console.log(`wrote ${GENERATED_TYPES}`);
