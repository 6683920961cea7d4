/**
 * The live video calls (shared/api/live.ts), each answer checked with its schema. A refusal is its
 * code (`live:error_<code>` says it to a person); `network` when no answer came.
 */
import { CSRF_HEADER } from '../../shared/api/account.ts';
import {
  BoothLiveResponseSchema,
  HlsViewerResponseSchema,
  LIVE_ROUTES,
  LiveErrorSchema,
  livePath,
  OpenLiveResponseSchema,
  PublishResponseSchema,
  ViewerResponseSchema,
  type LiveErrorCode,
  type LiveView,
} from '../../shared/api/live.ts';
import type { z } from 'zod';

export type LiveProblem = LiveErrorCode | 'network';
export type Result<T> = { ok: true; value: T } | { ok: false; problem: LiveProblem };

async function request<S extends z.ZodType>(schema: S | null, method: string, path: string, body?: unknown, csrfToken?: string | null): Promise<Result<z.infer<S>>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (csrfToken) headers[CSRF_HEADER] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store', keepalive: method === 'DELETE' });
  } catch {
    return { ok: false, problem: 'network' };
  }
  const json: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const e = LiveErrorSchema.safeParse(json);
    return { ok: false, problem: e.success ? e.data.error : 'unavailable' };
  }
  if (!schema) return { ok: true, value: null as z.infer<S> };
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: 'unavailable' };
}

export const fetchBoothLive = async (boothId: string): Promise<Result<LiveView | null>> => {
  const r = await request(BoothLiveResponseSchema, 'GET', livePath(LIVE_ROUTES.boothLive, { boothId }));
  return r.ok ? { ok: true, value: r.value.live } : r;
};

/** `hlsViewerId`: this page's HLS registration, handed over with the offer (counted once). */
export const joinLive = (liveId: string, sdp: string, hlsViewerId?: string) =>
  request(ViewerResponseSchema, 'POST', livePath(LIVE_ROUTES.viewers, { liveId }), hlsViewerId ? { sdp, hlsViewerId } : { sdp });

export const registerHlsViewer = (liveId: string) => request(HlsViewerResponseSchema, 'POST', livePath(LIVE_ROUTES.hlsViewers, { liveId }));
export const hlsHeartbeat = (liveId: string, viewerId: string) => request(null, 'PUT', livePath(LIVE_ROUTES.hlsViewer, { liveId, viewerId }));
export const leaveHlsViewer = (liveId: string, viewerId: string) => request(null, 'DELETE', livePath(LIVE_ROUTES.hlsViewer, { liveId, viewerId }));

export const leaveLive = (liveId: string, viewerId: string) => request(null, 'DELETE', livePath(LIVE_ROUTES.viewer, { liveId, viewerId }));

export const openLive = async (boothId: string, csrf: string | null): Promise<Result<LiveView>> => {
  const r = await request(OpenLiveResponseSchema, 'POST', livePath(LIVE_ROUTES.studioOpen, { boothId }), {}, csrf);
  return r.ok ? { ok: true, value: r.value.live } : r;
};

export const publishLive = (liveId: string, sdp: string, csrf: string | null) => request(PublishResponseSchema, 'POST', livePath(LIVE_ROUTES.studioPublish, { liveId }), { sdp }, csrf);

export const endLive = (liveId: string, csrf: string | null) => request(null, 'POST', livePath(LIVE_ROUTES.studioEnd, { liveId }), {}, csrf);
