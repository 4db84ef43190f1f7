import { z } from '@hono/zod-openapi';

// Shared pieces of the route definitions, so every feature router reads the same way.
export const Ok = { 200: { description: 'OK' } } as const;
export const Created = { 201: { description: 'Created' } } as const;
export const json = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
export const IdParams = z.object({ id: z.uuid() });
