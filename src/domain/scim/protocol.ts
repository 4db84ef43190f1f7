import { systemActor, type Actor } from '../actor';

// SCIM 2.0 (RFC 7643/7644) names and the error shape, shared by the user and group handlers.

export const SCHEMA = {
  user: 'urn:ietf:params:scim:schemas:core:2.0:User',
  enterprise: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
  group: 'urn:ietf:params:scim:schemas:core:2.0:Group',
  list: 'urn:ietf:params:scim:api:messages:2.0:ListResponse',
  patch: 'urn:ietf:params:scim:api:messages:2.0:PatchOp',
  error: 'urn:ietf:params:scim:api:messages:2.0:Error',
  spc: 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig',
  resourceType: 'urn:ietf:params:scim:schemas:core:2.0:ResourceType',
  schema: 'urn:ietf:params:scim:schemas:core:2.0:Schema',
} as const;

export const SCIM_CONTENT_TYPE = 'application/scim+json';
export const MAX_COUNT = 200;

export type ScimType = 'uniqueness' | 'invalidValue' | 'invalidFilter' | 'invalidSyntax' | 'invalidPath' | 'noTarget' | 'mutability';

/** A SCIM error answer (RFC 7644 §3.12). `key` is a catalog key: the route translates it into `detail`. */
export class ScimError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 500,
    readonly key: string,
    readonly scimType?: ScimType,
    readonly params: Record<string, unknown> = {},
  ) {
    super(key);
  }
}

export const scimErrorBody = (status: number, detail: string, scimType?: ScimType) => ({
  schemas: [SCHEMA.error],
  status: String(status),
  ...(scimType ? { scimType } : {}),
  detail,
});

/**
 * Whom the directory functions see acting for a provider: nobody in the audit log (the scim.write row names the
 * token), with HR's rights — not an admin's, so a provider can never move an admin's sign-in address or retire an
 * admin (decision 0023).
 */
export const scimActor = (ip: string): Actor => ({ ...systemActor(), roles: new Set(['employee', 'hr']), ip });

/** The one filter form providers send: `attribute eq "value"` (RFC 7644 §3.4.2.2). Anything else is refused. */
export function parseEqFilter(filter: string | undefined, allowed: readonly string[]): { attr: string; value: string } | null {
  if (filter === undefined || filter.trim() === '') return null;
  const m = /^\s*([A-Za-z][\w.:]*)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i.exec(filter);
  const attr = m ? allowed.find((a) => a.toLowerCase() === m[1]!.toLowerCase()) : undefined;
  if (!m || !attr) throw new ScimError(400, 'scim.errors.filter', 'invalidFilter');
  return { attr, value: m[2]!.replace(/\\(.)/g, '$1') };
}

/** startIndex is 1-based; count 0 answers only the total (RFC 7644 §3.4.2.4). */
export function parsePaging(q: { startIndex?: string; count?: string }): { offset: number; limit: number } {
  const start = q.startIndex === undefined ? 1 : Number.parseInt(q.startIndex, 10);
  const count = q.count === undefined ? 100 : Number.parseInt(q.count, 10);
  if (!Number.isFinite(start) || !Number.isFinite(count)) throw new ScimError(400, 'scim.errors.paging', 'invalidValue');
  return { offset: Math.max(start, 1) - 1, limit: Math.min(Math.max(count, 0), MAX_COUNT) };
}

export const listResponse = <T>(resources: T[], total: number, offset: number) => ({
  schemas: [SCHEMA.list],
  totalResults: total,
  startIndex: offset + 1,
  itemsPerPage: resources.length,
  Resources: resources,
});
