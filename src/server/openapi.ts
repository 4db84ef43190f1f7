import { z } from '@hono/zod-openapi';

// Shared pieces of the route definitions, so every feature router reads the same way.
export const json = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
export const IdParams = z.object({ id: z.uuid() });

/**
 * A JSON answer and its declared shape: the one contract. The OpenAPI document, the web client's types
 * (generated from it) and the tests' check of every answer (router.ts) all read this schema.
 */
export const ok = <T extends z.ZodType>(schema: T, description = 'OK') =>
  ({ 200: { description, content: { 'application/json': { schema } } } }) as const;
export const created = <T extends z.ZodType>(schema: T, description = 'Created') =>
  ({ 201: { description, content: { 'application/json': { schema } } } }) as const;
/** A file the browser downloads (CSV, calendar): text, described by its media type. */
export const file = (mediaType: string, description: string) =>
  ({ 200: { description, content: { [mediaType]: { schema: { type: 'string' as const } } } } }) as const;

/**
 * A browser navigation answered with a redirect (the SSO trip to the identity provider and back): no body,
 * only where to go. The contract test accepts a 302 that names its Location header.
 */
export const redirect = (description: string) =>
  ({
    302: { description, headers: { Location: { description: 'Where the browser goes next', schema: { type: 'string' as const } } } },
  }) as const;

/** `{ ok: true }`: an action that answers nothing else. */
export const Done = z.strictObject({ ok: z.boolean() }).meta({ id: 'Done' });
