import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import { Alert } from './forms';

type Props<K extends string> = {
  /** The setting's endpoint (GET reads it, PUT `{ [field]: boolean }` saves it) and its cache key. */
  path: string;
  queryKey: readonly string[];
  field: K;
  /** The section's heading; `hideTitle` keeps it for screen readers only (when the label says the same). */
  title: string;
  hideTitle?: boolean;
  label: string;
  hint: string;
  /** What the success message says, by the value saved. */
  saved: (on: boolean) => string;
};

/** A company setting that is one switch (off or on): the box, what it means, and whether saving worked. */
export function SettingSwitch<K extends string>({ path, queryKey, field, title, hideTitle, label, hint, saved }: Props<K>) {
  const qc = useQueryClient();
  const q = useQuery({ queryKey, queryFn: () => api<Record<K, boolean>>(path) });
  const save = useMutation({
    mutationFn: (on: boolean) => api<Record<K, boolean>>(path, { method: 'PUT', body: { [field]: on } }),
    onSuccess: (data) => qc.setQueryData(queryKey, data),
  });
  if (!q.data) return null;
  const titleId = `${queryKey.join('-')}-title`;
  return (
    <section className="card card--quiet" aria-labelledby={titleId}>
      <h2 id={titleId} className={hideTitle ? 'visually-hidden' : undefined}>
        {title}
      </h2>
      <label className="check">
        <input
          type="checkbox"
          // While saving, the box shows what was asked for rather than jumping back.
          checked={save.isPending ? save.variables : q.data[field]}
          disabled={save.isPending}
          onChange={(e) => save.mutate(e.target.checked)}
        />
        {label}
      </label>
      <p className="hint">{hint}</p>
      {save.isSuccess && <Alert kind="success">{saved(save.data[field])}</Alert>}
      {save.error && <Alert kind="error">{save.error.message}</Alert>}
    </section>
  );
}
