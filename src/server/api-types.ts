import openapiTS, { astToString } from 'openapi-typescript';
import { testConfig } from '../config';
import { createApp } from './app';
import type { AppDeps } from './context';
import { renderApiMarkdown } from './api-docs';
import { openApiDocument } from './document';

export const GENERATED_TYPES = 'src/web/api-contract/schema.gen.ts';
export const GENERATED_REFERENCE = 'docs/api.md';

/**
 * The web client's types, generated from the served OpenAPI document: never written by hand. The app
 * is built without a database (the document only needs the route table).
 */
export const document = () => JSON.parse(JSON.stringify(openApiDocument(createApp({ config: testConfig() } as AppDeps))));

export async function generateApiTypes(): Promise<string> {
  const ast = await openapiTS(document(), { alphabetize: true });
  return `// Generated from the OpenAPI document by \`npm run api:types\` (src/server/api-types.ts). Do not edit.\n\n${astToString(ast)}`;
}

/** docs/api.md, from the same document. */
export const generateApiReference = (): string => renderApiMarkdown(document());
