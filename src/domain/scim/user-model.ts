import { SCHEMA, ScimError } from './protocol';
import type { PatchOperation, ScimUserInput } from './schemas';

/**
 * What a provider asks of one person, in Mendan's terms. Undefined is "leave as it is"; null clears an optional field.
 * `department` is the provider's text (matched to a department by code or name); `managerId` Mendan's id of the manager.
 */
export type Desired = {
  email?: string;
  familyName?: string;
  givenName?: string;
  employeeNumber?: string;
  department?: string | null;
  managerId?: string | null;
  jobTitle?: string | null;
  active?: boolean;
  externalId?: string | null;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ENT = SCHEMA.enterprise.toLowerCase();

function email(value: unknown): string {
  if (typeof value !== 'string' || !EMAIL.test(value.trim()) || value.length > 254) {
    throw new ScimError(400, 'scim.errors.userNameEmail', 'invalidValue');
  }
  return value.trim().toLowerCase();
}

function text(value: unknown, max: number, required: boolean): string | null {
  if (value === null || value === undefined || value === '') {
    if (required) throw new ScimError(400, 'scim.errors.required', 'invalidValue');
    return null;
  }
  if (typeof value !== 'string' || value.trim().length > max) throw new ScimError(400, 'scim.errors.tooLong', 'invalidValue');
  return value.trim() || (required ? fail() : null);
}
const fail = (): never => {
  throw new ScimError(400, 'scim.errors.required', 'invalidValue');
};

function bool(value: unknown): boolean {
  // Entra ID sends "False" as a string in PATCH.
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  throw new ScimError(400, 'scim.errors.active', 'invalidValue');
}

function managerOf(value: unknown): string | null {
  const v = value && typeof value === 'object' ? (value as { value?: unknown }).value : value;
  if (v === null || v === undefined || v === '') return null;
  if (typeof v !== 'string') throw new ScimError(400, 'scim.errors.manager', 'invalidValue');
  return v;
}

/** A POST or PUT body. On create, missing names fall back to the display name or the address. */
export function desiredFromUser(body: ScimUserInput, creating: boolean): Desired {
  const ent = body[SCHEMA.enterprise];
  const primary = body.emails?.find((e) => e.primary) ?? body.emails?.[0];
  const address = email(body.userName.includes('@') ? body.userName : primary?.value);
  const d: Desired = { email: address };
  const family = body.name?.familyName || (creating ? body.displayName?.trim() || address.split('@')[0] : undefined);
  if (family) d.familyName = text(family, 50, true)!;
  const given = body.name?.givenName ?? (creating ? '' : undefined);
  if (given !== undefined && given !== null) d.givenName = given.trim().slice(0, 50);
  if (body.externalId !== undefined) d.externalId = body.externalId || null;
  if (body.active !== undefined && body.active !== null) d.active = body.active;
  if (body.title !== undefined) d.jobTitle = body.title || null;
  if (ent?.employeeNumber) d.employeeNumber = ent.employeeNumber;
  if (ent?.department !== undefined) d.department = ent.department || null;
  if (ent?.manager !== undefined) d.managerId = managerOf(ent.manager);
  return d;
}

/** One attribute of a PATCH (path lower-cased). Returns false for an attribute Mendan does not keep (ignored). */
function setAttribute(d: Desired, path: string, value: unknown, remove: boolean): boolean {
  const p = path.toLowerCase();
  const entAttr = p.startsWith(`${ENT}:`) ? p.slice(ENT.length + 1) : null;
  if (p === ENT && value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) setAttribute(d, `${ENT}:${k}`, v, remove);
    return true;
  }
  if (p === 'name' && value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) setAttribute(d, `name.${k}`, v, remove);
    return true;
  }
  switch (entAttr ?? p) {
    case 'username':
      if (remove) throw new ScimError(400, 'scim.errors.required', 'mutability');
      d.email = email(value);
      return true;
    case 'externalid':
      d.externalId = remove ? null : text(value, 255, false);
      return true;
    case 'active':
      d.active = remove ? false : bool(value);
      return true;
    case 'name.familyname':
      if (remove) throw new ScimError(400, 'scim.errors.required', 'mutability');
      d.familyName = text(value, 50, true)!;
      return true;
    case 'name.givenname':
      d.givenName = remove ? '' : (text(value, 50, false) ?? '');
      return true;
    case 'title':
      d.jobTitle = remove ? null : text(value, 100, false);
      return true;
  }
  if (entAttr === null) return false;
  switch (entAttr) {
    case 'employeenumber':
      if (remove) throw new ScimError(400, 'scim.errors.required', 'mutability');
      d.employeeNumber = text(value, 32, true)!;
      return true;
    case 'department':
      d.department = remove ? null : text(value, 100, false);
      return true;
    case 'manager':
    case 'manager.value':
      d.managerId = remove ? null : managerOf(value);
      return true;
  }
  return false;
}

/** RFC 7644 §3.5.2 operations on a person. Attributes Mendan does not keep are listed, not refused. */
export function desiredFromPatch(ops: readonly PatchOperation[]): { desired: Desired; ignored: string[] } {
  const desired: Desired = {};
  const ignored: string[] = [];
  for (const op of ops) {
    const remove = op.op === 'remove';
    if (op.path) {
      if (!setAttribute(desired, op.path, op.value, remove)) ignored.push(op.path);
      continue;
    }
    if (remove || !op.value || typeof op.value !== 'object' || Array.isArray(op.value)) {
      throw new ScimError(400, 'scim.errors.patchValue', 'invalidValue');
    }
    for (const [k, v] of Object.entries(op.value)) if (!setAttribute(desired, k, v, false)) ignored.push(k);
  }
  return { desired, ignored: ignored.slice(0, 20) };
}
