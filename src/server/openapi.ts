import { z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context';
import { requireActor } from './http';

// Shared pieces of the route definitions, so every feature router reads the same way.
export const Ok = { 200: { description: 'OK' } } as const;
export const Created = { 201: { description: 'Created' } } as const;
export const json = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
export const IdParams = z.object({ id: z.uuid() });

/**
 * Signed-out callers get 401 before any validation, so nothing about a feature's rules leaks.
 * Mount it per path: a '*' would also cover the other routers mounted under /api/v1.
 */
export const signedIn: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireActor(c);
  await next();
};
