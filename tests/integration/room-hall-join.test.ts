import { Client } from '@colyseus/sdk';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol/index.ts';
import { signJoinToken } from '../../server/auth/joinToken.ts';
import { signToken } from '../../server/auth/tokens.ts';
import { BAD_TOKEN_CODE, JOIN_ERROR_CODE } from '../../server/hall/join.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { fixtureCatalogue } from '../../shared/catalogue/fixture.ts';
import { venueFingerprint } from '../../shared/protocol/index.ts';
import { layoutWorld } from '../../shared/world/index.ts';
import { joinOptions, LAYOUT, TEST_SECRET, VENUE, visit, useHallServer, type Visitor } from './room-boot.ts';

/** Join validation against the real server configuration: typed reasons the page can show. */
describe('hall join', () => {
  const srv = useHallServer();

  async function refusal(opts: Record<string, unknown>): Promise<{ code: number; message: string }> {
    try {
      const room = await new Client(srv.url).joinOrCreate('hall', opts);
      await room.leave();
    } catch (e) {
      const err = e as { code: number; message: string };
      return { code: err.code, message: err.message };
    }
    throw new Error('join was accepted');
  }

  it('accepts a valid visitor and puts it in the roster with a slot', async () => {
    const v = await visit(srv.url, joinOptions({ nickname: '  김시웃 ' }));
    const roster = (v.room.state as { roster: Map<string, { nickname: string; slot: number; connected: boolean }> }).roster;
    const me = roster.get(v.room.sessionId);
    expect(me?.nickname).toBe('김시웃');
    expect(me?.connected).toBe(true);
    expect(v.slot()).toBeGreaterThanOrEqual(0);
    expect((v.room.state as { shardName: string }).shardName).toBe('1관');
    await v.room.leave();
  });

  it('refuses a stale client with clientTooOld and a newer one with serverTooOld', async () => {
    expect(await refusal(joinOptions({ protocolVersion: PROTOCOL_VERSION - 1 }))).toEqual({ code: JOIN_ERROR_CODE.clientTooOld, message: 'clientTooOld' });
    expect(await refusal(joinOptions({ protocolVersion: undefined }))).toEqual({ code: JOIN_ERROR_CODE.clientTooOld, message: 'clientTooOld' });
    expect(await refusal(joinOptions({ protocolVersion: PROTOCOL_VERSION + 1 }))).toEqual({ code: JOIN_ERROR_CODE.serverTooOld, message: 'serverTooOld' });
  });

  it('refuses bad and staff-like nicknames', async () => {
    const lookalikes = ['ɑdmin', 'Ꭺdmin', 'ᴀᴅᴍɪɴ', 'ꜱtaff', 'a\u200ddmin', '운\u200b영자', '\u0301\u0308'];
    for (const nickname of ['', '   ', 'a'.repeat(21), 'bad\u0007name', '운영자', '관리자님', 'admin', 'Ａｄｍｉｎ', ...lookalikes]) {
      expect((await refusal(joinOptions({ nickname }))).message, nickname).toBe('badNickname');
    }
  });

  it('refuses malformed options: colour out of range, bad resume position, a venue that is no fingerprint', async () => {
    expect((await refusal(joinOptions({ colorIndex: 8 }))).message).toBe('badOptions');
    expect((await refusal(joinOptions({ colorIndex: 1.5 }))).message).toBe('badOptions');
    expect((await refusal(joinOptions({ resumeFrom: { x: 'a', z: 1 } }))).message).toBe('badOptions');
    expect((await refusal(joinOptions({ venue: '<script>alert(1)</script>' }))).message).toBe('badOptions');
  });

  it('refuses a client whose layout is not the server\'s with venueChanged, before it takes a seat', async () => {
    // Staff added a booth after this page built its layout: its positions would decode against the wrong bounds.
    const stale = venueFingerprint(layoutWorld(fixtureCatalogue(CATALOGUE, LAYOUT.booths.length + 1)));
    expect(stale).not.toBe(VENUE);
    expect(await refusal(joinOptions({ venue: stale }))).toEqual({ code: JOIN_ERROR_CODE.venueChanged, message: 'venueChanged' });
    // The same visitor with the server's layout joins; a /list page, which draws no positions, needs none.
    const v = await visit(srv.url, joinOptions({ venue: VENUE }));
    const list = await visit(srv.url, joinOptions({ view: 'list', venue: undefined }));
    await v.room.leave();
    await list.room.leave();
  });

  it('requires a join token signed with the session secret; the token names the guest, not the options', async () => {
    const noToken = { ...joinOptions() };
    delete noToken['joinToken'];
    expect(await refusal(noToken)).toEqual({ code: BAD_TOKEN_CODE, message: 'badOptions' });
    const forged = signJoinToken({ guestId: 'g_forged', role: 'staff' }, 'another-secret-0123456789abcdefghijklmn', Date.now());
    expect(await refusal(joinOptions({ joinToken: forged }))).toEqual({ code: BAD_TOKEN_CODE, message: 'badOptions' });
    const expired = signJoinToken({ guestId: 'g_old', role: 'visitor' }, TEST_SECRET, Date.now() - 3_600_000, 60);
    expect(await refusal(joinOptions({ joinToken: expired }))).toEqual({ code: BAD_TOKEN_CODE, message: 'badOptions' });
    // A signed token not minted for joining (no aud 'join') opens no seat, whatever role it names.
    const notForJoining = signToken({ sub: 'staff:x', role: 'staff', name: 'x', exp: Math.floor(Date.now() / 1000) + 3600 }, TEST_SECRET);
    expect(await refusal(joinOptions({ joinToken: notForJoining }))).toMatchObject({ code: BAD_TOKEN_CODE });
    const v = await visit(srv.url, joinOptions({ guestId: 'claimed-by-client', joinToken: signJoinToken({ guestId: 'g_from_token', role: 'visitor' }, TEST_SECRET, Date.now()) }));
    const room = srv.colyseus.getRoomById(v.room.roomId) as unknown as { seats: Map<string, { guestId: string }> };
    expect(room.seats.get(v.room.sessionId)?.guestId).toBe('g_from_token');
    await v.room.leave();
  });

  it('admits one connection per join token at a time, racing joins included; leaving frees it', async () => {
    const opts = joinOptions();
    const first = await visit(srv.url, opts);
    expect(await refusal(opts)).toEqual({ code: JOIN_ERROR_CODE.tokenInUse, message: 'tokenInUse' });
    // Two joins with one fresh token at the same moment: both pass the check at matchmaking, the
    // seat's atomic claim lets exactly one in.
    const racing = joinOptions();
    const results = await Promise.allSettled([visit(srv.url, racing), visit(srv.url, racing)]);
    const joined = results.filter((r): r is PromiseFulfilledResult<Visitor> => r.status === 'fulfilled');
    expect(joined).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: JOIN_ERROR_CODE.tokenInUse, message: 'tokenInUse' } });
    // One at a time, not once: after a consented leave the token (still valid) joins again.
    await first.room.leave();
    let again: Visitor | null = null;
    for (let i = 0; i < 50 && !again; i++) again = await visit(srv.url, opts).catch(() => null);
    expect(again).not.toBeNull();
    await again!.room.leave();
    await joined[0]!.value.room.leave();
  });

  it('refuses a /list visitor at a booth that does not exist', async () => {
    expect(await refusal(joinOptions({ view: 'list', boothId: 'no-such-booth' }))).toEqual({ code: JOIN_ERROR_CODE.badOptions, message: 'badOptions' });
  });

  it('clamps a reported resume position to walkable space', async () => {
    // Far outside the hall: the server puts the visitor on the nearest walkable spot, not there.
    const v = await visit(srv.url, joinOptions({ resumeFrom: { x: 5000, z: -5000 } }));
    await v.view.until(() => v.view.avatars.has(v.slot()), 5000, 'own avatar');
    const me = v.view.avatars.get(v.slot())!;
    expect(me.x).toBeLessThan(40);
    expect(me.z).toBeGreaterThan(-55);
    await v.room.leave();
  });
});
