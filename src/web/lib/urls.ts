/** Only same-site paths may be used as a place to return to after login (no open redirect). */
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login')) return '/';
  return next;
}

/** The login URL that brings the person back to where they were. */
export function loginUrl(current: { pathname: string; search: string }): string {
  const here = `${current.pathname}${current.search}`;
  return here === '/' || current.pathname === '/login' ? '/login' : `/login?next=${encodeURIComponent(here)}`;
}

/** Query string from filters, leaving out empty values; '' when there are none. */
export function toQuery(params: Record<string, string | number | null | undefined>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') sp.set(k, String(v));
  const s = sp.toString();
  return s ? `?${s}` : '';
}

/** A positive page number from the URL, 1 when missing or bad. */
export function pageParam(v: string | null): number {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** Reads one cookie from document.cookie-style text. */
export function readCookie(cookies: string, name: string): string | undefined {
  for (const part of cookies.split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    if (part.slice(0, i).trim() === name) return decodeURIComponent(part.slice(i + 1).trim());
  }
  return undefined;
}
