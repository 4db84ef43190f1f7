import openapiTS, { astToString } from 'openapi-typescript';
import { testConfig } from '../config';
import { createApp } from './app';
import type { AppDeps } from './context';
import { openApiDocument } from './document';

export const GENERATED_TYPES = 'src/web/api-contract/schema.gen.ts';

/**
 * The web client's types, generated from the served OpenAPI document: never written by hand. The app
 * is built without a database (the document only needs the route table).
 */
export async function generateApiTypes(): Promise<string> {
  const app = createApp({ config: testConfig() } as AppDeps);
  const ast = await openapiTS(JSON.parse(JSON.stringify(openApiDocument(app))), { alphabetize: true });
  return `// Generated from the OpenAPI document by \`npm run api:types\` (src/server/api-types.ts). Do not edit.\n\n${astToString(ast)}`;
}
