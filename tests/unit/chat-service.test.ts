import { describe, expect, it } from 'vitest';
import type { ChatLimits } from '../../server/chat/chatLimits.ts';
import { createChatService, type ChatSender } from '../../server/chat/chatService.ts';
import { bannedWordsFrom, DEFAULT_BANNED_WORDS } from '../../server/chat/bannedWords.ts';
import type { ClientMessages } from '../../shared/protocol/index.ts';
import { testChatLimiter } from '../helpers/chatLimiter.ts';

/** A chat service on a test clock; `shard()` makes another one over the same limits: another shard of the hall. */
function setup(opts: { bannedWords?: readonly string[]; limits?: Partial<ChatLimits> } = {}) {
  const clock = { t: 1_000_000 };
  const { limiter, guests } = testChatLimiter(() => clock.t, opts.limits);
  let n = 0;
  const shard = () => createChatService({ shardId: `hall-${++n}`, now: () => clock.t, limiter, ...(opts.bannedWords ? { bannedWords: opts.bannedWords } : {}) });
  return { chat: shard(), shard, clock, guests };
}
const visitor = (n: number, boothId: string | null = null, address: string | null = null): ChatSender => ({
  id: `s${n}`,
  guestId: `g_guest${String(n).padStart(11, '0')}`,
  nickname: `방문객${n}`,
  boothId,
  role: 'visitor',
  address,
});

describe('chat service: accepting a line', () => {
  it('returns a plain-text line with an id and its scope', async () => {
    const { chat } = setup();
    const r = await chat.handleChat(visitor(1), { scope: 'nearby', text: '  안녕하세요 <b>hi</b>\n ' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.message).toMatchObject({ scope: 'nearby', boothId: null, senderId: 's1', shardId: 'hall-1', nickname: '방문객1', staff: false });
    // Sanitised to one line and left as text: no markup is produced, and none is escaped either.
    expect(r.message.text).toBe('안녕하세요 <b>hi</b>');
    expect(r.message.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    const r2 = await chat.handleChat(visitor(1), { scope: 'nearby', text: 'again' });
    expect(r2.ok && r2.message.id).not.toBe(r.message.id);
  });

  it('refuses empty, too long and booth-less booth lines with their codes, and no sentence', async () => {
    const { chat } = setup();
    const code = async (msg: ClientMessages['chat'], s = visitor(1)) => {
      const r = await chat.handleChat(s, msg);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(await code({ scope: 'nearby', text: '   \u200b ' })).toBe('empty');
    expect(await code({ scope: 'nearby', text: '' })).toBe('empty');
    expect(await code({ scope: 'nearby', text: '가'.repeat(300) })).toBe('ok');
    expect(await code({ scope: 'nearby', text: '가'.repeat(301) })).toBe('tooLong');
    expect(await code({ scope: 'nearby', text: 'x'.repeat(4096) })).toBe('tooLong');
    expect(await code({ scope: 'booth', text: 'hi' })).toBe('notAtBooth');
    // The server says what went wrong; the sentence is the client's (shared/i18n).
    expect(await chat.handleChat(visitor(1), { scope: 'nearby', text: '' })).toEqual({ ok: false, error: { code: 'empty' } });
  });

  it('masks banned words from the default list and the configured extras', async () => {
    const { chat } = setup({ bannedWords: bannedWordsFrom('바보, spam ,') });
    const r = await chat.handleChat(visitor(1), { scope: 'nearby', text: '이 바 보야 SPAM 씨발 좋아요' });
    expect(r.ok && r.message.text).toBe('이 * *야 **** ** 좋아요');
    expect(bannedWordsFrom(undefined)).toEqual([...DEFAULT_BANNED_WORDS]);
  });
});

describe('chat service: limits', () => {
  it('rate-limits a visitor with retryAfter, per visitor, and lets them talk again later', async () => {
    const { chat, clock } = setup({ limits: { chat: { capacity: 3, refillPerSec: 0.5 } } });
    for (let i = 0; i < 3; i++) expect((await chat.handleChat(visitor(1), { scope: 'nearby', text: `m${i}` })).ok).toBe(true);
    const r = await chat.handleChat(visitor(1), { scope: 'nearby', text: 'too fast' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('rateLimited');
    expect(r.error.retryAfterMs).toBe(2000);
    expect((await chat.handleChat(visitor(2), { scope: 'nearby', text: 'someone else' })).ok).toBe(true);
    clock.t += 1999;
    expect((await chat.handleChat(visitor(1), { scope: 'nearby', text: 'still early' })).ok).toBe(false);
    clock.t += 1;
    expect((await chat.handleChat(visitor(1), { scope: 'nearby', text: 'now' })).ok).toBe(true);
  });

  it('puts hall chat in slow mode (1 per 5 s) without spending the other scopes’ budget; staff are exempt', async () => {
    const { chat, clock } = setup();
    expect((await chat.handleChat(visitor(1), { scope: 'hall', text: 'hello hall' })).ok).toBe(true);
    const slow = await chat.handleChat(visitor(1), { scope: 'hall', text: 'again' });
    expect(!slow.ok && slow.error).toMatchObject({ code: 'slowMode', retryAfterMs: 5000 });
    // Refused hall lines did not eat chat tokens: 4 of the burst of 5 are left for nearby.
    for (let i = 0; i < 4; i++) expect((await chat.handleChat(visitor(1), { scope: 'nearby', text: `n${i}` })).ok).toBe(true);
    const spent = await chat.handleChat(visitor(1), { scope: 'nearby', text: 'n5' });
    expect(!spent.ok && spent.error.code).toBe('rateLimited');
    clock.t += 5000; // slow mode over, and 2.5 chat tokens back
    expect((await chat.handleChat(visitor(1), { scope: 'hall', text: 'later' })).ok).toBe(true);
    const staff: ChatSender = { ...visitor(9), role: 'staff' };
    expect((await chat.handleChat(staff, { scope: 'hall', text: '안내 1' })).ok).toBe(true);
    const s2 = await chat.handleChat(staff, { scope: 'hall', text: '안내 2' });
    expect(s2.ok && s2.message.staff).toBe(true);
  });

  it('limits hearts and emotes', async () => {
    const { chat, clock } = setup({ limits: { emote: { capacity: 2, refillPerSec: 2 } } });
    expect(await chat.handleEmote(visitor(1), { kind: 'heart' })).toEqual({ ok: true, kind: 'heart' });
    expect((await chat.handleEmote(visitor(1), { kind: 'wave' })).ok).toBe(true);
    const r = await chat.handleEmote(visitor(1), { kind: 'heart' });
    expect(!r.ok && r.error).toMatchObject({ code: 'rateLimited', retryAfterMs: 500 });
    clock.t += 500;
    expect((await chat.handleEmote(visitor(1), { kind: 'heart' })).ok).toBe(true);
  });

  it('blocks a muted visitor until the mute expires', async () => {
    const { chat, clock } = setup();
    chat.mute(visitor(1).guestId, clock.t + 60_000);
    const r = await chat.handleChat(visitor(1), { scope: 'nearby', text: 'hi' });
    expect(!r.ok && r.error).toMatchObject({ code: 'muted', retryAfterMs: 60_000 });
    clock.t += 60_000;
    expect((await chat.handleChat(visitor(1), { scope: 'nearby', text: 'hi' })).ok).toBe(true);
    expect(chat.mutedFor(visitor(1).guestId)).toBe(0);
  });
});

describe('chat service: history, delete, report', () => {
  it('keeps the last 50 hall lines and the last 50 per booth for late joiners', async () => {
    const { chat, clock } = setup();
    for (let i = 0; i < 60; i++) {
      clock.t += 5000; // past slow mode
      const v = visitor(i);
      expect((await chat.handleChat(v, { scope: 'hall', text: `hall ${i}` })).ok).toBe(true);
      expect((await chat.handleChat({ ...v, boothId: i % 2 ? 'coop-a' : 'coop-b' }, { scope: 'booth', text: `booth ${i}` })).ok).toBe(true);
      expect((await chat.handleChat(v, { scope: 'nearby', text: `near ${i}` })).ok).toBe(true);
    }
    const hall = chat.history('hall');
    expect(hall).toHaveLength(50);
    expect(hall[0]!.text).toBe('hall 10');
    expect(hall[49]!.text).toBe('hall 59');
    expect(chat.history('booth', 'coop-a').map((l) => l.text)).toEqual(Array.from({ length: 30 }, (_, k) => `booth ${2 * k + 1}`));
    expect(chat.history('booth', 'nowhere')).toEqual([]);
    expect(hall.some((l) => l.text.startsWith('near'))).toBe(false);
  });

  it('deletes a line from history and returns it', async () => {
    const { chat } = setup();
    const r = await chat.handleChat(visitor(1), { scope: 'hall', text: 'oops' });
    if (!r.ok) throw new Error('expected ok');
    expect(chat.deleteMessage(r.message.id)?.text).toBe('oops');
    expect(chat.history('hall')).toEqual([]);
    expect(chat.deleteMessage(r.message.id)).toBeNull();
  });

  it('takes hall lines from other shards into history, once', async () => {
    const { chat } = setup();
    const line = { id: 'remote1', scope: 'hall' as const, boothId: null, senderId: 'x', shardId: 'hall-2', nickname: '손님', staff: false, text: '안녕', at: 1 };
    chat.acceptRemote(line);
    chat.acceptRemote(line);
    expect(chat.history('hall')).toEqual([line]);
  });

  it('stores reports for staff with the offender, rate-limited, refusing unknown ids', async () => {
    const { chat } = setup({ limits: { report: { capacity: 2, refillPerSec: 1 / 60 } } });
    const said = await chat.handleChat(visitor(1), { scope: 'nearby', text: '나쁜 말' });
    if (!said.ok) throw new Error('expected ok');
    const r = await chat.report(visitor(2), { messageId: said.message.id, reason: 'abuse' });
    expect(r.ok && r.report).toMatchObject({ reason: 'abuse', reporter: { id: 's2' }, line: { text: '나쁜 말' }, offenderGuestId: visitor(1).guestId });
    expect(chat.reports()).toHaveLength(1);
    expect(chat.authorOf(said.message.id)).toBe(visitor(1).guestId);
    const unknown = await chat.report(visitor(2), { messageId: 'nope', reason: 'abuse' });
    expect(!unknown.ok && unknown.error.code).toBe('notFound');
    expect((await chat.report(visitor(2), { messageId: said.message.id, reason: 'spam' })).ok).toBe(true);
    const limited = await chat.report(visitor(2), { messageId: said.message.id, reason: 'spam' });
    expect(!limited.ok && limited.error).toMatchObject({ code: 'rateLimited', retryAfterMs: 60_000 });
  });
});

describe('chat service: limits outlive a connection and count per address', () => {
  const hall = (text: string) => ({ scope: 'hall' as const, text });

  it("follow a guest to another shard and back: leaving and rejoining refills nothing", async () => {
    const { chat, shard } = setup();
    for (let i = 0; i < 5; i++) expect((await chat.handleChat(visitor(1), { scope: 'nearby', text: `m${i}` })).ok).toBe(true);
    // The same guest in another shard (or back after leaving: the service keeps no per-visitor state).
    const elsewhere = shard();
    const r = await elsewhere.handleChat(visitor(1), { scope: 'nearby', text: 'fresh start?' });
    expect(!r.ok && r.error.code).toBe('rateLimited');
    const other = setup();
    expect((await other.chat.handleChat(visitor(2), hall('first'))).ok).toBe(true);
    const slow = await other.shard().handleChat(visitor(2), hall('second, from a second tab'));
    expect(!slow.ok && slow.error.code).toBe('slowMode');
  });

  it('twenty fresh guests from one address cannot post twenty hall lines in a second', async () => {
    const { chat, clock, guests } = setup();
    const address = '203.0.113.5';
    for (let n = 1; n <= 20; n++) await guests.add(address, visitor(n).guestId);
    const codes: string[] = [];
    for (let n = 1; n <= 20; n++) {
      const r = await chat.handleChat(visitor(n, null, address), hall(`광고 ${n}`));
      codes.push(r.ok ? 'ok' : r.error.code);
      clock.t += 40; // 20 lines in 0.8 s
    }
    // A burst of 5, then the crowd's refill (20 guests × one line per 5 s = 4/s): 8 in 0.8 s.
    expect(codes.filter((c) => c === 'ok')).toHaveLength(8);
    expect(new Set(codes.filter((c) => c !== 'ok'))).toEqual(new Set(['networkBusy']));
    // Someone on another network is not affected, and staff on this one are exempt.
    expect((await chat.handleChat(visitor(99, null, '198.51.100.7'), hall('다른 곳'))).ok).toBe(true);
    expect((await chat.handleChat({ ...visitor(98, null, address), role: 'staff' }, hall('안내'))).ok).toBe(true);
  });

  it('a classroom of 50 behind one address talks at a human pace, and all say hi at once', async () => {
    const { chat, clock, guests } = setup();
    const address = '192.0.2.10';
    const pupils = Array.from({ length: 50 }, (_, i) => visitor(i + 1, null, address));
    for (const p of pupils) await guests.add(address, p.guestId);
    // "Everyone say hi": 50 hall lines within 5 s.
    for (const p of pupils) {
      const r = await chat.handleChat(p, hall(`안녕 ${p.id}`));
      expect(r.ok, `hi from ${p.id}`).toBe(true);
      clock.t += 100;
    }
    // Then two minutes of conversation: each pupil a hall or nearby line about every 10 s, in turn.
    const refused: string[] = [];
    for (let t = 0; t < 120_000; t += 200) {
      clock.t += 200;
      const p = pupils[(t / 200) % 50]!;
      const r = await chat.handleChat(p, (t / 200) % 3 === 0 ? { scope: 'nearby', text: '여기 봐' } : hall(`${p.id} ${t}`));
      if (!r.ok) refused.push(r.error.code);
    }
    expect(refused).toEqual([]);
  });
});
