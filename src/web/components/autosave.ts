// Answers typed but not yet confirmed by the server are kept in sessionStorage until they are, so a
// reload, a crash or a network error never loses text.
import type { StorageLike } from './draft';

export type Answer = { value: unknown; hrOnly: boolean };
export type Answers = Record<string, Answer>;

const PREFIX = 'mendan:unsaved:';
export const unsavedKey = (scope: string) => `${PREFIX}${scope}`;

export function readUnsaved(storage: StorageLike | null, key: string): Answers {
  if (!storage) return {};
  try {
    const raw = storage.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const out: Answers = {};
    for (const [k, v] of Object.entries(parsed)) {
      if (v && typeof v === 'object' && 'value' in v) out[k] = { value: (v as Answer).value, hrOnly: !!(v as Answer).hrOnly };
    }
    return out;
  } catch {
    return {};
  }
}

export function writeUnsaved(storage: StorageLike | null, key: string, pending: Answers) {
  if (!storage) return;
  try {
    if (Object.keys(pending).length) storage.setItem(key, JSON.stringify(pending));
    else storage.removeItem(key);
  } catch {
    // Quota or disabled storage: saving to the server still works.
  }
}

/**
 * After a save of `sent` succeeded: what is still pending. A field changed again while the request
 * was in flight stays pending with its newer value.
 */
export function settle(pending: Answers, sent: Answers): Answers {
  const out: Answers = {};
  for (const [k, v] of Object.entries(pending)) {
    if (!(k in sent) || JSON.stringify(sent[k]) !== JSON.stringify(v)) out[k] = v;
  }
  return out;
}
