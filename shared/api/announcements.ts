/**
 * Announcements staff set for a later time, per fair (/admin/fairs/:id): delivered once, at their
 * time, to every hall shard on every process. Times are epoch milliseconds.
 */
import { z } from 'zod';

export const ANNOUNCEMENT_TEXT_MAX = 300;

export const ScheduledAnnouncementSchema = z.object({
  id: z.number().int(),
  fairId: z.number().int(),
  text: z.string(),
  sendAt: z.number(),
  /** The staff member who set it (display name). */
  by: z.string(),
});
export type ScheduledAnnouncement = z.infer<typeof ScheduledAnnouncementSchema>;

/** POST /api/admin/fairs/:fairId/announcements: a time in the future (at most a year ahead). */
export const ScheduleAnnouncementBodySchema = z.object({
  text: z.string().trim().min(1).max(ANNOUNCEMENT_TEXT_MAX),
  sendAt: z.number().int().positive(),
});

/** GET /api/admin/fairs/:fairId/announcements: the pending ones, soonest first. */
export const PendingAnnouncementsSchema = z.object({ announcements: z.array(ScheduledAnnouncementSchema) });
