/** The calls /admin/fairs makes (shared/api/fairs.ts), with the session's CSRF token on writes, and a failed write's sentence. */
import type { TFunction } from 'i18next';
import { CSRF_HEADER } from '../../../shared/api/account.ts';
import { AdminFairErrorSchema } from '../../../shared/api/fairs.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** The status (0 without an answer) and the parsed JSON body (null when there is none). */
export async function send(method: Method, path: string, body: unknown, csrf: string | null): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrf) headers[CSRF_HEADER] = csrf;
  try {
    const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
  } catch {
    return { status: 0, body: null };
  }
}

/** A refused write in a sentence, from the server's code. */
export function problemText(t: TFunction, status: number, body: unknown): string {
  if (status === 403) return t('adminFairs:err_forbidden');
  const e = AdminFairErrorSchema.safeParse(body);
  if (!e.success) return t('adminFairs:err_failed');
  return t(`adminFairs:err_${e.data.error}`, { fields: (e.data.fields ?? []).join(', ') });
}
