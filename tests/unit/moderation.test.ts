import { LocalPresence } from '@colyseus/core';
import { describe, expect, it } from 'vitest';
import { createChatService } from '../../server/chat/chatService.ts';
import type { Actor, TargetInfo } from '../../server/moderation/decisions.ts';
import { createModerationService } from '../../server/moderation/moderationService.ts';
import type { ModerateMessage } from '../../shared/protocol/index.ts';
import { testChatLimiter } from '../helpers/chatLimiter.ts';

const STAFF: Actor = { role: 'staff', name: '운영팀' };
const VISITOR: Actor = { role: 'visitor', name: 'g_someone' };

function setup() {
  const clock = { t: 2_000_000_000_000 };
  const lines: { level: string; obj: Record<string, unknown>; msg: string }[] = [];
  const log = {
    info: (obj: Record<string, unknown>, msg: string) => void lines.push({ level: 'info', obj, msg }),
    warn: (obj: Record<string, unknown>, msg: string) => void lines.push({ level: 'warn', obj, msg }),
  };
  const presence = new LocalPresence();
  const mod = createModerationService({ presence, log: log as never, now: () => clock.t });
  const people = new Map<string, TargetInfo>([
    ['s1', { guestId: 'g_aaaaaaaaaaaaaaaa', address: '::ffff:10.0.0.7', sessionId: 's1', role: 'visitor' }],
    ['s2', { guestId: 'g_bbbbbbbbbbbbbbbb', address: '10.0.0.8', sessionId: 's2', role: 'visitor' }],
    ['s9', { guestId: 'g_staffstaffstaff', address: '10.0.0.9', sessionId: 's9', role: 'staff' }],
  ]);
  const lookup = (target: string) => people.get(target) ?? null;
  return { clock, lines, presence, mod, lookup };
}

describe('moderation', () => {
  it('refuses callers without a staff role, and logs the attempt', async () => {
    const { mod, lookup, lines } = setup();
    for (const actor of [null, VISITOR, { role: 'enterprise', name: 'co' } as Actor]) {
      const r = await mod.act(actor, { action: 'kick', targetSessionId: 's1', reason: 'x' }, lookup);
      expect(!r.ok && r.error).toBe('forbidden');
    }
    expect(lines.filter((l) => l.level === 'warn' && l.obj['code'] === 'forbidden')).toHaveLength(3);
  });

  it('refuses unknown targets and staff targets', async () => {
    const { mod, lookup } = setup();
    const code = async (msg: ModerateMessage) => {
      const r = await mod.act(STAFF, msg, lookup);
      return r.ok ? 'ok' : r.error;
    };
    expect(await code({ action: 'mute', targetSessionId: 'nobody', minutes: 5 })).toBe('noTarget');
    expect(await code({ action: 'ban', targetSessionId: 's9', minutes: 5, reason: 'x' })).toBe('targetIsStaff');
  });

  it('mutes for N minutes: chat is blocked until it expires, and a rejoin learns the mute', async () => {
    const { mod, lookup, clock, lines } = setup();
    const chat = createChatService({ shardId: 'hall-1', now: () => clock.t, limiter: testChatLimiter(() => clock.t).limiter });
    const r = await mod.act(STAFF, { action: 'mute', targetSessionId: 's1', minutes: 10 }, lookup);
    expect(r.ok && r.effect).toEqual({ type: 'mute', guestId: 'g_aaaaaaaaaaaaaaaa', until: clock.t + 600_000 });
    if (!r.ok || r.effect.type !== 'mute') throw new Error('expected a mute');
    chat.mute(r.effect.guestId, r.effect.until); // what the room does with the effect
    const sender = { id: 's1', guestId: 'g_aaaaaaaaaaaaaaaa', nickname: '손님', boothId: null, role: 'visitor' as const, address: null };
    const refused = await chat.handleChat(sender, { scope: 'nearby', text: '안녕' });
    expect(!refused.ok && refused.error.code).toBe('muted');
    expect(await mod.checkJoin({ guestId: 'g_aaaaaaaaaaaaaaaa', address: '10.0.0.7' })).toEqual({ ok: true, mutedUntil: clock.t + 600_000 });
    expect(lines.find((l) => l.msg === 'moderation: mute')?.obj).toMatchObject({ actor: STAFF, target: { guestId: 'g_aaaaaaaaaaaaaaaa' } });

    clock.t += 600_000;
    expect((await chat.handleChat(sender, { scope: 'nearby', text: '안녕' })).ok).toBe(true);
    expect(await mod.checkJoin({ guestId: 'g_aaaaaaaaaaaaaaaa', address: null })).toEqual({ ok: true, mutedUntil: 0 });
  });

  it('kicks with a reason for the visitor and deletes messages', async () => {
    const { mod, lookup } = setup();
    const kick = await mod.act(STAFF, { action: 'kick', targetSessionId: 's2', reason: '도배 금지' }, lookup);
    expect(kick.ok && kick.effect).toEqual({ type: 'kick', guestId: 'g_bbbbbbbbbbbbbbbb', reason: '도배 금지' });
    const del = await mod.act(STAFF, { action: 'delete', messageId: 'abc123' }, lookup);
    expect(del.ok && del.effect).toEqual({ type: 'delete', messageId: 'abc123' });
  });

  it('bans by guest id AND address until expiry', async () => {
    const { mod, lookup, clock, lines } = setup();
    const r = await mod.act(STAFF, { action: 'ban', targetSessionId: 's1', minutes: 60, reason: '욕설' }, lookup);
    expect(r.ok).toBe(true);
    // Same guest from elsewhere: banned. Someone else at the same address (either spelling): banned.
    const byId = await mod.checkJoin({ guestId: 'g_aaaaaaaaaaaaaaaa', address: '192.168.1.1' });
    expect(byId).toEqual({ ok: false, until: clock.t + 3_600_000 });
    expect((await mod.checkJoin({ guestId: 'g_cccccccccccccccc', address: '10.0.0.7' })).ok).toBe(false);
    expect((await mod.checkJoin({ guestId: 'g_cccccccccccccccc', address: '::ffff:10.0.0.7' })).ok).toBe(false);
    expect((await mod.checkJoin({ guestId: 'g_cccccccccccccccc', address: '10.0.0.70' })).ok).toBe(true);
    expect((await mod.listBans()).map((b) => b.key).sort()).toEqual(['a:10.0.0.7', 'g:g_aaaaaaaaaaaaaaaa']);
    // The moderator's reason stays with the ban, for staff (the visitor heard it in the `kicked` message).
    expect((await mod.listBans()).every((b) => b.reason === '욕설')).toBe(true);
    expect(lines.find((l) => l.msg === 'moderation: ban')?.obj).toMatchObject({ actor: STAFF, target: { address: '::ffff:10.0.0.7' } });

    clock.t += 3_600_000; // expiry lifts it
    expect((await mod.checkJoin({ guestId: 'g_aaaaaaaaaaaaaaaa', address: '10.0.0.7' })).ok).toBe(true);
    expect(await mod.listBans()).toEqual([]);
  });

  it('bans and unbans over HTTP-style calls without the target connected', async () => {
    const { mod } = setup();
    const keys = await mod.ban(STAFF, { guestId: 'g_dddddddddddddddd', address: null }, 30, 'spam bot');
    expect(keys).toEqual(['g:g_dddddddddddddddd']);
    expect((await mod.checkJoin({ guestId: 'g_dddddddddddddddd', address: '1.2.3.4' })).ok).toBe(false);
    await mod.unban(STAFF, 'g:g_dddddddddddddddd');
    expect((await mod.checkJoin({ guestId: 'g_dddddddddddddddd', address: '1.2.3.4' })).ok).toBe(true);
  });

  it('tells the other shards (same presence) about effects, not itself; dispose unsubscribes', async () => {
    const { presence, lookup, clock } = setup();
    const log = { info: () => {}, warn: () => {} };
    const a = createModerationService({ presence, log: log as never, now: () => clock.t });
    const b = createModerationService({ presence, log: log as never, now: () => clock.t });
    const seenA: unknown[] = [];
    const seenB: unknown[] = [];
    await a.onEffect((e) => seenA.push(e));
    await b.onEffect((e) => seenB.push(e));
    await a.act(STAFF, { action: 'kick', targetSessionId: 's1', reason: 'bye' }, lookup);
    expect(seenB).toEqual([{ type: 'kick', guestId: 'g_aaaaaaaaaaaaaaaa', reason: 'bye' }]);
    expect(seenA).toEqual([]);
    await b.dispose();
    await a.act(STAFF, { action: 'delete', messageId: 'm1' }, lookup);
    expect(seenB).toHaveLength(1);
    expect(await presence.channels('seeot:mod:*')).toEqual(['seeot:mod:effects']); // only a's listener left
    await a.dispose();
    expect(await presence.channels('seeot:mod:*')).toEqual([]);
  });
});
