/**
 * Staff HTTP API (Authorization: Bearer <staff token>): who am I, the ban list (add, lift), and
 * hall-wide announcements. In-room actions (mute, kick, delete) go through the room's `moderate`
 * message instead, where the target's session is known. Presence is read at request time because
 * Colyseus creates it after the routes are mounted.
 */
import { matchMaker, type Presence } from '@colyseus/core';
import { randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import { Router } from 'express';
import { z } from 'zod';
import type { Logger } from '../logger.ts';
import { MAX_BAN_MINUTES } from '../../shared/protocol/index.ts';
import type { Actor } from '../moderation/decisions.ts';
import { createModerationService } from '../moderation/moderationService.ts';
import { publishAnnouncement } from '../presence/hallBus.ts';
import { staffClaims } from './session.ts';

export interface StaffRoutesOptions {
  secret: string;
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

export function staffRoutes({ secret, log, presence = () => matchMaker.presence, now = Date.now }: StaffRoutesOptions): Router {
  const router = Router();
  const moderation = () => createModerationService({ presence: presence(), log, now });

  /** The staff actor of a request, or a 401/403 already sent. */
  const actorOf = (req: Request, res: Response): Actor | null => {
    const r = staffClaims(req, secret, now());
    if (r.ok) return { role: 'staff', name: r.claims.name ?? r.claims.sub };
    res.status(r.reason === 'forbidden' ? 403 : 401).json({ error: r.reason });
    return null;
  };

  router.get('/me', (req, res) => {
    const r = staffClaims(req, secret, now());
    if (!r.ok) return void res.status(r.reason === 'forbidden' ? 403 : 401).json({ error: r.reason });
    res.json({ role: r.claims.role, name: r.claims.name ?? r.claims.sub, exp: r.claims.exp });
  });

  router.get('/bans', async (req, res) => {
    if (!actorOf(req, res)) return;
    res.json({ bans: await moderation().listBans() });
  });

  router.post('/bans', async (req, res) => {
    const actor = actorOf(req, res);
    if (!actor) return;
    const body = BanBody.safeParse(req.body);
    if (!body.success) return void res.status(400).json({ error: 'invalid', detail: body.error.issues[0]?.message });
    const { guestId, address, minutes, reason } = body.data;
    const keys = await moderation().ban(actor, { guestId: guestId ?? null, address: address ?? null }, minutes, reason);
    res.status(201).json({ keys });
  });

  router.delete('/bans/:key', async (req, res) => {
    const actor = actorOf(req, res);
    if (!actor) return;
    const key = req.params['key'] ?? '';
    if (!/^[ga]:.{1,64}$/.test(key)) return void res.status(400).json({ error: 'invalid' });
    await moderation().unban(actor, key);
    res.status(204).end();
  });

  router.post('/announce', async (req, res) => {
    const actor = actorOf(req, res);
    if (!actor) return;
    const body = AnnounceBody.safeParse(req.body);
    if (!body.success) return void res.status(400).json({ error: 'invalid' });
    const announcement = { id: randomBytes(6).toString('base64url'), text: body.data.text, by: actor.name, at: now() };
    await publishAnnouncement(presence(), announcement, body.data.hall);
    log.info({ moderation: 'announce', actor, announcement }, 'staff announcement');
    res.status(201).json(announcement);
  });

  return router;
}
