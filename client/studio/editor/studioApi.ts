/**
 * The booth editor's calls (shared/api/studio.ts). Its own small fetch rather than client/net/api.ts:
 * a stale save's 409 carries the booth as it is now, which the editor shows field by field, and the
 * shared helper keeps only an error code. The CSRF token comes from /api/auth/me, as the session's.
 */
import { SignedInSchema, CSRF_HEADER } from '../../../shared/api/account.ts';
import { BoothEditViewSchema, SaveResultSchema, StaleSchema, StudioErrorSchema, type BoothEditView, type SaveBoothBody, type SaveResult, type Stale } from '../../../shared/api/studio.ts';

export type LoadResult = { ok: true; view: BoothEditView; csrfToken: string } | { ok: false; problem: 'signedOut' | 'forbidden' | 'notFound' | 'failed' };

export type SaveOutcome =
  | { kind: 'done'; result: SaveResult }
  | { kind: 'stale'; stale: Stale }
  | { kind: 'invalid'; fields: string[] }
  | { kind: 'problem'; problem: 'signedOut' | 'forbidden' | 'notFound' | 'failed' };

const problemOf = (status: number): 'signedOut' | 'forbidden' | 'notFound' | 'failed' => (status === 401 ? 'signedOut' : status === 403 ? 'forbidden' : status === 404 ? 'notFound' : 'failed');

async function json(res: Response): Promise<unknown> {
  try {
    return (await res.json()) as unknown;
  } catch {
    return null;
  }
}

/** The session's CSRF token, or null when signed out or unreachable. */
export async function sessionCsrf(): Promise<string | null> {
  try {
    const session = SignedInSchema.safeParse(await json(await fetch('/api/auth/me', { cache: 'no-store' })));
    return session.success ? session.data.csrfToken : null;
  } catch {
    return null;
  }
}

/** A JSON call: the status (0 without an answer) and the parsed body (null when there is none). */
export async function call(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, body: unknown, csrfToken: string | null): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
  try {
    const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
    return { status: res.status, body: await json(res) };
  } catch {
    return { status: 0, body: null };
  }
}

const boothPath = (boothId: string) => `/api/studio/booths/${encodeURIComponent(boothId)}`;

export async function loadBooth(boothId: string): Promise<LoadResult> {
  const [csrfToken, res] = await Promise.all([sessionCsrf(), call('GET', boothPath(boothId), undefined, null)]);
  if (res.status !== 200) return { ok: false, problem: problemOf(res.status) };
  const view = BoothEditViewSchema.safeParse(res.body);
  if (!csrfToken) return { ok: false, problem: 'signedOut' };
  return view.success ? { ok: true, view: view.data, csrfToken } : { ok: false, problem: 'failed' };
}

export async function saveBooth(boothId: string, body: SaveBoothBody, csrfToken: string): Promise<SaveOutcome> {
  const res = await call('PUT', boothPath(boothId), body, csrfToken);
  if (res.status === 200 || res.status === 202) {
    const result = SaveResultSchema.safeParse(res.body);
    return result.success ? { kind: 'done', result: result.data } : { kind: 'problem', problem: 'failed' };
  }
  if (res.status === 409) {
    const stale = StaleSchema.safeParse(res.body);
    if (stale.success) return { kind: 'stale', stale: stale.data };
  }
  if (res.status === 400) {
    const err = StudioErrorSchema.safeParse(res.body);
    if (err.success) return { kind: 'invalid', fields: err.data.fields ?? [] };
  }
  return { kind: 'problem', problem: problemOf(res.status) };
}
