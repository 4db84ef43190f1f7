export const UNSAFE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// `none` is a request the person started themselves (typed URL, bookmark): not another site's doing.
const SAME_SITE_FETCH = new Set(['same-origin', 'none']);

export type CrossSiteInput = {
  method: string;
  /** The Sec-Fetch-Site header, if the browser sent one. */
  secFetchSite?: string;
  /** The Origin header, if any. */
  origin?: string;
  /** The origin of the URL the server sees (from the Host header). */
  selfOrigin: string;
  /** The origin of PUBLIC_URL: behind a reverse proxy the browser's origin is this one. */
  publicOrigin?: string;
};

/** The serialized origin of a URL, or null when it is not one (the literal `null` included). */
export function originOf(value: string): string | null {
  try {
    const o = new URL(value).origin;
    return o === 'null' ? null : o;
  } catch {
    return null;
  }
}

/**
 * True when a state-changing request says it comes from another site. Defence in depth on top of
 * the CSRF token: a request with neither header (curl, the CLI, API clients) is judged by the token alone.
 */
export function isCrossSite(r: CrossSiteInput): boolean {
  if (!UNSAFE_METHODS.has(r.method.toUpperCase())) return false;
  if (r.secFetchSite !== undefined && !SAME_SITE_FETCH.has(r.secFetchSite.trim().toLowerCase())) return true;
  if (r.origin === undefined) return false;
  // `Origin: null` (sandboxed frame, cross-site redirect, file://) cannot be ours.
  const origin = originOf(r.origin.trim());
  if (!origin) return true;
  return origin !== r.selfOrigin && origin !== r.publicOrigin;
}
