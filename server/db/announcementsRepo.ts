/**
 * Announcements staff set for a later time: scheduling, the pending list, cancelling, and the
 * claim every process makes for due ones (exactly one claim wins each). Types and names only;
 * the queries are in announcementsDrizzle.ts.
 */
import type { ScheduledAnnouncement } from '../../shared/api/announcements.ts';

export interface NewScheduledAnnouncement {
  fairId: number;
  text: string;
  sendAt: Date;
  createdBy: string;
  createdByName: string;
}

export interface DueAnnouncement {
  id: number;
  text: string;
  by: string;
  sendAt: number;
}

export interface AnnouncementsRepo {
  schedule(a: NewScheduledAnnouncement): Promise<{ ok: true; announcement: ScheduledAnnouncement } | { ok: false; reason: 'not_found' }>;
  /** Not yet sent nor cancelled, soonest first. */
  pending(fairId: number): Promise<ScheduledAnnouncement[]>;
  /** True when it was pending (and now never goes out); false when sent, cancelled or unknown. */
  cancel(fairId: number, id: number): Promise<boolean>;
  /** Marks every due, pending announcement sent and returns them: a row goes to one caller only. */
  claimDue(now: Date): Promise<DueAnnouncement[]>;
}

export const ANNOUNCEMENTS_REPO_METHODS = ['schedule', 'pending', 'cancel', 'claimDue'] as const satisfies readonly (keyof AnnouncementsRepo)[];
