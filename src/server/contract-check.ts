import type { z } from 'zod';

type Declared = { content?: Record<string, { schema?: unknown }> };
type RouteLike = { method: string; path: string; responses?: Record<string, unknown> };

/**
 * In tests (MENDAN_CHECK_RESPONSES=1), every JSON answer of a route that declares its schema is parsed
 * with that schema: a field the contract does not name (response schemas are strict objects), a missing
 * one or a wrong type fails the request loudly, so presenters and the contract cannot drift apart.
 */
export const checkingResponses = (): boolean => process.env.MENDAN_CHECK_RESPONSES === '1';

export async function checkResponse(route: RouteLike, res: unknown): Promise<void> {
  if (!(res instanceof Response) || res.status < 200 || res.status >= 300) return;
  if (!(res.headers.get('content-type') ?? '').includes('application/json')) return;
  const declared = route.responses?.[String(res.status)] as Declared | undefined;
  // Routes not yet converted declare no content at all; the OpenAPI test lists them.
  if (!declared?.content) return;
  const schema = declared.content['application/json']?.schema as z.ZodType | undefined;
  if (!schema || typeof (schema as { safeParse?: unknown }).safeParse !== 'function') {
    throw new Error(`contract: ${route.method.toUpperCase()} ${route.path} answered ${res.status} JSON without a declared schema`);
  }
  const parsed = schema.safeParse(await res.clone().json());
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`contract: ${route.method.toUpperCase()} ${route.path} ${res.status} does not match its schema — ${issues.join('; ')}`);
  }
}
