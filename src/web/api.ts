import { currentLocale, i18n } from './i18n';
import { fallbackErrorKey } from './lib/status';
import { readCookie } from './lib/urls';

const BASE = '/api/v1';
const CSRF_COOKIE = 'mendan_csrf';

/** The API's error shape, parsed; `message` is already localized by the server (or by us). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A plain object is sent as JSON; a Blob/File is sent as is (CSV uploads). */
  body?: unknown;
  contentType?: string;
  signal?: AbortSignal;
  /** The caller handles 401 itself (login form, the session check) instead of being sent to /login. */
  allow401?: boolean;
};

let onUnauthenticated: () => void = () => {};
/** Set by the router: where a 401 sends the person (login, keeping where they were). */
export function setUnauthenticatedHandler(fn: () => void) {
  onUnauthenticated = fn;
}

async function csrfToken(): Promise<string> {
  let token = readCookie(document.cookie, CSRF_COOKIE);
  // The server sets the cookie on any response; a first-ever request fetches one.
  if (!token) {
    await fetch(`${BASE}/health`, { credentials: 'same-origin' });
    token = readCookie(document.cookie, CSRF_COOKIE);
  }
  return token ?? '';
}

/** Sends a request and returns the raw response when it succeeded; errors become ApiError. */
export async function apiFetch(path: string, opts: RequestOptions = {}): Promise<Response> {
  const method = opts.method ?? 'GET';
  // The UI language decides the server's language for messages before login too.
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLocale() };
  let body: BodyInit | undefined;
  if (opts.body instanceof Blob) {
    body = opts.body;
    headers['Content-Type'] = opts.contentType ?? 'text/csv';
  } else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['Content-Type'] = 'application/json';
  }
  let res: Response;
  try {
    if (method !== 'GET') headers['X-CSRF-Token'] = await csrfToken();
    res = await fetch(`${BASE}${path}`, { method, headers, body, credentials: 'same-origin', signal: opts.signal });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  if (res.ok) return res;
  const error = await toApiError(res);
  if (res.status === 401 && !opts.allow401) onUnauthenticated();
  throw error;
}

/** JSON request → parsed JSON response. */
export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await apiFetch(path, opts);
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('json') ? await res.json() : undefined) as T;
}

type ErrorShape = { error?: { code?: unknown; message?: unknown; fields?: unknown } };

async function toApiError(res: Response): Promise<ApiError> {
  let parsed: ErrorShape | undefined;
  try {
    parsed = (await res.json()) as ErrorShape;
  } catch {
    parsed = undefined;
  }
  const e = parsed?.error;
  if (e && typeof e.message === 'string') {
    const fields =
      e.fields && typeof e.fields === 'object'
        ? Object.fromEntries(Object.entries(e.fields).filter((kv): kv is [string, string] => typeof kv[1] === 'string'))
        : {};
    return new ApiError(res.status, typeof e.code === 'string' ? e.code : 'error', e.message, fields);
  }
  // Not our JSON (a proxy's error page, say): say something useful in the UI language.
  const key = fallbackErrorKey(res.status);
  return new ApiError(res.status, key.split('.')[1]!, i18n.t(key));
}

/** The message to show for any thrown value. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return i18n.t('errors.internal');
}

export const isNotFound = (err: unknown) => err instanceof ApiError && err.status === 404;
