export const UNSAFE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// `none` is a request the person started themselves (typed URL, bookmark): not another site's doing.
const SAME_SITE_FETCH = new Set(['same-origin', 'none']);

/**
 * Navigations that arrive from another site by design: the identity provider sends the browser back to the
 * SSO callback (its state cookie binds it to the trip this browser began), and a company portal may link to
 * the start. Both are GETs that change nothing but the browser's own sign-in.
 */
export const CROSS_SITE_ENTRIES: ReadonlySet<string> = new Set(['GET /api/v1/auth/sso/start', 'GET /api/v1/auth/sso/callback']);

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
 * True when a request to the API says it comes from another site. The web app only ever calls its own
 * API, so the browser's word (Sec-Fetch-Site) is enough to refuse any method: a page elsewhere can then
 * neither change anything (on top of the CSRF token) nor make someone's browser read records in their
 * name (audit entries, denied-read bursts). State-changing requests are also judged by Origin. A request
 * with neither header (curl, the CLI, API clients) is judged by its session and token alone.
 */
export function isCrossSite(r: CrossSiteInput): boolean {
  if (r.secFetchSite !== undefined && !SAME_SITE_FETCH.has(r.secFetchSite.trim().toLowerCase())) return true;
  // A plain link or form GET carries no Origin worth judging; writes always do in a browser.
  if (!UNSAFE_METHODS.has(r.method.toUpperCase()) || r.origin === undefined) return false;
  // `Origin: null` (sandboxed frame, cross-site redirect, file://) cannot be ours.
  const origin = originOf(r.origin.trim());
  if (!origin) return true;
  return origin !== r.selfOrigin && origin !== r.publicOrigin;
}
