/**
 * Replays (issue 10 §5): each live, once recorded, is kept at its booth as a replay, with the
 * products its seller pinned during it as tags at the moments they were pinned. Anyone lists a
 * booth's replays and plays them (the file is served with HTTP Range, so a player seeks); the
 * booth's members and staff delete one. Errors are `{ error: ReplayErrorCode }`; sentences live in
 * shared/i18n (replays-*).
 */
import { z } from 'zod';
import { IdSchema } from '../schemas/localized.ts';

export const REPLAY_ROUTES = {
  /** GET: the booth's replays, newest first, each with its tags (ReplaysResponse); 404 for a booth that does not exist. Public. */
  list: '/api/booths/:boothId/replays',
  /** GET: the replay's MP4, with Range (206) for seeking. Public. */
  file: '/media/replays/:replayId.mp4',
  /** DELETE: the booth's members and staff remove a replay, its tags and its file. 204. */
  remove: '/api/studio/booths/:boothId/replays/:replayId',
} as const;

export const replayPath = (pattern: string, params: Record<string, string>): string =>
  pattern.replace(/:(\w+)/g, (_, k: string) => encodeURIComponent(params[k] ?? ''));

export const ReplayIdSchema = z.uuid();

/** A pinned product as the replay shows it: where in the video (ms from its start) and its name then. */
export const ReplayTagSchema = z.object({
  listingId: z.uuid(),
  name: z.string(),
  offsetMs: z.int().nonnegative(),
});
export type ReplayTag = z.infer<typeof ReplayTagSchema>;

export const ReplayViewSchema = z.object({
  id: ReplayIdSchema,
  boothId: IdSchema,
  startedAt: z.iso.datetime(),
  durationMs: z.int().positive(),
  /** Where the player loads it (REPLAY_ROUTES.file). */
  src: z.string(),
  tags: z.array(ReplayTagSchema),
});
export type ReplayView = z.infer<typeof ReplayViewSchema>;

export const ReplaysResponseSchema = z.object({ replays: z.array(ReplayViewSchema) });
export type ReplaysResponse = z.infer<typeof ReplaysResponseSchema>;

export const REPLAY_ERRORS = ['unauthorized', 'csrf', 'forbidden', 'not_found', 'unavailable'] as const;
export const ReplayErrorSchema = z.object({ error: z.enum(REPLAY_ERRORS) });
export type ReplayErrorCode = (typeof REPLAY_ERRORS)[number];
