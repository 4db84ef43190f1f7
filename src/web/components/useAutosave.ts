import { useCallback, useEffect, useRef, useState } from 'react';
import { type Answer, type Answers, readUnsaved, settle, unsavedKey, writeUnsaved } from './autosave';

const storage = () => {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
};

export type SaveState = { kind: 'idle' | 'pending' | 'saving' | 'saved' | 'error'; at?: Date; error?: unknown };

type Options = {
  /** One scope per form (interview id + kind). */
  scope: string;
  /** What the server has. */
  initial: Answers;
  save: (changed: Answers) => Promise<void>;
  /** Off for read-only views. */
  enabled: boolean;
  delayMs?: number;
};

/**
 * Answers that save themselves: each change is kept in sessionStorage at once and sent after a pause
 * (never during an IME composition). A failed save keeps the text and retries; a reload puts back
 * whatever the server had not confirmed and sends it.
 */
export function useAutosave({ scope, initial, save, enabled, delayMs = 800 }: Options) {
  const key = unsavedKey(scope);
  const [restored] = useState(() => (enabled ? readUnsaved(storage(), key) : {}));
  const [values, setValues] = useState<Answers>(() => ({ ...initial, ...restored }));
  const pending = useRef<Answers>({ ...restored });
  const composing = useRef(false);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [state, setState] = useState<SaveState>({ kind: Object.keys(restored).length ? 'pending' : 'idle' });
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current || composing.current) return;
    const sent = pending.current;
    if (!Object.keys(sent).length) return;
    inFlight.current = true;
    setState({ kind: 'saving' });
    try {
      await saveRef.current(sent);
      pending.current = settle(pending.current, sent);
      writeUnsaved(storage(), key, pending.current);
      setState({ kind: Object.keys(pending.current).length ? 'pending' : 'saved', at: new Date() });
    } catch (error) {
      // Kept in storage; tried again a little later.
      setState({ kind: 'error', error });
      timer.current = setTimeout(() => void flush(), 5000);
    } finally {
      inFlight.current = false;
    }
    if (Object.keys(pending.current).length && !timer.current) timer.current = setTimeout(() => void flush(), delayMs);
  }, [key, delayMs]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delayMs);
  }, [flush, delayMs]);

  // Text restored after a reload goes to the server straight away.
  useEffect(() => {
    if (Object.keys(restored).length) schedule();
  }, [restored, schedule]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  // Leaving with unsent text: the browser asks first (the text is in storage in any case).
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (Object.keys(pending.current).length) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  const change = useCallback(
    (fieldId: string, answer: Answer) => {
      setValues((v) => ({ ...v, [fieldId]: answer }));
      pending.current = { ...pending.current, [fieldId]: answer };
      writeUnsaved(storage(), key, pending.current);
      setState({ kind: 'pending' });
      schedule();
    },
    [key, schedule],
  );

  return {
    values,
    change,
    state,
    restoredCount: Object.keys(restored).length,
    /** Sends what is pending now (before submitting). */
    flush,
    hasPending: () => Object.keys(pending.current).length > 0,
    /** Composition events of the form: nothing is sent while a conversion is open. */
    compositionProps: {
      onCompositionStart: () => {
        composing.current = true;
      },
      onCompositionEnd: () => {
        composing.current = false;
        schedule();
      },
    },
    /** Drops unsent changes of these fields and shows the given values instead (a merge resolved in the server's favour). */
    discard(next: Answers) {
      const rest = { ...pending.current };
      for (const k of Object.keys(next)) delete rest[k];
      pending.current = rest;
      writeUnsaved(storage(), key, rest);
      setValues((v) => ({ ...v, ...next }));
      setState({ kind: Object.keys(rest).length ? 'pending' : 'saved', at: new Date() });
    },
    /** After the server sent a new copy (copy-forward): take it, keeping what is still unsent. */
    replace(next: Answers) {
      setValues({ ...next, ...pending.current });
    },
  };
}
