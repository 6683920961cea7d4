/**
 * The inbox's calls (shared/api/inquiry.ts): answers parsed with the contract's schemas, writes
 * carrying the session's CSRF token (from /api/auth/me), failures as a status the page explains.
 */
import { CSRF_HEADER, SignedInSchema } from '../../../shared/api/account.ts';
import { InquiryListSchema, InquiryRowSchema, UnreadCountSchema, type InquiryRow, type InquiryStatus } from '../../../shared/api/inquiry.ts';

export type Loaded<T> = { ok: true; data: T } | { ok: false; status: number };

async function getJson(path: string, init?: RequestInit): Promise<{ status: number; body: unknown }> {
  try {
    const res = await fetch(path, { cache: 'no-store', headers: { Accept: 'application/json', ...init?.headers }, ...(init?.method ? { method: init.method } : {}), ...(init?.body ? { body: init.body } : {}) });
    return { status: res.status, body: await res.json().catch(() => null) };
  } catch {
    return { status: 0, body: null };
  }
}

export const csvHref = (boothId: string): string => `/api/studio/inquiries.csv?boothId=${encodeURIComponent(boothId)}`;

export async function loadInbox(boothId: string): Promise<Loaded<InquiryRow[]>> {
  const r = await getJson(`/api/studio/inquiries?boothId=${encodeURIComponent(boothId)}`);
  const list = InquiryListSchema.safeParse(r.body);
  return r.status === 200 && list.success ? { ok: true, data: list.data.inquiries } : { ok: false, status: r.status === 200 ? 0 : r.status };
}

/** Every inquiry of a fair (staff), for their priority-purchase reports and the center's SOS consulting. */
export const fairCsvHref = (fairId: number): string => `/api/admin/inquiries.csv?fairId=${fairId}`;

export async function loadFairInbox(fairId: number): Promise<Loaded<InquiryRow[]>> {
  const r = await getJson(`/api/admin/inquiries?fairId=${fairId}`);
  const list = InquiryListSchema.safeParse(r.body);
  return r.status === 200 && list.success ? { ok: true, data: list.data.inquiries } : { ok: false, status: r.status === 200 ? 0 : r.status };
}

export async function loadUnread(boothId: string): Promise<number | null> {
  const r = await getJson(`/api/studio/inquiries/unread?boothId=${encodeURIComponent(boothId)}`);
  const n = UnreadCountSchema.safeParse(r.body);
  return r.status === 200 && n.success ? n.data.count : null;
}

export async function setStatus(id: string, status: InquiryStatus): Promise<Loaded<InquiryRow>> {
  const me = SignedInSchema.safeParse((await getJson('/api/auth/me')).body);
  if (!me.success) return { ok: false, status: 401 };
  const r = await getJson(`/api/studio/inquiries/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', [CSRF_HEADER]: me.data.csrfToken },
    body: JSON.stringify({ status }),
  });
  const row = InquiryRowSchema.safeParse(r.body);
  return r.status === 200 && row.success ? { ok: true, data: row.data } : { ok: false, status: r.status };
}
