import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { departments, scimExternalIds } from '../../db/schema';
import { DomainError } from '../errors';
import { ScimError } from './protocol';

export type ResourceType = 'User' | 'Group';

/** Keeps (or clears, with null) the provider's id of a person or department. */
export async function setExternalId(db: Db, resourceType: ResourceType, resourceId: string, externalId: string | null | undefined) {
  if (externalId === undefined) return;
  await db.delete(scimExternalIds).where(and(eq(scimExternalIds.resourceType, resourceType), eq(scimExternalIds.resourceId, resourceId)));
  if (externalId) await db.insert(scimExternalIds).values({ resourceType, resourceId, externalId });
}

/** A number HR recognises as made up (the provider sent none); the random part keeps it unique. */
export const scimNumber = () => `SCIM-${randomBytes(5).toString('hex').toUpperCase()}`;

/**
 * The department a provider names by text (enterprise `department`): Mendan's department of that code or name.
 * An unknown one is null — the person is still provisioned, without a department (decision 0023).
 */
export async function departmentByName(db: Db, name: string): Promise<string | null> {
  const [byCode] = await db.select({ id: departments.id }).from(departments).where(eq(departments.code, name)).limit(1);
  if (byCode) return byCode.id;
  const [byName] = await db.select({ id: departments.id }).from(departments).where(eq(departments.name, name)).limit(1);
  return byName?.id ?? null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);

/**
 * The directory's own refusals in SCIM's words: a taken address or number is `uniqueness` (409), any other
 * field problem `invalidValue` (400); 403 (a provider may not touch an admin) and 404 keep their status.
 */
export function scimFromDomain(err: unknown): never {
  if (!(err instanceof DomainError)) throw err;
  const fields = Object.values(err.fields ?? {});
  if (fields.some((f) => f.key.endsWith('Taken'))) throw new ScimError(409, 'scim.errors.uniqueness', 'uniqueness');
  if (err.status === 400) throw new ScimError(400, fields[0]?.key ?? err.key, 'invalidValue', fields[0]?.params ?? err.params);
  if (err.status === 403) throw new ScimError(403, 'scim.errors.outranks');
  if (err.status === 404) throw new ScimError(404, 'scim.errors.notFound');
  if (err.status === 409) throw new ScimError(409, 'scim.errors.conflict');
  throw err;
}
