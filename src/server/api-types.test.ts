import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_TYPES, generateApiTypes } from './api-types';

describe('the web client’s types', () => {
  it('are generated from the OpenAPI document as it is now (run `npm run api:types` after changing a route)', async () => {
    expect(readFileSync(GENERATED_TYPES, 'utf8')).toBe(await generateApiTypes());
  }, 30_000);
});
