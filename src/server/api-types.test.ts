import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { document, GENERATED_REFERENCE, GENERATED_TYPES, generateApiReference, generateApiTypes } from './api-types';

describe('what is generated from the OpenAPI document (run `npm run api:types` after changing a route)', () => {
  it('the web client’s types are current', async () => {
    expect(readFileSync(GENERATED_TYPES, 'utf8')).toBe(await generateApiTypes());
  }, 30_000);

  it('the API reference, docs/api.md, is current', () => {
    expect(readFileSync(GENERATED_REFERENCE, 'utf8')).toBe(generateApiReference());
  }, 30_000);
});

describe('the contract covers every route', () => {
  it('every successful answer of every operation declares its content (a schema, a file type, 204 with none, or a redirect)', () => {
    const doc = document() as {
      paths: Record<string, Record<string, { responses?: Record<string, { content?: object; headers?: Record<string, unknown> }> }>>;
    };
    const untyped: string[] = [];
    let operations = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        operations++;
        const success = Object.entries(op.responses ?? {}).filter(([code]) => code.startsWith('2'));
        // 204 is the one answer with no body; every other success names what it carries. A navigation the
        // browser makes (SSO) may answer only with a 302 that names where it leads (openapi.ts: redirect).
        const redirects = !success.length && !!op.responses?.['302']?.headers?.Location;
        const typed = redirects || (success.length > 0 && success.every(([code, r]) => (code === '204' ? !r.content : !!r.content)));
        if (!typed) untyped.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(operations).toBeGreaterThan(100);
    expect(untyped).toEqual([]);
  }, 30_000);
});
