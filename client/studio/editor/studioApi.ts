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

const problemOf = (status: number) => (status === 401 ? 'signedOut' : status === 403 ? 'forbidden' : status === 404 ? 'notFound' : 'failed');

async function json(res: Response): Promise<unknown> {
  try {
    return (await res.json()) as unknown;
  } catch {
    return null;
  }
}

const boothPath = (boothId: string) => `/api/studio/booths/${encodeURIComponent(boothId)}`;

export async function loadBooth(boothId: string): Promise<LoadResult> {
  try {
    const [me, res] = await Promise.all([fetch('/api/auth/me', { cache: 'no-store' }), fetch(boothPath(boothId), { cache: 'no-store' })]);
    if (!res.ok) return { ok: false, problem: problemOf(res.status) };
    const [session, view] = [SignedInSchema.safeParse(await json(me)), BoothEditViewSchema.safeParse(await json(res))];
    if (!session.success) return { ok: false, problem: me.status === 401 ? 'signedOut' : 'failed' };
    return view.success ? { ok: true, view: view.data, csrfToken: session.data.csrfToken } : { ok: false, problem: 'failed' };
  } catch {
    return { ok: false, problem: 'failed' };
  }
}

export async function saveBooth(boothId: string, body: SaveBoothBody, csrfToken: string): Promise<SaveOutcome> {
  let res: Response;
  try {
    res = await fetch(boothPath(boothId), {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', [CSRF_HEADER]: csrfToken },
      body: JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    return { kind: 'problem', problem: 'failed' };
  }
  const data = await json(res);
  if (res.ok) {
    const result = SaveResultSchema.safeParse(data);
    return result.success ? { kind: 'done', result: result.data } : { kind: 'problem', problem: 'failed' };
  }
  if (res.status === 409) {
    const stale = StaleSchema.safeParse(data);
    if (stale.success) return { kind: 'stale', stale: stale.data };
  }
  if (res.status === 400) {
    const err = StudioErrorSchema.safeParse(data);
    if (err.success) return { kind: 'invalid', fields: err.data.fields ?? [] };
  }
  return { kind: 'problem', problem: problemOf(res.status) };
}
