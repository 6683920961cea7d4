/**
 * Staff HTTP API, for a signed-in admin or moderator (the session cookie; writes carry its CSRF
 * token: server/http/principal.ts): who am I, the ban list (add, lift), and
 * hall-wide announcements. /admin's moderation pages use /api/admin/moderation (adminModeration.ts). In-room actions (mute, kick, delete) go through the room's `moderate`
 * message instead, where the target's session is known. Presence is read at request time because
 * Colyseus creates it after the routes are mounted.
 */
import { matchMaker, type Presence } from '@colyseus/core';
import { randomBytes } from 'node:crypto';
import type { Request } from 'express';
import { Router } from 'express';
import { z } from 'zod';
import type { Logger } from '../logger.ts';
import { MAX_BAN_MINUTES } from '../../shared/protocol/index.ts';
import type { Actor } from '../moderation/decisions.ts';
import { createModerationService } from '../moderation/moderationService.ts';
import { publishAnnouncement } from '../presence/hallBus.ts';
import type { Repos } from '../db/repos.ts';
import { principalOf, requireSession, requireStaff } from './principal.ts';

export interface StaffRoutesOptions {
  repos: Pick<Repos, 'accounts' | 'moderation'>;
  log: Pick<Logger, 'info' | 'warn'>;
  presence?: () => Presence;
  now?: () => number;
}

const BanBody = z
  .object({
    guestId: z.string().regex(/^g_[A-Za-z0-9_-]{16}$/).optional(),
    address: z.string().min(2).max(64).optional(),
    minutes: z.number().int().min(1).max(MAX_BAN_MINUTES),
    reason: z.string().trim().min(1).max(200),
  })
  .refine((b) => b.guestId !== undefined || b.address !== undefined, 'guestId or address');
const AnnounceBody = z.object({ text: z.string().trim().min(1).max(300), hall: z.string().regex(/^[a-z0-9-]{1,32}$/).optional() });

export function staffRoutes({ repos, log, presence = () => matchMaker.presence, now = Date.now }: StaffRoutesOptions): Router {
  const router = Router();
  const moderation = () => createModerationService({ presence: presence(), log, now, repo: repos.moderation });
  // /api/staff is this router's alone: every route needs a staff session.
  router.use(requireSession(repos, { now }), requireStaff);

  /** The staff actor of a request (requireStaff let it through). */
  const actorOf = (req: Request): Actor => {
    const p = principalOf(req)!;
    return { role: 'staff', name: p.displayName, accountId: p.accountId };
  };

  router.get('/me', (req, res) => {
    const p = principalOf(req)!;
    res.setHeader('Cache-Control', 'no-store');
    res.json({ role: p.role, name: p.displayName });
  });

  router.get('/bans', async (_req, res) => {
    res.json({ bans: await moderation().listBans() });
  });

  router.post('/bans', async (req, res) => {
    const actor = actorOf(req);
    const body = BanBody.safeParse(req.body);
    if (!body.success) return void res.status(400).json({ error: 'invalid', detail: body.error.issues[0]?.message });
    const { guestId, address, minutes, reason } = body.data;
    const keys = await moderation().ban(actor, { guestId: guestId ?? null, address: address ?? null }, minutes, reason);
    res.status(201).json({ keys });
  });

  router.delete('/bans/:key', async (req, res) => {
    const actor = actorOf(req);
    const key = req.params['key'] ?? '';
    if (!/^[ga]:.{1,64}$/.test(key)) return void res.status(400).json({ error: 'invalid' });
    await moderation().unban(actor, key);
    res.status(204).end();
  });

  router.post('/announce', async (req, res) => {
    const actor = actorOf(req);
    const body = AnnounceBody.safeParse(req.body);
    if (!body.success) return void res.status(400).json({ error: 'invalid' });
    const announcement = { id: randomBytes(6).toString('base64url'), text: body.data.text, by: actor.name, at: now() };
    await publishAnnouncement(presence(), announcement, body.data.hall);
    log.info({ moderation: 'announce', actor, announcement }, 'staff announcement');
    res.status(201).json(announcement);
  });

  return router;
}
