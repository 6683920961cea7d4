import { beforeAll, describe, expect, it } from 'vitest';
import type { ChatLine } from '../../server/chat/types.ts';
import type { HallRoom } from '../../server/rooms/HallRoom.ts';
import { joinOptions, visit, waitFor, useHallServer, type Visitor } from './room-boot.ts';

const HERE = 'awareness'; // booth:awareness at (-22, -7.4)
const FAR = 'policy'; // booth:policy at (22, -7.4): 44 m away, beyond nearby chat and interest

interface Emote {
  sessionId: string;
  slot: number;
  kind: string;
}

/** Chat scopes, history, limits, reactions and /list presence against the real server configuration. */
describe('hall chat', () => {
  const srv = useHallServer();
  let a: Visitor, b: Visitor, far: Visitor, reader: Visitor, staff: Visitor;
  beforeAll(async () => {
    // Staff are exempt from hall slow mode: their hall lines mark "everything before has arrived".
    staff = await visit(srv.url, joinOptions({}, 'staff'));
    a = await visit(srv.url);
    b = await visit(srv.url);
    far = await visit(srv.url);
    reader = await visit(srv.url, joinOptions({ view: 'list', boothId: HERE }));
    for (const [v, booth] of [[a, HERE], [b, HERE], [far, FAR]] as const) {
      v.room.send('teleport', { pointId: `booth:${booth}` });
      await waitFor(() => boothOf(v) === booth, 3000, `at ${booth}`);
    }
    // Nearby lines and reactions go to those the sender can see: wait for the views to settle.
    await sees(a, b);
    await sees(b, a);
  });

  const server = (v: Visitor): HallRoom => srv.colyseus.getRoomById(v.room.roomId) as unknown as HallRoom;
  function boothOf(v: Visitor): string | null {
    const room = server(v);
    const i = room.sim.boothOf[v.slot()] ?? -1;
    return i >= 0 ? room.hub.layout.booths[i]!.id : null;
  }
  /** Until `v`'s view has `other`'s avatar (or, with `yes` false, no longer has it). */
  const sees = (v: Visitor, other: Visitor, yes = true): Promise<void> =>
    v.view.until(() => v.view.avatars.has(other.slot()) === yes, 3000, `${yes ? '' : 'not '}in view`);
  const lines = (v: Visitor): ChatLine[] => v.msgs['chat'] as ChatLine[];
  const texts = (v: Visitor): string[] => lines(v).map((l) => l.text);
  /** Sends a line and waits until `sentinel` (someone who receives it) has it. */
  async function say(v: Visitor, scope: string, text: string, sentinel: Visitor = v): Promise<void> {
    v.room.send('chat', { scope, text });
    await waitFor(() => texts(sentinel).includes(text), 3000, `"${text}" delivered`);
  }

  it('a joiner gets the history message and sees nobody nearby; a /list reader has no avatar', () => {
    expect(a.msgs['chatHistory']![0]).toEqual({ hall: [], booth: [] });
    const roster = (reader.room.state as { roster: Map<string, { slot: number }> }).roster;
    expect(roster.get(reader.room.sessionId)?.slot).toBe(0xffff);
  });

  it('nearby reaches those near, not the far visitor nor /list readers', async () => {
    await say(a, 'nearby', '여기 모여요', b);
    expect(texts(a)).toContain('여기 모여요');
    // Lines reach each client in order: once `far` has this hall line, an earlier one would be there.
    await say(staff, 'hall', 'sync 1', far);
    await waitFor(() => texts(reader).includes('sync 1'), 3000, 'reader has the sync line');
    expect(texts(far)).not.toContain('여기 모여요');
    expect(texts(reader)).not.toContain('여기 모여요');
    const line = lines(b).find((l) => l.text === '여기 모여요')!;
    expect(line).toMatchObject({ scope: 'nearby', senderId: a.room.sessionId, boothId: null, staff: false });
  });

  it('booth chat reaches everyone at the booth, /list readers included, and nobody else', async () => {
    await say(a, 'booth', '부스 질문 있어요', reader);
    await say(reader, 'booth', '목록에서 인사해요', a);
    await waitFor(() => texts(b).includes('목록에서 인사해요'), 3000, 'b heard the reader');
    await say(staff, 'hall', 'sync 2', far);
    expect(texts(far)).not.toContain('부스 질문 있어요');
    expect(texts(far)).not.toContain('목록에서 인사해요');
    expect(lines(a).find((l) => l.text === '부스 질문 있어요')?.boothId).toBe(HERE);
  });

  it('a /list reader cannot use nearby chat; it is told so softly', async () => {
    reader.room.send('chat', { scope: 'nearby', text: 'hello?' });
    await waitFor(() => reader.msgs['rejected']!.length > 0, 3000, 'refusal');
    expect(reader.msgs['rejected']![0]).toMatchObject({ type: 'chat', code: 'invalid' });
    expect(reader.closed()).toBeNull();
  });

  it('a late joiner gets the last hall and booth lines; a visitor arriving at a booth gets its lines', async () => {
    const late = await visit(srv.url, joinOptions({ view: 'list', boothId: HERE }));
    await waitFor(() => late.msgs['chatHistory']!.length > 0, 3000, 'history');
    const h = late.msgs['chatHistory']![0] as { hall: ChatLine[]; booth: ChatLine[] };
    expect(h.hall.map((l) => l.text)).toEqual(['sync 1', 'sync 2']);
    expect(h.booth.map((l) => l.text)).toEqual(['부스 질문 있어요', '목록에서 인사해요']);
    // `far` walks over (teleports) to the booth: its booth history follows, hall lines are not repeated.
    far.room.send('teleport', { pointId: `booth:${HERE}` });
    await waitFor(() => far.msgs['chatHistory']!.some((m) => (m as { booth: ChatLine[] }).booth.length === 2), 3000, 'booth history on arrival');
    const last = far.msgs['chatHistory']!.at(-1) as { hall: ChatLine[]; booth: ChatLine[] };
    expect(last.hall).toEqual([]);
    // A /list reader moving to another booth page says so with `presence`.
    late.room.send('presence', { boothId: FAR });
    await waitFor(() => late.msgs['chatHistory']!.length === 2, 3000, 'presence history');
    expect(late.msgs['chatHistory']![1]).toEqual({ hall: [], booth: [] });
    late.room.send('presence', { boothId: 'no-such-booth' });
    await waitFor(() => late.msgs['rejected']!.length > 0, 3000, 'unknown booth refused');
    expect(late.msgs['rejected']![0]).toMatchObject({ type: 'presence', code: 'unknownBooth' });
    await late.room.leave();
    far.room.send('teleport', { pointId: `booth:${FAR}` });
    await waitFor(() => boothOf(far) === FAR, 3000, 'far is back');
    await sees(a, far, false);
    await sees(far, a, false);
  });

  it('over the rate limit a line is refused with retryAfterMs, and nobody is disconnected', async () => {
    const fast = await visit(srv.url);
    for (let i = 0; i < 7; i++) fast.room.send('chat', { scope: 'nearby', text: `빠르게 ${i}` });
    await waitFor(() => fast.msgs['rejected']!.length >= 2, 3000, 'refusals');
    const r = fast.msgs['rejected']![0] as Record<string, unknown>;
    // A code and the wait; the sentence is the client's (shared/i18n), never the server's.
    expect(Object.keys(r).sort()).toEqual(['code', 'retryAfterMs', 'type']);
    expect(r).toMatchObject({ type: 'chat', code: 'rateLimited' });
    expect(r['retryAfterMs']).toBeGreaterThan(0);
    expect(texts(fast)).toHaveLength(5); // the burst went through
    expect(fast.closed()).toBeNull();
    expect(fast.room.connection.isOpen).toBe(true);
    await fast.room.leave();
  });

  it('a reaction reaches those who can see the sender and /list readers of the booth, not the far visitor', async () => {
    a.room.send('emote', { kind: 'heart' });
    const expected = { sessionId: a.room.sessionId, slot: a.slot(), kind: 'heart' };
    for (const v of [a, b, reader]) await waitFor(() => (v.msgs['emote'] as Emote[]).some((e) => e.kind === 'heart'), 3000, 'heart seen');
    expect(b.msgs['emote']![0]).toEqual(expected);
    far.room.send('emote', { kind: 'wave' });
    await waitFor(() => (far.msgs['emote'] as Emote[]).some((e) => e.kind === 'wave'), 3000, 'own wave');
    await say(staff, 'hall', 'sync 3', far);
    expect((far.msgs['emote'] as Emote[]).map((e) => e.kind)).toEqual(['wave']);
    expect((b.msgs['emote'] as Emote[]).map((e) => e.kind)).toEqual(['heart']);
    a.room.send('emote', { kind: 'fireworks' });
    await waitFor(() => a.msgs['rejected']!.some((m) => (m as { type: string }).type === 'emote'), 3000, 'bad emote refused');
  });

  it('a /list reader counts in booth occupancy, in the shard and in the hall totals', async () => {
    const state = (): { booths: Map<string, number>; hallBooths: Map<string, number>; hallVisitors: number } =>
      a.room.state as never;
    await waitFor(() => state().booths.get(HERE) === 3, 3000, `a, b and the reader at the booth (${JSON.stringify([...state().booths])})`);
    await waitFor(() => state().hallBooths.get(HERE) === 3 && state().hallVisitors === 5, 3000, `hall totals ${state().hallVisitors}`);
    reader.room.send('presence', { boothId: null });
    await waitFor(() => state().booths.get(HERE) === 2, 3000, 'reader left the booth page');
  });

  it('hall chat reaches every shard', async () => {
    const other = await srv.colyseus.createRoom('hall', {});
    const there = await visit(srv.url, joinOptions(), other.roomId);
    await say(a, 'hall', '전체 공지처럼', there);
    expect(lines(there).find((l) => l.text === '전체 공지처럼')?.shardId).toBe(a.room.roomId);
    await waitFor(() => (there.room.state as { hallVisitors: number }).hallVisitors === 6, 3000, 'totals across shards');
    await there.room.leave();
  });
});
