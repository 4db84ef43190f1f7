import { apiFetch, type RequestOptions } from '../../api';

/** Saves an API answer as the file the server names (Content-Disposition), e.g. mendan-my-data-2026-12-07.json. */
export async function downloadFrom(path: string, opts: RequestOptions = {}): Promise<void> {
  const res = await apiFetch(path, opts);
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'mendan-data.json';
  const url = URL.createObjectURL(new Blob([await res.text()], { type: 'application/json;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked a moment later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
