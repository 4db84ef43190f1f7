import { writeFileSync } from 'node:fs';
import { GENERATED_REFERENCE, GENERATED_TYPES, generateApiReference, generateApiTypes } from '../src/server/api-types';

// npm run api:types — regenerates the web client's types and docs/api.md after a route's schema changed.
writeFileSync(GENERATED_TYPES, await generateApiTypes());
writeFileSync(GENERATED_REFERENCE, generateApiReference());
console.log(`wrote ${GENERATED_TYPES} and ${GENERATED_REFERENCE}`);
