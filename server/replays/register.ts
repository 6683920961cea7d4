/**
 * The seam the recorder calls when a live's MP4 is written (server/live/recording.ts's
 * onReplayFile): the file becomes the booth's replay, with the pins already tagged during the live.
 * Checked like any boundary: the path must be absolute and an .mp4, the times make sense.
 */
import { randomUUID } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { LiveIdSchema } from '../../shared/api/live.ts';
import { IdSchema } from '../../shared/schemas/localized.ts';
import type { Repos } from '../db/repos.ts';
import type { ReplayWriteResult } from '../db/replaysRepo.ts';

/** The recorder may name a time as an ISO string, a Date or epoch ms. */
const when = z.union([z.iso.datetime(), z.date(), z.int().positive()]).transform((v) => new Date(v));

export const ReplayFileSchema = z.object({
  liveId: LiveIdSchema,
  boothId: IdSchema,
  startedAt: when,
  endedAt: when,
  durationMs: z.int().positive(),
  file: z
    .string()
    .refine((f) => isAbsolute(f) && f.endsWith('.mp4') && !f.includes('\0'), 'an absolute path to an .mp4'),
});
export type ReplayFile = z.input<typeof ReplayFileSchema>;

export type RegisterResult = ReplayWriteResult | { ok: false; reason: 'invalid'; issues: string[] };

/** Keeps the recorded live as its booth's replay; a second call for the same live changes nothing. */
export async function registerReplay(repos: Pick<Repos, 'replays'>, input: ReplayFile): Promise<RegisterResult> {
  const r = ReplayFileSchema.safeParse(input);
  if (!r.success) return { ok: false, reason: 'invalid', issues: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  return repos.replays.addReplay({ id: randomUUID(), ...r.data });
}
