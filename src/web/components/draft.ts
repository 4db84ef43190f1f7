// Form drafts live in sessionStorage (per tab, gone when the tab closes) until the form is saved.

export type DraftValues = Record<string, string | boolean | string[] | null>;

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'mendan:draft:';

/** One key per page and record, e.g. draftKey('employee-edit', id). */
export function draftKey(page: string, recordId?: string | null): string {
  return `${PREFIX}${page}${recordId ? `:${recordId}` : ''}`;
}

const sameShape = (a: unknown, b: unknown) =>
  a === null || b === null || (Array.isArray(a) ? Array.isArray(b) : typeof a === typeof b && !Array.isArray(b));

/**
 * The saved draft laid over the initial values: only known fields of a compatible type are taken,
 * so an old or tampered draft cannot add fields the form does not have. null when there is none.
 */
export function readDraft<T extends DraftValues>(storage: StorageLike, key: string, initial: T): T | null {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return null; // storage disabled
  }
  if (!raw) return null;
  let saved: unknown;
  try {
    saved = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof saved !== 'object' || saved === null) return null;
  const out: DraftValues = { ...initial };
  for (const [k, v] of Object.entries(saved)) {
    if (Object.hasOwn(initial, k) && sameShape(initial[k], v)) out[k] = v as DraftValues[string];
  }
  return out as T;
}

/** Saves the draft without the excluded fields (passwords are never written to storage). */
export function writeDraft(storage: StorageLike, key: string, values: DraftValues, exclude: readonly string[] = []) {
  const kept = Object.fromEntries(Object.entries(values).filter(([k]) => !exclude.includes(k)));
  try {
    storage.setItem(key, JSON.stringify(kept));
  } catch {
    // Quota or disabled storage: the form still works, only the safety net is missing.
  }
}

export function clearDraft(storage: StorageLike, key: string) {
  try {
    storage.removeItem(key);
  } catch {
    // ignore, as above
  }
}

/** True when the values differ from the initial ones (a draft worth keeping). */
export function isDirty(values: DraftValues, initial: DraftValues): boolean {
  return Object.keys(initial).some((k) => JSON.stringify(values[k]) !== JSON.stringify(initial[k]));
}

/**
 * Lays the person's edits over a newer record (after a 409): fields they changed keep their text,
 * fields they left alone take the newer value, so nobody else's change is silently reverted.
 */
export function mergeDraft<T extends DraftValues>(values: T, oldBase: T, newBase: T): T {
  const out: DraftValues = { ...newBase };
  for (const k of Object.keys(newBase)) {
    if (JSON.stringify(values[k]) !== JSON.stringify(oldBase[k])) out[k] = values[k] ?? null;
  }
  return out as T;
}
