import { Client } from '@colyseus/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_CODE } from '../../shared/protocol/index.ts';
import type { ChatLine } from '../../server/chat/types.ts';
import type { HallRoom } from '../../server/rooms/HallRoom.ts';
import { joinOptions, visit, waitFor, useHallServer, type Visitor } from './room-boot.ts';

/** Staff moderation in the room: refused for visitors; mute, kick, ban, delete and reports for staff. */
describe('hall moderation', () => {
  const srv = useHallServer();
  let staff: Visitor;
  beforeAll(async () => {
    staff = await visit(srv.url, joinOptions({}, 'staff'));
  });

  const last = (v: Visitor, type: string): Record<string, unknown> => v.msgs[type]!.at(-1) as Record<string, unknown>;
  const hub = (v: Visitor): HallRoom['hub'] => (srv.colyseus.getRoomById(v.room.roomId) as unknown as HallRoom).hub;
  const guestOf = (v: Visitor): string => hub(v).seats.get(v.room.sessionId)!.guestId;
  const texts = (v: Visitor): string[] => (v.msgs['chat'] as ChatLine[]).map((l) => l.text);

  it('refuses `moderate` from a visitor, softly', async () => {
    const v = await visit(srv.url);
    const victim = await visit(srv.url);
    v.room.send('moderate', { action: 'kick', targetSessionId: victim.room.sessionId, reason: 'x' });
    await waitFor(() => v.msgs['rejected']!.length > 0, 3000, 'refusal');
    expect(last(v, 'rejected')).toMatchObject({ type: 'moderate', code: 'forbidden' });
    expect(v.closed()).toBeNull();
    expect(victim.closed()).toBeNull();
    await v.room.leave();
    await victim.room.leave();
  });

  it('a staff mute stops a visitor chatting, with the time left; unmute lifts it', async () => {
    const v = await visit(srv.url);
    staff.room.send('moderate', { action: 'mute', targetSessionId: v.room.sessionId, minutes: 10 });
    // The mute is persisted in the presence first (async), then applied: wait for the shard to have it.
    await waitFor(() => hub(v).chat.mutedFor(guestOf(v)) > 0, 3000, 'mute applied');
    v.room.send('chat', { scope: 'nearby', text: '조용히 못 해요' });
    await waitFor(() => v.msgs['rejected']!.length > 0, 3000, 'muted');
    const r = last(v, 'rejected');
    expect(r).toMatchObject({ type: 'chat', code: 'muted' });
    expect(r['retryAfterMs']).toBeGreaterThan(9 * 60_000);
    staff.room.send('moderate', { action: 'unmute', targetSessionId: v.room.sessionId });
    await waitFor(() => hub(v).chat.mutedFor(guestOf(v)) === 0, 3000, 'unmute applied');
    v.room.send('chat', { scope: 'nearby', text: '다시 말해요' });
    await waitFor(() => texts(v).includes('다시 말해요'), 3000, 'unmuted line');
    await v.room.leave();
  });

  it('a kick sends `kicked` with the reason, then closes with CLOSE_CODE.kicked', async () => {
    const v = await visit(srv.url);
    staff.room.send('moderate', { action: 'kick', targetSessionId: v.room.sessionId, reason: '도배 금지' });
    await waitFor(() => v.closed() !== null, 3000, 'closed');
    expect(v.closed()).toBe(CLOSE_CODE.kicked);
    expect(v.msgs['kicked']).toEqual([{ reason: '도배 금지' }]);
    await waitFor(() => !(staff.room.state as { roster: Map<string, unknown> }).roster.has(v.room.sessionId), 3000, 'seat freed');
  });

  it('a ban closes with CLOSE_CODE.banned and refuses the guest at the next join', async () => {
    const opts = joinOptions();
    const v = await visit(srv.url, opts);
    staff.room.send('moderate', { action: 'ban', targetSessionId: v.room.sessionId, minutes: 60, reason: '욕설' });
    await waitFor(() => v.closed() !== null, 3000, 'closed');
    expect(v.closed()).toBe(CLOSE_CODE.banned);
    const kicked = v.msgs['kicked']![0] as { reason: string; until: number };
    expect(kicked.reason).toBe('욕설');
    expect(kicked.until).toBeGreaterThan(Date.now() + 59 * 60_000);
    // Same guest (same token), another attempt: refused at matchmaking with the typed reason.
    const err = await new Client(srv.url).joinOrCreate('hall', { ...opts }).then(
      () => null,
      (e: { code: number; message: string }) => e,
    );
    expect(err).toMatchObject({ code: 403, message: 'banned' });
    // Others on the same (loopback) address are not banned: loopback is never recorded.
    const other = await visit(srv.url);
    expect(other.closed()).toBeNull();
    await other.room.leave();
  });

  it('staff cannot act on staff', async () => {
    const other = await visit(srv.url, joinOptions({}, 'staff'));
    staff.room.send('moderate', { action: 'kick', targetSessionId: other.room.sessionId });
    await waitFor(() => staff.msgs['rejected']!.length > 0, 3000, 'refusal');
    expect(last(staff, 'rejected')).toMatchObject({ type: 'moderate', code: 'targetIsStaff' });
    await other.room.leave();
  });

  it('a report reaches staff; staff delete a line for everyone', async () => {
    const speaker = await visit(srv.url);
    const reporter = await visit(srv.url);
    // Nearby lines go to those the speaker can see: wait until the reporter is in its view.
    await speaker.view.until(() => speaker.view.avatars.has(reporter.slot()), 3000, 'reporter in view');
    speaker.room.send('chat', { scope: 'nearby', text: '나쁜 말' });
    await waitFor(() => texts(reporter).includes('나쁜 말'), 3000, 'line heard');
    const line = (reporter.msgs['chat'] as ChatLine[]).find((l) => l.text === '나쁜 말')!;
    reporter.room.send('report', { messageId: line.id, reason: 'abuse' });
    await waitFor(() => staff.msgs['report']!.length > 0, 3000, 'report to staff');
    const { report } = last(staff, 'report') as { report: { reason: string; line: ChatLine } };
    expect(report.reason).toBe('abuse');
    expect(report.line.id).toBe(line.id);
    expect(reporter.msgs['report']).toEqual([]); // staff only
    staff.room.send('moderate', { action: 'delete', messageId: line.id });
    for (const v of [speaker, reporter, staff]) await waitFor(() => v.msgs['chatDeleted']!.length > 0, 3000, 'deleted');
    expect(last(reporter, 'chatDeleted')).toEqual({ id: line.id });
    await speaker.room.leave();
    await reporter.room.leave();
  });
});
