import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signJoinToken } from '../../server/auth/joinToken.ts';
import type { Role } from '../../server/auth/tokens.ts';
import type { ChatLine, Rejected, ServerMessages } from '../../shared/protocol/index.ts';
import { joinOptions, TEST_SECRET, useHallServer, visit, waitFor, type Visitor } from './room-boot.ts';

const BOOTH = 'cut-the-trash';
const OTHER = 'vq-studio';
/** Issue 10 §3: "broadcast to every viewer within 1 s". */
const WITHIN = 1000;

let n = 0;
/** Join options of a /list reader of `booth`, signed as /api/session would (`hostOf`: a member's booths). */
function reader(booth: string, role: Role = 'visitor', hostOf?: string[]): Record<string, unknown> {
  const identity = { guestId: `booth-chat-${++n}`, role, ...(role === 'staff' ? { name: `운영${n}` } : {}), ...(hostOf ? { hostOf } : {}) };
  return joinOptions({ joinToken: signJoinToken(identity, TEST_SECRET, Date.now()), view: 'list', boothId: booth, venue: undefined });
}

const lines = (v: Visitor): ChatLine[] => v.msgs['chat'] as ChatLine[];
const texts = (v: Visitor): string[] => lines(v).map((l) => l.text);
const hearts = (v: Visitor): ServerMessages['boothHearts'][] => v.msgs['boothHearts'] as ServerMessages['boothHearts'][];
const notices = (v: Visitor): ServerMessages['boothNotice'][] => v.msgs['boothNotice'] as ServerMessages['boothNotice'][];
const histories = (v: Visitor): ServerMessages['chatHistory'][] => v.msgs['chatHistory'] as ServerMessages['chatHistory'][];
const refusals = (v: Visitor): Rejected[] => v.msgs['rejected'] as Rejected[];
const lastCount = (v: Visitor): number => hearts(v).filter((h) => h.boothId === BOOTH).at(-1)?.count ?? -1;
const lastNotice = (v: Visitor): ServerMessages['boothNotice']['notice'] | undefined => notices(v).filter((m) => m.boothId === BOOTH).at(-1)?.notice;

/**
 * One conversation per booth across shards (issue 10 §3): booth lines, hearts and the pinned notice
 * of a booth are the same for its visitors in every shard of the hall, and a shard that starts later
 * reads them from the presence.
 */
describe('booth chat across shards', () => {
  // Every test client comes from 127.0.0.1: the per-address budgets are abuse-limits' business.
  const srv = useHallServer({ ADDRESS_LIMITS_EXEMPT: 'loopback' });
  const all: Visitor[] = [];
  let a: Visitor, b: Visitor, bElsewhere: Visitor, shardB: string;
  const come = async (opts: Record<string, unknown>, roomId?: string): Promise<Visitor> => {
    const v = await visit(srv.url, opts, roomId);
    all.push(v);
    return v;
  };
  beforeAll(async () => {
    a = await come(reader(BOOTH));
    shardB = (await srv.colyseus.createRoom('hall', {})).roomId;
    b = await come(reader(BOOTH), shardB);
    bElsewhere = await come(reader(OTHER), shardB);
    expect(b.room.roomId).not.toBe(a.room.roomId);
  });
  afterAll(async () => {
    await Promise.allSettled(all.filter((v) => v.closed() === null).map((v) => v.room.leave()));
  });

  it("a booth line said in shard A reaches the booth's visitors in shard B within a second, and no one at another booth", async () => {
    const t0 = Date.now();
    a.room.send('chat', { scope: 'booth', text: '1관에서 인사드려요' });
    await waitFor(() => texts(b).includes('1관에서 인사드려요'), WITHIN, 'the line in shard B');
    expect(Date.now() - t0).toBeLessThan(WITHIN);
    const line = lines(b).find((l) => l.text === '1관에서 인사드려요')!;
    expect(line).toMatchObject({ scope: 'booth', boothId: BOOTH, shardId: a.room.roomId });
    // The answer goes back too: B's line reaches A.
    b.room.send('chat', { scope: 'booth', text: '2관도 있어요' });
    await waitFor(() => texts(a).includes('2관도 있어요'), WITHIN, 'the reply in shard A');
    // Shard B delivered the line before B's reply went out: the reader of another booth there did not get it.
    expect(texts(bElsewhere)).not.toContain('1관에서 인사드려요');
  });

  it("a late joiner in shard B, and one in a shard started afterwards, get the booth's history from both shards", async () => {
    const late = await come(reader(BOOTH), shardB);
    await waitFor(() => histories(late).length > 0, 3000, 'history');
    expect(histories(late)[0]!.booth.map((l) => l.text)).toEqual(['1관에서 인사드려요', '2관도 있어요']);
    const shardC = (await srv.colyseus.createRoom('hall', {})).roomId;
    const later = await come(reader(BOOTH), shardC);
    await waitFor(() => histories(later).length > 0, 3000, 'history in shard C');
    expect(histories(later)[0]!.booth.map((l) => l.text)).toEqual(['1관에서 인사드려요', '2관도 있어요']);
  });

  it('hearts from both shards add up to one count, shown in both shards within a second', async () => {
    await waitFor(() => lastCount(a) === 0 && lastCount(b) === 0, 3000, 'the count on arrival');
    const t0 = Date.now();
    for (let i = 0; i < 3; i++) a.room.send('emote', { kind: 'heart' });
    for (let i = 0; i < 2; i++) b.room.send('emote', { kind: 'heart' });
    a.room.send('emote', { kind: 'clap' }); // not a heart
    await waitFor(() => lastCount(a) === 5 && lastCount(b) === 5, WITHIN, 'the sum in both shards');
    expect(Date.now() - t0).toBeLessThan(WITHIN);
    // The visitor at the other booth heard nothing of this booth's hearts.
    expect(hearts(bElsewhere).some((h) => h.boothId === BOOTH && h.count > 0)).toBe(false);
    // A visitor who arrives later is told the total.
    const late = await come(reader(BOOTH), shardB);
    await waitFor(() => lastCount(late) === 5, 3000, 'the total on arrival');
  });

  it('hearts that stream are told coalesced: at most 4 updates a second per booth', async () => {
    const before = hearts(b).length;
    const start = lastCount(b);
    // Eight visitors' bursts (8 each: the per-guest budget), from both shards at once.
    const tappers = [
      ...(await Promise.all([0, 1, 2, 3].map(() => come(reader(BOOTH))))),
      ...(await Promise.all([0, 1, 2, 3].map(() => come(reader(BOOTH), shardB)))),
    ];
    await waitFor(() => tappers.every((t) => hearts(t).length > 0), 3000, 'tappers told the count');
    const t0 = Date.now();
    for (const t of tappers) for (let i = 0; i < 8; i++) t.room.send('emote', { kind: 'heart' });
    await waitFor(() => lastCount(b) === start + 64, 3000, 'all 64 counted');
    const seconds = Math.max(1, (Date.now() - t0) / 1000);
    const updates = hearts(b).length - before;
    expect(updates).toBeLessThanOrEqual(Math.ceil(4 * seconds) + 1);
    expect(lastCount(a)).toBe(start + 64);
  });

  it("a guest's pin is refused with a code; a member's pin reaches both shards and late joiners; clearing it too", async () => {
    a.room.send('notice', { boothId: BOOTH, text: '제가 주인이에요' });
    await waitFor(() => refusals(a).some((r) => r.type === 'notice' && r.code === 'notBoothMember'), 3000, 'refused');
    // A member of another booth is no member of this one.
    const neighbour = await come(reader(OTHER, 'visitor', [OTHER]));
    neighbour.room.send('notice', { boothId: BOOTH, text: '옆 부스예요' });
    await waitFor(() => refusals(neighbour).some((r) => r.type === 'notice' && r.code === 'notBoothMember'), 3000, 'neighbour refused');

    const member = await come(reader(BOOTH, 'visitor', [BOOTH]));
    const t0 = Date.now();
    member.room.send('notice', { boothId: BOOTH, text: '  오늘 3시에   라이브 합니다  ' });
    await waitFor(() => lastNotice(a)?.text === '오늘 3시에 라이브 합니다' && lastNotice(b)?.text === '오늘 3시에 라이브 합니다', WITHIN, 'the notice in both shards');
    expect(Date.now() - t0).toBeLessThan(WITHIN);
    expect(notices(bElsewhere).some((m) => m.boothId === BOOTH)).toBe(false);
    const late = await come(reader(BOOTH), shardB);
    await waitFor(() => lastNotice(late)?.text === '오늘 3시에 라이브 합니다', 3000, 'the notice on arrival');
    // Staff may pin any booth's notice, and clear it.
    const staff = await come(reader(OTHER, 'staff'), shardB);
    staff.room.send('notice', { boothId: BOOTH, text: null });
    await waitFor(() => lastNotice(a) === null && lastNotice(b) === null, WITHIN, 'cleared in both shards');
  });

  it('malformed notices are refused with a code, without closing the connection', async () => {
    const member = await come(reader(BOOTH, 'visitor', [BOOTH]), shardB);
    const told = (code: string) => waitFor(() => refusals(member).some((r) => r.type === 'notice' && r.code === code), 3000, code);
    member.room.send('notice', { boothId: BOOTH, text: 42 });
    member.room.send('notice', { text: '부스가 없어요' });
    await told('invalid');
    member.room.send('notice', { boothId: 'no-such-booth', text: '안녕' });
    await told('unknownBooth');
    member.room.send('notice', { boothId: BOOTH, text: '   ' });
    await told('empty');
    member.room.send('notice', { boothId: BOOTH, text: '가'.repeat(141) });
    await told('tooLong');
    expect(member.closed()).toBeNull();
    member.room.send('notice', { boothId: BOOTH, text: '가'.repeat(140) });
    await waitFor(() => lastNotice(member)?.text === '가'.repeat(140), 3000, 'a notice of 140 characters');
  });

  it("staff deleting a booth line removes it in every shard and from the booth's history", async () => {
    a.room.send('chat', { scope: 'booth', text: '지워질 줄' });
    await waitFor(() => texts(b).includes('지워질 줄'), WITHIN, 'the line in shard B');
    const id = lines(b).find((l) => l.text === '지워질 줄')!.id;
    const staff = await come(reader(BOOTH, 'staff'), shardB);
    staff.room.send('moderate', { action: 'delete', messageId: id });
    const deleted = (v: Visitor) => (v.msgs['chatDeleted'] as { id: string }[]).some((d) => d.id === id);
    await waitFor(() => deleted(a) && deleted(b), 3000, 'deleted in both shards');
    const shardD = (await srv.colyseus.createRoom('hall', {})).roomId;
    for (const roomId of [a.room.roomId, shardD]) {
      const late = await come(reader(BOOTH), roomId);
      await waitFor(() => histories(late).length > 0, 3000, 'history');
      expect(histories(late)[0]!.booth.map((l) => l.text)).not.toContain('지워질 줄');
    }
  });
});
