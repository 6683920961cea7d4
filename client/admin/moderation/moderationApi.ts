/**
 * /admin's moderation calls (shared/api/moderation.ts), each answer checked with its schema. The
 * fetch and CSRF token are the booth editor's (client/studio/editor/studioApi.ts).
 */
import type { z } from 'zod';
import { AuditListSchema, BanListSchema, MuteListSchema, ReportListSchema, WordListSchema, type StaffAction } from '../../../shared/api/moderation.ts';
import { call } from '../../studio/editor/studioApi.ts';

const BASE = '/api/admin/moderation';

/** A list, or why not: 'signedOut' (401) or 'failed'. */
export type Loaded<T> = { ok: true; data: T } | { ok: false; problem: 'signedOut' | 'failed' };

async function load<S extends z.ZodType>(schema: S, path: string): Promise<Loaded<z.infer<S>>> {
  const r = await call('GET', `${BASE}${path}`, undefined, null);
  if (r.status === 401) return { ok: false, problem: 'signedOut' };
  const parsed = schema.safeParse(r.body);
  return r.status === 200 && parsed.success ? { ok: true, data: parsed.data } : { ok: false, problem: 'failed' };
}

export const loadReports = (which: 'open' | 'closed') => load(ReportListSchema, `/reports?status=${which}`);
export const loadBans = () => load(BanListSchema, '/bans');
export const loadMutes = () => load(MuteListSchema, '/mutes');
export const loadAudit = (action: string) => load(AuditListSchema, action ? `/audit?action=${encodeURIComponent(action)}` : '/audit');
export const loadWords = () => load(WordListSchema, '/words');

/** A write: true when the server did it. */
async function write(path: string, body: unknown, csrf: string | null): Promise<boolean> {
  const r = await call('POST', `${BASE}${path}`, body, csrf);
  return r.status >= 200 && r.status < 300;
}

export const act = (action: StaffAction, csrf: string | null) => write('/actions', action, csrf);
export const closeReport = (id: string, status: 'resolved' | 'dismissed', csrf: string | null) => write(`/reports/${encodeURIComponent(id)}/close`, { status }, csrf);
export const liftBan = (key: string, csrf: string | null) => write('/bans/lift', { key }, csrf);
export const addWord = (word: string, csrf: string | null) => write('/words', { word }, csrf);
export const removeWord = (word: string, csrf: string | null) => write('/words/remove', { word }, csrf);
