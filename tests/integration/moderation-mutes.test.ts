/**
 * Mutes kept like bans, on both drivers (embedded PGlite, a private PostgreSQL): a mute from /admin
 * is in the database, so a restarted process (its presence empty) still mutes the visitor at their
 * next join and lists the mute; it ends on time, and lifting it (audit-logged) ends it everywhere.
 * Each "process" is a moderation service on a fresh LocalPresence over the same database.
 */
import { LocalPresence } from '@colyseus/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.ts';
import { createModerationService } from '../../server/moderation/moderationService.ts';
import type { Actor } from '../../server/moderation/decisions.ts';
import { openVenue } from '../../server/venue/openVenue.ts';
import type { VenueService } from '../../server/venue/venueService.ts';
import { dbBackends } from '../helpers/dbBackends.ts';

const log = createLogger('silent');
const STAFF: Actor = { role: 'staff', name: '운영팀', accountId: null };
const GUEST = 'g_mutedvisitor001';
const T0 = Date.UTC(2026, 11, 5, 3, 0, 0);
const MINUTE = 60_000;

describe.each(dbBackends('mutes'))('mutes on $name', { timeout: 60_000 }, (backend) => {
  let venue: VenueService;
  /** A process starting now: its own empty presence, the shared database, a clock of its own. */
  const process = (at: number) => createModerationService({ presence: new LocalPresence(), log, now: () => at, repo: venue.repos.moderation });

  beforeAll(async () => {
    venue = await openVenue(await backend.env(), log);
  });
  afterAll(async () => {
    await venue?.close();
    await backend.stop();
  });

  it('a mute holds after a restart (from the database), is listed there, and ends on time', async () => {
    expect(await process(T0).actOnGuest(STAFF, { action: 'mute', guestId: GUEST, minutes: 10 })).toMatchObject({ ok: true });
    const until = T0 + 10 * MINUTE;

    const restarted = process(T0 + MINUTE);
    expect(await restarted.checkJoin({ guestId: GUEST, address: null })).toEqual({ ok: true, mutedUntil: until });
    expect(await restarted.listMutes()).toEqual([{ guestId: GUEST, until, by: '운영팀', at: T0 }]);
    // Somebody else is not muted.
    expect(await restarted.checkJoin({ guestId: 'g_someoneelse0001', address: null })).toEqual({ ok: true, mutedUntil: 0 });

    const later = process(until + 1);
    expect(await later.checkJoin({ guestId: GUEST, address: null })).toEqual({ ok: true, mutedUntil: 0 });
    expect(await later.listMutes()).toEqual([]);
  });

  it('lifting a mute ends it for every later process, and both actions are in the audit log', async () => {
    await process(T0).actOnGuest(STAFF, { action: 'mute', guestId: GUEST, minutes: 30 });
    expect(await process(T0 + MINUTE).actOnGuest(STAFF, { action: 'unmute', guestId: GUEST })).toMatchObject({ ok: true });
    const restarted = process(T0 + 2 * MINUTE);
    expect(await restarted.checkJoin({ guestId: GUEST, address: null })).toEqual({ ok: true, mutedUntil: 0 });
    expect(await restarted.listMutes()).toEqual([]);
    const audit = await venue.repos.moderation.listAudit(null, 10);
    expect(audit.map((e) => [e.action, e.target, e.actorName])).toEqual([
      ['unmute', GUEST, '운영팀'],
      ['mute', GUEST, '운영팀'],
      ['mute', GUEST, '운영팀'],
    ]);
  });
});
