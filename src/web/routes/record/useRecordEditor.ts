import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ApiError, api } from '../../api';
import type { Answers } from '../../components/autosave';
import { useAutosave } from '../../components/useAutosave';
import type { RecordFields, RecordFieldsView, RecordView } from './types';

type Fields = Partial<RecordFields>;

/** The record's fields as one flat map (what the PATCH speaks). */
export function flatten(r: Pick<RecordView, 'workspace' | 'shared'>): Fields {
  return { ...(r.workspace ?? {}), ...(r.shared ?? {}) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export type Conflict = { message: string; fields: (keyof RecordFields)[]; server: Fields };

/**
 * The record's fields, saved as they are typed (via useAutosave: IME-safe, kept in sessionStorage).
 * Every save names the version and the values it started from. When another device changed the same
 * field first, the server answers 409: nothing more is sent, the person sees both texts and chooses —
 * never a silent overwrite, never lost text.
 */
export function useRecordEditor(interviewId: string, record: RecordView) {
  const qc = useQueryClient();
  const initialFields = flatten(record);
  const version = useRef(record.version);
  const base = useRef<Fields>(initialFields);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const blocked = useRef(false);
  const initial: Answers = Object.fromEntries(Object.entries(initialFields).map(([k, v]) => [k, { value: v, hrOnly: false }]));

  const auto = useAutosave({
    scope: `record:${interviewId}`,
    initial,
    enabled: record.can.write,
    delayMs: 700,
    save: async (changed) => {
      if (blocked.current) throw new Error('conflict');
      const keys = Object.keys(changed) as (keyof RecordFields)[];
      const changes = Object.fromEntries(keys.map((k) => [k, changed[k]!.value]));
      const from = Object.fromEntries(keys.map((k) => [k, base.current[k]]));
      try {
        const next = await api<RecordFieldsView>(`/interviews/${interviewId}/record`, {
          method: 'PATCH',
          body: { version: version.current, changes, base: from },
        });
        version.current = next.version;
        base.current = { ...base.current, ...changes };
        // The cached record follows, so another screen of this tab starts from what was saved.
        qc.setQueryData<RecordView>(['record', interviewId], (old) =>
          old ? { ...old, version: next.version, workspace: next.workspace, shared: next.shared } : old,
        );
      } catch (err) {
        if (err instanceof ApiError && err.status === 409) {
          const fresh = await api<RecordView>(`/interviews/${interviewId}/record`);
          const server = flatten(fresh);
          version.current = fresh.version;
          blocked.current = true;
          setConflict({ message: err.message, fields: keys.filter((k) => !same(server[k], base.current[k])), server });
          qc.setQueryData(['record', interviewId], fresh);
        }
        throw err;
      }
    },
  });

  const values = Object.fromEntries(Object.entries(auto.values).map(([k, a]) => [k, a.value])) as RecordFields;
  const set = <K extends keyof RecordFields>(k: K, v: RecordFields[K]) => auto.change(k, { value: v, hrOnly: false });

  return {
    values,
    set,
    state: auto.state,
    restoredCount: auto.restoredCount,
    compositionProps: auto.compositionProps,
    flush: auto.flush,
    conflict,
    /** Keep what I typed: it is saved over the newer version. */
    keepMine() {
      if (!conflict) return;
      for (const k of conflict.fields) base.current = { ...base.current, [k]: conflict.server[k] };
      blocked.current = false;
      setConflict(null);
      void auto.flush();
    },
    /** Take the other device's version of the clashing fields. */
    takeTheirs() {
      if (!conflict) return;
      const next: Answers = {};
      for (const k of conflict.fields) {
        base.current = { ...base.current, [k]: conflict.server[k] };
        next[k] = { value: conflict.server[k], hrOnly: false };
      }
      blocked.current = false;
      setConflict(null);
      auto.discard(next);
      void auto.flush();
    },
  };
}

export type RecordEditor = ReturnType<typeof useRecordEditor>;
