/**
 * Live video from a booth (issue 10 §1–§2): an enterprise member opens a live, publishes a phone's
 * camera over WebRTC to the server's SFU, and visitors watch it. Signalling is plain HTTP with
 * non-trickle SDP: each side waits for its ICE gathering to finish, so one offer and one answer
 * carry every candidate. Errors are `{ error: LiveErrorCode }`; sentences live in shared/i18n (live-*).
 */
import { z } from 'zod';
import { IdSchema, LocalizedSchema } from '../schemas/localized.ts';

/** Route paths (express patterns; the client fills the params with livePath). */
export const LIVE_ROUTES = {
  /** POST: open a live for the booth (its members, staff). 201 { live }. */
  studioOpen: '/api/studio/booths/:boothId/live',
  /** POST { sdp }: the publisher's offer; answers { sdp }. Again after a drop: the same live resumes. */
  studioPublish: '/api/studio/lives/:liveId/publish',
  /** POST: end the live. 204. */
  studioEnd: '/api/studio/lives/:liveId/end',
  /** GET: the lives on air now, on every process (LivesResponse). Public; cacheable for LIVES_MAX_AGE_S. */
  lives: '/api/lives',
  /** GET: the booth's live, or null. Public. */
  boothLive: '/api/booths/:boothId/live',
  /** POST { sdp }: a viewer's offer; answers { viewerId, sdp }. Public. */
  viewers: '/api/lives/:liveId/viewers',
  /** DELETE: the viewer leaves. 204. */
  viewer: '/api/lives/:liveId/viewers/:viewerId',
  /**
   * POST: a viewer watching the HLS rendition is counted; 201 { viewerId }. Public. The registration
   * lapses HLS_VIEWER_TTL_MS after its last heartbeat.
   */
  hlsViewers: '/api/lives/:liveId/hls-viewers',
  /** PUT: the HLS viewer's heartbeat (counted again if it had lapsed), 204; DELETE: it stopped watching, 204. */
  hlsViewer: '/api/lives/:liveId/hls-viewers/:viewerId',
  /**
   * GET: the live's HLS rendition (viewers over the SFU's limit): `index.m3u8`, the live playlist
   * (cached a second), and the `seg-N.ts` it lists (immutable). Public; 404 without a rendition.
   */
  hls: '/media/lives/:liveId/:file',
} as const;

/** The files of a live's HLS rendition: its playlist and its numbered segments, nothing else. */
export const HLS_PLAYLIST = 'index.m3u8';
export const HlsFileSchema = z.string().regex(/^(index\.m3u8|seg-\d{1,9}\.ts)$/);

export function livePath(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/:(\w+)/g, (_, k: string) => encodeURIComponent(params[k] ?? ''));
}

/** A publisher who dropped (screen locked, network lost) may resume this long before the live ends. */
export const LIVE_RESUME_MS = 30_000;

/** An SDP with every candidate is a few KB; the edge refuses bodies over 16 KB anyway. */
export const SDP_MAX = 12_000;

export const LiveIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,40}$/);
export const ViewerIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,40}$/);

export const LIVE_STATES = ['onAir', 'reconnecting'] as const;
export const LiveStateSchema = z.enum(LIVE_STATES);
export type LiveState = z.infer<typeof LiveStateSchema>;

export const LiveViewSchema = z.object({
  liveId: LiveIdSchema,
  boothId: IdSchema,
  startedAt: z.iso.datetime(),
  viewers: z.number().int().min(0),
  state: LiveStateSchema,
});
export type LiveView = z.infer<typeof LiveViewSchema>;

export const SdpBodySchema = z.object({ sdp: z.string().min(10).max(SDP_MAX) });
export type SdpBody = z.infer<typeof SdpBodySchema>;

/**
 * A viewer's offer; `hlsViewerId` is its HLS registration when it moves from HLS to WebRTC, dropped
 * as the WebRTC place is taken so the viewer is never counted twice (nor missing in between).
 */
export const ViewerOfferSchema = SdpBodySchema.extend({ hlsViewerId: ViewerIdSchema.optional() });
export type ViewerOffer = z.infer<typeof ViewerOfferSchema>;

/** An HLS viewer's heartbeat period, and how long a registration lasts without one (a closed tab says no goodbye). */
export const HLS_HEARTBEAT_MS = 10_000;
export const HLS_VIEWER_TTL_MS = 25_000;
export const HlsViewerResponseSchema = z.object({ viewerId: ViewerIdSchema });

export const OpenLiveResponseSchema = z.object({ live: LiveViewSchema });
export const PublishResponseSchema = z.object({ sdp: z.string() });

/** "Live now" (landing page, /list, the world) may be this many seconds old; a start or end is told sooner in the world. */
export const LIVES_MAX_AGE_S = 3;

/** A live on air as the "live now" lists show it: the booth's name and the product its seller pinned, if any. */
export const LiveSummarySchema = LiveViewSchema.extend({
  boothTitle: LocalizedSchema,
  pinned: z.object({ name: z.string(), unitPriceWon: z.int() }).nullable(),
});
export type LiveSummary = z.infer<typeof LiveSummarySchema>;
export const LivesResponseSchema = z.object({ lives: z.array(LiveSummarySchema) });
export const BoothLiveResponseSchema = z.object({ live: LiveViewSchema.nullable() });
export const ViewerResponseSchema = z.object({ viewerId: ViewerIdSchema, sdp: z.string() });

export const LIVE_ERRORS = [
  'unauthorized',
  'csrf',
  'forbidden',
  'notBoothMember',
  'boothNotFound',
  'liveNotFound',
  'liveFull',
  'liveEnded',
  'badSdp',
  'invalid',
  'unavailable',
] as const;
export type LiveErrorCode = (typeof LIVE_ERRORS)[number];
export const LiveErrorSchema = z.object({ error: z.enum(LIVE_ERRORS) });
