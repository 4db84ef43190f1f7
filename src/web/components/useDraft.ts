import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { clearDraft, type DraftValues, isDirty, mergeDraft, readDraft, writeDraft } from './draft';

const storage = (): Storage | null => {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
};

/**
 * Form state that survives a reload: every change is kept in sessionStorage under `key` until
 * `saved()` is called. `exclude` names fields never written to storage (passwords).
 * Remount the form (React key) when the record changes.
 */
export function useDraft<T extends DraftValues>(key: string, initial: T, exclude: readonly (keyof T & string)[] = []) {
  const [found] = useState(() => {
    const s = storage();
    return s ? readDraft(s, key, initial) : null;
  });
  const [base, setBase] = useState(initial);
  const [values, setValues] = useState<T>(found ?? initial);
  const [restored, setRestored] = useState(!!found && isDirty(found, initial));
  const excluded = useRef(exclude);
  const mounted = useRef(false);

  useEffect(() => {
    // The first render only shows what is stored; writing starts with the first change.
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    const s = storage();
    if (!s) return;
    if (isDirty(values, base)) writeDraft(s, key, values, excluded.current);
    else clearDraft(s, key);
  }, [values, base, key]);

  const set = useCallback(<K extends keyof T>(name: K, value: T[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
  }, []);

  /** Props for a text input or select bound to one string field. */
  const bind = useCallback(
    (name: keyof T & string) => ({
      name,
      value: String(values[name] ?? ''),
      onChange: (value: string) => set(name, value as T[typeof name]),
    }),
    [values, set],
  );

  const forget = useCallback(() => {
    const s = storage();
    if (s) clearDraft(s, key);
    setRestored(false);
  }, [key]);

  return useMemo(
    () => ({
      values,
      set,
      bind,
      restored,
      dirty: isDirty(values, base),
      /** After a successful save: forget the draft and start from the saved values. */
      saved(next: T) {
        forget();
        setBase(next);
        setValues(next);
      },
      /** Throw the typed text away and go back to the record. */
      discard() {
        forget();
        setValues(base);
      },
      /** A newer record arrived (after a 409): keep what was typed, take the rest from it. */
      rebase(next: T) {
        setValues((v) => mergeDraft(v, base, next));
        setBase(next);
      },
    }),
    [values, set, bind, restored, base, forget],
  );
}

export type Draft<T extends DraftValues> = ReturnType<typeof useDraft<T>>;
