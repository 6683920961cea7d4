/**
 * Sends scheduled announcements at their time. Every process polls the database each POLL_MS and
 * claims the due ones with one guarded update (announcementsDrizzle.ts claimDue): the database
 * gives each row to exactly one process, with or without Redis, and a process that stops between
 * claim and publish loses only that one (at most once, never twice). The claimant publishes on the
 * hall bus, which reaches every shard on every process (RedisPresence with REDIS_URL).
 */
import type { Presence } from '@colyseus/core';
import type { AnnouncementsRepo } from '../db/announcementsRepo.ts';
import type { Logger } from '../logger.ts';
import { publishAnnouncement } from '../presence/hallBus.ts';

/** How late an announcement may go out at worst (plus the database's answer). */
export const POLL_MS = 1000;

export interface AnnouncementScheduler {
  stop(): Promise<void>;
}

export function startAnnouncementScheduler({
  repo,
  presence,
  log,
  now = Date.now,
}: {
  repo: Pick<AnnouncementsRepo, 'claimDue'>;
  presence: () => Presence;
  log: Pick<Logger, 'info' | 'warn'>;
  now?: () => number;
}): AnnouncementScheduler {
  let busy: Promise<void> | null = null;
  let stopped = false;
  const tick = async () => {
    try {
      for (const a of await repo.claimDue(new Date(now()))) {
        await publishAnnouncement(presence(), { id: `s${a.id}`, text: a.text, by: a.by, at: now() });
        log.info({ announcement: a.id, lateMs: now() - a.sendAt }, 'scheduled announcement sent');
      }
    } catch (err) {
      log.warn({ err }, 'scheduled announcements: poll failed; trying again');
    }
  };
  const timer = setInterval(() => {
    // One poll at a time: a slow database never stacks claims.
    if (stopped || busy) return;
    busy = tick().finally(() => {
      busy = null;
    });
  }, POLL_MS);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await busy;
    },
  };
}
