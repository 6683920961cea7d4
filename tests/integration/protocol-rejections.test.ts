import type { Presence } from '@colyseus/core';
import { Client } from '@colyseus/sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { chatEn } from '../../shared/i18n/chat-en.ts';
import { chatKo } from '../../shared/i18n/chat-ko.ts';
import { JOIN_REJECTION_KEY, REJECTION_KEY } from '../../shared/i18n/rejections.ts';
import { worldEn } from '../../shared/i18n/world-en.ts';
import { worldKo } from '../../shared/i18n/world-ko.ts';
import { JOIN_REJECTIONS, PROTOCOL_VERSION, REJECTION_CODES, REJECTIONS, type ChatLine, type Rejected } from '../../shared/protocol/index.ts';
import { signJoinToken } from '../../server/auth/joinToken.ts';
import type { HallRoom } from '../../server/rooms/HallRoom.ts';
import { httpFrom } from '../helpers/boundVisitor.ts';
import { bootHall, joinOptions, TEST_SECRET, useHallServer, visit, waitFor, type Visitor } from './room-boot.ts';

/**
 * The wire contract's refusal codes (shared/protocol/rejections.ts) are exactly what the server
 * says: the real server is driven into every refusal of every message type and every join refusal,
 * none is left unsent, none is sent that the contract does not list, and each has its sentence in
 * Korean and English (shared/i18n), since the server sends codes only.
 */
describe('refusal codes', () => {
  const srv = useHallServer();
  const base = (): string => srv.url.replace('ws:', 'http:');
  const visitors: Visitor[] = [];
  const joinRefusals = new Set<string>();

  afterAll(async () => {
    await Promise.allSettled(visitors.filter((v) => v.closed() === null).map((v) => v.room.leave()));
  });

  const come = async (opts: Record<string, unknown> = joinOptions()): Promise<Visitor> => {
    const v = await visit(srv.url, opts);
    visitors.push(v);
    return v;
  };
  const refusals = (v: Visitor): Rejected[] => v.msgs['rejected'] as Rejected[];
  const told = (v: Visitor, type: string, code: string): Promise<void> =>
    waitFor(() => refusals(v).some((r) => r.type === type && r.code === code), 5000, `${type}:${code}`);
  /**
   * Fresh visitors each send `n` messages of `type` at once, until one of them is refused with
   * `code` (an address-wide budget: every visitor here comes from 127.0.0.1). Each waits for all its
   * answers (`accepted` counts the ones that went through), not for time, which would refill it.
   */
  async function untilAnyone(type: string, code: string, n: number, send: (v: Visitor) => void, accepted: (v: Visitor) => number): Promise<void> {
    for (let i = 0; i < 10; i++) {
      const v = await come();
      for (let k = 0; k < n; k++) send(v);
      const mine = () => refusals(v).filter((r) => r.type === type);
      await waitFor(() => accepted(v) + mine().length >= n, 5000, `${type} answered`);
      if (mine().some((r) => r.code === code)) return;
    }
    throw new Error(`nobody was refused with ${type}:${code}`);
  }
  /** A join's refusal as the SDK reports it (its message is the JoinRejection). */
  async function refusedJoin(opts: Record<string, unknown>, roomId?: string): Promise<string> {
    const client = new Client(srv.url);
    try {
      const room = roomId ? await client.joinById(roomId, opts) : await client.joinOrCreate('hall', opts);
      await room.leave();
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('join was accepted');
  }

  it('every message refusal in the contract is sent, and only those', async () => {
    const walker = await come();
    // teleport
    walker.room.send('teleport', { x: 1, z: 2 });
    walker.room.send('teleport', { pointId: 'nowhere-at-all' });
    for (let i = 0; i < 4; i++) walker.room.send('teleport', { pointId: 'spawn' });
    await told(walker, 'teleport', 'invalid');
    await told(walker, 'teleport', 'unknownPoint');
    await told(walker, 'teleport', 'rateLimited');

    // chat: shape and content first (no budget spent), then the limits
    const talker = await come();
    talker.room.send('chat', { scope: 'everywhere', text: 'hi' });
    talker.room.send('chat', { scope: 'nearby', text: '   ' });
    talker.room.send('chat', { scope: 'nearby', text: '가'.repeat(301) });
    talker.room.send('chat', { scope: 'booth', text: '여기 누구 있어요?' }); // at the spawn: no booth
    for (const code of ['invalid', 'empty', 'tooLong', 'notAtBooth']) await told(talker, 'chat', code);
    for (let i = 0; i < 6; i++) talker.room.send('chat', { scope: 'nearby', text: `줄 ${i}` });
    await told(talker, 'chat', 'rateLimited');
    const hallVoice = await come();
    hallVoice.room.send('chat', { scope: 'hall', text: '안녕하세요 여러분' });
    hallVoice.room.send('chat', { scope: 'hall', text: '또 왔어요' });
    await told(hallVoice, 'chat', 'slowMode');
    const line = (talker.msgs['chat'] as ChatLine[]).find((l) => l.senderId === talker.room.sessionId)!;

    // moderate
    const staff = await come(joinOptions({}, 'staff'));
    const colleague = await come(joinOptions({}, 'staff'));
    walker.room.send('moderate', { action: 'kick', targetSessionId: talker.room.sessionId });
    await told(walker, 'moderate', 'forbidden');
    staff.room.send('moderate', { action: 'nuke', targetSessionId: talker.room.sessionId });
    staff.room.send('moderate', { action: 'mute', targetSessionId: 'nobody-here', minutes: 5 });
    staff.room.send('moderate', { action: 'kick', targetSessionId: colleague.room.sessionId });
    for (const code of ['invalid', 'noTarget', 'targetIsStaff']) await told(staff, 'moderate', code);
    // The presence (Redis, in production) fails while a mute is stored: the staff member is told.
    const presence = (srv.colyseus.getRoomById(staff.room.roomId) as unknown as { presence: Presence }).presence;
    const hset = presence.hset.bind(presence);
    presence.hset = () => Promise.reject(new Error('presence unreachable'));
    try {
      staff.room.send('moderate', { action: 'mute', targetSessionId: hallVoice.room.sessionId, minutes: 5 });
      await told(staff, 'moderate', 'unavailable');
    } finally {
      presence.hset = hset;
    }
    staff.room.send('moderate', { action: 'mute', targetSessionId: hallVoice.room.sessionId, minutes: 5 });
    const shard = srv.colyseus.getRoomById(hallVoice.room.roomId) as unknown as HallRoom;
    const voiceGuest = shard.seats.get(hallVoice.room.sessionId)!.guestId;
    await waitFor(() => shard.hub.chat.mutedFor(voiceGuest) > 0, 5000, 'the mute holds');
    hallVoice.room.send('chat', { scope: 'nearby', text: '조용히 할게요' });
    await told(hallVoice, 'chat', 'muted');

    // presence: only /list visitors say where they read, and only of booths that exist
    const reader = await come(joinOptions({ view: 'list', venue: undefined }));
    walker.room.send('presence', { boothId: null });
    reader.room.send('presence', { boothId: 'no-such-booth' });
    await told(walker, 'presence', 'invalid');
    await told(reader, 'presence', 'unknownBooth');

    // notice: shape, booth, who (a booth's members and staff), text, then the presence failing
    reader.room.send('notice', { boothId: 'cut-the-trash', text: 42 });
    reader.room.send('notice', { boothId: 'no-such-booth', text: '공지' });
    reader.room.send('notice', { boothId: 'cut-the-trash', text: '제가 주인이에요' });
    for (const code of ['invalid', 'unknownBooth', 'notBoothMember']) await told(reader, 'notice', code);
    staff.room.send('notice', { boothId: 'cut-the-trash', text: '   ' });
    staff.room.send('notice', { boothId: 'cut-the-trash', text: '가'.repeat(141) });
    for (const code of ['empty', 'tooLong']) await told(staff, 'notice', code);
    presence.hset = () => Promise.reject(new Error('presence unreachable'));
    try {
      staff.room.send('notice', { boothId: 'cut-the-trash', text: '오늘의 공지' });
      await told(staff, 'notice', 'unavailable');
    } finally {
      presence.hset = hset;
    }

    // emote
    const cheer = await come();
    cheer.room.send('emote', { kind: 'fireworks' });
    for (let i = 0; i < 9; i++) cheer.room.send('emote', { kind: 'heart' });
    await told(cheer, 'emote', 'invalid');
    await told(cheer, 'emote', 'rateLimited');

    // report
    const reporter = await come();
    reporter.room.send('report', { messageId: '', reason: 'spam' });
    reporter.room.send('report', { messageId: 'no-such-line', reason: 'spam' });
    for (let i = 0; i < 4; i++) reporter.room.send('report', { messageId: line.id, reason: 'abuse' });
    for (const code of ['invalid', 'notFound', 'rateLimited']) await told(reporter, 'report', code);

    // Address-wide budgets: fresh guests on the same network, each within its own budget.
    const own = <T extends { senderId?: string; sessionId?: string }>(v: Visitor, type: string) =>
      (v.msgs[type] as T[]).filter((m) => (m.senderId ?? m.sessionId) === v.room.sessionId).length;
    await untilAnyone('chat', 'networkBusy', 5, (v) => v.room.send('chat', { scope: 'nearby', text: '같은 와이파이' }), (v) => own(v, 'chat'));
    await untilAnyone('emote', 'networkBusy', 8, (v) => v.room.send('emote', { kind: 'clap' }), (v) => own(v, 'emote'));
    const reportsBy = (v: Visitor) => (staff.msgs['report'] as { report: { reporter: { id: string } } }[]).filter((m) => m.report.reporter.id === v.room.sessionId).length;
    await untilAnyone('report', 'networkBusy', 3, (v) => v.room.send('report', { messageId: line.id, reason: 'spam' }), reportsBy);

    const sent = new Set(visitors.flatMap((v) => refusals(v).map((r) => `${r.type}:${r.code}`)));
    const contract = Object.entries(REJECTIONS).flatMap(([type, codes]) => codes.map((c) => `${type}:${c}`));
    expect([...sent].sort()).toEqual([...contract].sort());
    // The answer is a code and a wait, never a sentence.
    for (const v of visitors) for (const r of refusals(v)) expect(Object.keys(r).filter((k) => k !== 'retryAfterMs').sort()).toEqual(['code', 'type']);
  }, 60_000);

  it('every join refusal in the contract is sent', async () => {
    const refused = async (opts: Record<string, unknown>, roomId?: string) => void joinRefusals.add(await refusedJoin(opts, roomId));
    await refused(joinOptions({ protocolVersion: PROTOCOL_VERSION - 1 }));
    await refused(joinOptions({ protocolVersion: PROTOCOL_VERSION + 1 }));
    await refused(joinOptions({ colorIndex: 99 }));
    await refused(joinOptions({ nickname: '운영자' }));
    await refused(joinOptions({ venue: '0000000000000000' }));
    const opts = joinOptions();
    const holder = await come(opts);
    await refused(opts);
    // Banned by staff, then back with a fresh token: the guest id is refused.
    const guest = { guestId: 'g_banned_guest_01', role: 'visitor' as const };
    const banned = await come(joinOptions({ joinToken: signJoinToken(guest, TEST_SECRET, Date.now()) }));
    const staff = await come(joinOptions({}, 'staff'));
    staff.room.send('moderate', { action: 'ban', targetSessionId: banned.room.sessionId, minutes: 5, reason: '테스트' });
    await waitFor(() => banned.closed() !== null, 5000, 'ban closes the connection');
    await refused(joinOptions({ joinToken: signJoinToken(guest, TEST_SECRET, Date.now()) }));
    // An invite to a shard that is gone.
    await refused(joinOptions(), 'NoSuchShard1');
    // A timed fair that is not open (with no database, no published fair has any address).
    await refused(joinOptions({ fair: 'no-such-fair' }));
    await holder.room.leave();

    // A method clients are not offered, and a burst of joins from one address (the matchmaking edge).
    const create = await httpFrom('127.0.0.41', `${base()}/matchmake/create/hall`, { method: 'POST', body: joinOptions() });
    joinRefusals.add((create.body as { error: string }).error);
    for (let i = 0; i < 200; i++) {
      const r = await httpFrom('127.0.0.42', `${base()}/matchmake/joinOrCreate/hall`, { method: 'POST', body: joinOptions({ protocolVersion: 0 }) });
      if (r.status === 429) {
        joinRefusals.add((r.body as { error: string }).error);
        break;
      }
    }

    // A full shard: capacity 2, a third visitor invited into it.
    const small = await bootHall({ HALL_SHARD_CAPACITY: '2' });
    try {
      const a = await visit(small.url);
      const b = await visit(small.url, joinOptions(), a.room.roomId);
      try {
        await new Client(small.url).joinById(a.room.roomId, joinOptions());
      } catch (e) {
        joinRefusals.add((e as Error).message);
      }
      await a.room.leave();
      await b.room.leave();
    } finally {
      await small.colyseus.shutdown();
    }

    expect([...joinRefusals].sort()).toEqual([...JOIN_REJECTIONS].sort());
  }, 60_000);

  it('every code has its sentence in Korean and English', () => {
    for (const code of REJECTION_CODES) {
      const key = REJECTION_KEY[code];
      expect(chatKo[key]?.trim(), `ko ${key}`).toBeTruthy();
      expect(chatEn[key]?.trim(), `en ${key}`).toBeTruthy();
    }
    for (const code of JOIN_REJECTIONS) {
      const key = JOIN_REJECTION_KEY[code];
      expect(worldKo[key]?.trim(), `ko ${key}`).toBeTruthy();
      expect(worldEn[key]?.trim(), `en ${key}`).toBeTruthy();
    }
  });
});
