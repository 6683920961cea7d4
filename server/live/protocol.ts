/**
 * Messages between the server's main thread (live/sfu.ts) and the SFU's worker thread
 * (live/sfuWorker.ts): calls with their answers, and events the worker reports on its own (a
 * publisher's connection changed, a viewer went away). Structured clone carries them; both sides
 * check the shape, so a change on one side cannot be misread on the other.
 */
import { z } from 'zod';

export const IceConfigSchema = z.object({
  /** Host addresses put in candidates (e.g. 127.0.0.1 for tests, the machine's public IP behind 1:1 NAT). */
  hostAddresses: z.array(z.string().min(1)),
  /** Gather on the machine's own interfaces too (false: only hostAddresses). */
  useInterfaces: z.boolean(),
  /** UDP port range for ICE, or null for any. */
  portRange: z.tuple([z.number().int(), z.number().int()]).nullable(),
});
export type IceConfig = z.infer<typeof IceConfigSchema>;

export const HlsConfigSchema = z.object({
  /** The ffmpeg binary (live/ffmpeg.ts found it). */
  ffmpeg: z.string().min(1),
  /** <data dir>/lives: each live's rendition, recording and replay.mp4 in <livesDir>/<liveId>/. */
  livesDir: z.string().min(1),
});
export type HlsConfig = z.infer<typeof HlsConfigSchema>;

export const WorkerDataSchema = z.object({ ice: IceConfigSchema, pliIntervalMs: z.number().int().min(0), hls: HlsConfigSchema.nullable() });
export type SfuWorkerData = z.infer<typeof WorkerDataSchema>;

const Id = z.string().min(1).max(64);

export const CallSchema = z.discriminatedUnion('op', [
  /** The publisher's offer for a live (a new one, or a resume after a drop): answers its SDP. */
  z.object({ id: z.number().int(), op: z.literal('publish'), liveId: Id, sdp: z.string() }),
  /** A viewer's offer: answers its SDP. */
  z.object({ id: z.number().int(), op: z.literal('view'), liveId: Id, viewerId: Id, sdp: z.string() }),
  z.object({ id: z.number().int(), op: z.literal('dropViewer'), liveId: Id, viewerId: Id }),
  /** Ends the live: publisher and viewers closed. */
  z.object({ id: z.number().int(), op: z.literal('end'), liveId: Id }),
  /** Shutting down: answers once every ended live's ffmpeg has stopped and its replay is made. */
  z.object({ id: z.number().int(), op: z.literal('close') }),
]);
export type Call = z.infer<typeof CallSchema>;
/** A call as the caller writes it (the id is added by the RPC). */
export type CallBody = Call extends infer C ? (C extends { id: number } ? Omit<C, 'id'> : never) : never;

export const AnswerSchema = z.union([
  z.object({ id: z.number().int(), ok: z.literal(true), sdp: z.string().optional() }),
  z.object({ id: z.number().int(), ok: z.literal(false), error: z.enum(['badSdp', 'liveNotFound', 'internal']) }),
]);
export type Answer = z.infer<typeof AnswerSchema>;

export const EventSchema = z.discriminatedUnion('ev', [
  /** connected: media flows; dropped: the connection failed or closed without an end. */
  z.object({ ev: z.literal('publisher'), liveId: Id, state: z.enum(['connected', 'dropped']) }),
  z.object({ ev: z.literal('viewerGone'), liveId: Id, viewerId: Id }),
  /**
   * The live's HLS rendition: its playlist is written (ready); its ffmpeg stopped on its own and is
   * started again in `restartInMs` (restarting: try `attempt` of `of`); or it was given up (failed).
   */
  z.object({
    ev: z.literal('hls'),
    liveId: Id,
    state: z.enum(['ready', 'restarting', 'failed']),
    detail: z.string().optional(),
    attempt: z.number().int().optional(),
    of: z.number().int().optional(),
    restartInMs: z.number().int().optional(),
  }),
  /** An ended live's recording: replay.mp4 made (file, its duration), or not (file null, why). */
  z.object({ ev: z.literal('recording'), liveId: Id, file: z.string().nullable(), durationMs: z.number().int().nullable(), detail: z.string().optional() }),
]);
export type SfuEvent = z.infer<typeof EventSchema>;
