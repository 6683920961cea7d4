/**
 * The one way the account pages, /admin and /studio talk to the JSON API: every response is parsed
 * with the contract's zod schema, every write carries the session's CSRF token, and every failure is
 * a typed value (`{ ok: false, error }`) the page turns into a sentence (shared/i18n) — never a throw.
 */
import type { z } from 'zod';
import { ACCOUNT_ERRORS, CSRF_HEADER, type AccountErrorCode } from '../../shared/api/account.ts';

/**
 * What went wrong: a code the server sent (shared/api/account.ts), or one of the client's own —
 * `network` (no answer), `server` (an answer that is not the API's error shape, e.g. a proxy's 502),
 * `bad_response` (a success whose body does not fit the contract: server and client disagree).
 */
export type ApiErrorCode = AccountErrorCode | 'network' | 'server' | 'bad_response';

export interface ApiError {
  error: ApiErrorCode;
  /** HTTP status; 0 when there was no answer. */
  status: number;
  retryAfterMs?: number;
  /** invalid: the body paths the server refused (e.g. `email`). */
  fields?: string[];
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiClient {
  get<S extends z.ZodType>(path: string, schema: S): Promise<ApiResult<z.output<S>>>;
  /** A write: JSON body (if any), the CSRF token in its header. An empty answer (204) parses as `null`. */
  send<S extends z.ZodType>(method: Method, path: string, body: unknown, schema: S): Promise<ApiResult<z.output<S>>>;
  /** The session's CSRF token (from /api/auth/me or a sign-in answer); null once signed out. */
  setCsrfToken(token: string | null): void;
}

const CODES = new Set<string>(ACCOUNT_ERRORS);

/** The API's error shape (`{ error, retryAfterMs?, fields? }`), read without zod so a foreign body cannot throw. */
function errorOf(status: number, body: unknown): ApiError {
  const b = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  if (typeof b.error !== 'string' || !CODES.has(b.error)) return { error: 'server', status };
  const out: ApiError = { error: b.error as AccountErrorCode, status };
  if (typeof b.retryAfterMs === 'number' && b.retryAfterMs >= 0) out.retryAfterMs = b.retryAfterMs;
  if (Array.isArray(b.fields)) out.fields = b.fields.filter((f): f is string => typeof f === 'string');
  return out;
}

async function jsonOf(res: Response): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = await res.text();
  if (text === '') return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

export function createApiClient(fetchImpl: typeof fetch = (...args) => fetch(...args)): ApiClient {
  let csrfToken: string | null = null;

  async function call<S extends z.ZodType>(method: 'GET' | Method, path: string, body: unknown, schema: S): Promise<ApiResult<z.output<S>>> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && csrfToken !== null) headers[CSRF_HEADER] = csrfToken;
    let res: Response;
    try {
      res = await fetchImpl(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
        // Account answers are per person: never from a cache.
        cache: 'no-store',
      });
    } catch {
      return { ok: false, error: { error: 'network', status: 0 } };
    }
    const json = await jsonOf(res).catch(() => ({ ok: false }) as const);
    if (!res.ok) return { ok: false, error: errorOf(res.status, json.ok ? json.value : null) };
    if (!json.ok) return { ok: false, error: { error: 'bad_response', status: res.status } };
    const parsed = schema.safeParse(json.value);
    if (!parsed.success) return { ok: false, error: { error: 'bad_response', status: res.status } };
    return { ok: true, data: parsed.data };
  }

  return {
    get: (path, schema) => call('GET', path, undefined, schema),
    send: (method, path, body, schema) => call(method, path, body, schema),
    setCsrfToken: (token) => {
      csrfToken = token;
    },
  };
}

/** The page's client: one CSRF token per page, as there is one session per browser. */
export const api = createApiClient();
