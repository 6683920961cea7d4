import { describe, expect, it } from 'vitest';
import { createChatService, type ChatSender } from '../../server/chat/chatService.ts';
import { bannedWordsFrom, DEFAULT_BANNED_WORDS } from '../../server/chat/bannedWords.ts';

function setup(opts: Partial<Parameters<typeof createChatService>[0]> = {}) {
  const clock = { t: 1_000_000 };
  const chat = createChatService({ shardId: 'hall-1', now: () => clock.t, ...opts });
  return { chat, clock };
}
const visitor = (n: number, boothId: string | null = null): ChatSender => ({
  id: `s${n}`,
  guestId: `g_guest${String(n).padStart(11, '0')}`,
  nickname: `방문객${n}`,
  boothId,
  role: 'visitor',
});

describe('chat service: accepting a line', () => {
  it('returns a plain-text line with an id, scope and recipients', () => {
    const { chat } = setup();
    const r = chat.handleChat(visitor(1), { scope: 'nearby', text: '  안녕하세요 <b>hi</b>\n ' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scope).toBe('nearby');
    expect(r.recipients).toBe('nearby');
    expect(r.message).toMatchObject({ scope: 'nearby', boothId: null, senderId: 's1', shardId: 'hall-1', nickname: '방문객1', staff: false });
    // Sanitised to one line and left as text: no markup is produced, and none is escaped either.
    expect(r.message.text).toBe('안녕하세요 <b>hi</b>');
    expect(r.message.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    const r2 = chat.handleChat(visitor(1), { scope: 'nearby', text: 'again' });
    expect(r2.ok && r2.message.id).not.toBe(r.message.id);
  });

  it('refuses empty, too long, malformed and booth-less booth lines with clear codes', () => {
    const { chat } = setup();
    const code = (raw: unknown, s = visitor(1)) => {
      const r = chat.handleChat(s, raw);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code({ scope: 'nearby', text: '   \u200b ' })).toBe('empty');
    expect(code({ scope: 'nearby', text: '가'.repeat(300) })).toBe('ok');
    expect(code({ scope: 'nearby', text: '가'.repeat(301) })).toBe('tooLong');
    expect(code({ scope: 'nearby', text: 'x'.repeat(1_000_000) })).toBe('tooLong');
    expect(code({ scope: 'everyone', text: 'hi' })).toBe('invalid');
    expect(code({ scope: 'nearby', text: 42 })).toBe('invalid');
    expect(code(null)).toBe('invalid');
    expect(code('hi')).toBe('invalid');
    const hostile = Object.defineProperty({}, 'scope', { get: () => { throw new Error('boom'); } });
    expect(code(hostile)).toBe('invalid');
    expect(code({ scope: 'booth', text: 'hi' })).toBe('notAtBooth');
    const err = chat.handleChat(visitor(1), { scope: 'nearby', text: '' });
    expect(!err.ok && err.error.message.ko.length > 0 && err.error.message.en.length > 0).toBe(true);
  });

  it('masks banned words from the default list and the configured extras', () => {
    const { chat } = setup({ bannedWords: bannedWordsFrom('바보, spam ,') });
    const r = chat.handleChat(visitor(1), { scope: 'nearby', text: '이 바 보야 SPAM 씨발 좋아요' });
    expect(r.ok && r.message.text).toBe('이 * *야 **** ** 좋아요');
    expect(bannedWordsFrom(undefined)).toEqual([...DEFAULT_BANNED_WORDS]);
  });
});

describe('chat service: limits', () => {
  it('rate-limits a visitor with retryAfter, per visitor, and lets them talk again later', () => {
    const { chat, clock } = setup({ limits: { chat: { capacity: 3, refillPerSec: 0.5 } } });
    for (let i = 0; i < 3; i++) expect(chat.handleChat(visitor(1), { scope: 'nearby', text: `m${i}` }).ok).toBe(true);
    const r = chat.handleChat(visitor(1), { scope: 'nearby', text: 'too fast' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('rateLimited');
    expect(r.error.retryAfterMs).toBe(2000);
    expect(r.error.message.en).toContain('2 s');
    expect(chat.handleChat(visitor(2), { scope: 'nearby', text: 'someone else' }).ok).toBe(true);
    clock.t += 1999;
    expect(chat.handleChat(visitor(1), { scope: 'nearby', text: 'still early' }).ok).toBe(false);
    clock.t += 1;
    expect(chat.handleChat(visitor(1), { scope: 'nearby', text: 'now' }).ok).toBe(true);
  });

  it('puts hall chat in slow mode (1 per 5 s) without spending the other scopes’ budget; staff are exempt', () => {
    const { chat, clock } = setup();
    expect(chat.handleChat(visitor(1), { scope: 'hall', text: 'hello hall' }).ok).toBe(true);
    const slow = chat.handleChat(visitor(1), { scope: 'hall', text: 'again' });
    expect(!slow.ok && slow.error).toMatchObject({ code: 'slowMode', retryAfterMs: 5000 });
    // Refused hall lines did not eat chat tokens: 4 of the burst of 5 are left for nearby.
    for (let i = 0; i < 4; i++) expect(chat.handleChat(visitor(1), { scope: 'nearby', text: `n${i}` }).ok).toBe(true);
    const spent = chat.handleChat(visitor(1), { scope: 'nearby', text: 'n5' });
    expect(!spent.ok && spent.error.code).toBe('rateLimited');
    clock.t += 5000; // slow mode over, and 2.5 chat tokens back
    expect(chat.handleChat(visitor(1), { scope: 'hall', text: 'later' }).ok).toBe(true);
    const staff: ChatSender = { ...visitor(9), role: 'staff' };
    expect(chat.handleChat(staff, { scope: 'hall', text: '안내 1' }).ok).toBe(true);
    const s2 = chat.handleChat(staff, { scope: 'hall', text: '안내 2' });
    expect(s2.ok && s2.message.staff).toBe(true);
  });

  it('limits hearts and emotes, and validates their kind', () => {
    const { chat, clock } = setup({ limits: { emote: { capacity: 2, refillPerSec: 2 } } });
    expect(chat.handleEmote(visitor(1), { kind: 'heart' })).toEqual({ ok: true, kind: 'heart' });
    expect(chat.handleEmote(visitor(1), { kind: 'wave' }).ok).toBe(true);
    const r = chat.handleEmote(visitor(1), { kind: 'heart' });
    expect(!r.ok && r.error).toMatchObject({ code: 'rateLimited', retryAfterMs: 500 });
    clock.t += 500;
    expect(chat.handleEmote(visitor(1), { kind: 'heart' }).ok).toBe(true);
    const bad = chat.handleEmote(visitor(1), { kind: '<script>' });
    expect(!bad.ok && bad.error.code).toBe('invalid');
  });

  it('blocks a muted visitor until the mute expires', () => {
    const { chat, clock } = setup();
    chat.mute(visitor(1).guestId, clock.t + 60_000);
    const r = chat.handleChat(visitor(1), { scope: 'nearby', text: 'hi' });
    expect(!r.ok && r.error).toMatchObject({ code: 'muted', retryAfterMs: 60_000 });
    clock.t += 60_000;
    expect(chat.handleChat(visitor(1), { scope: 'nearby', text: 'hi' }).ok).toBe(true);
    expect(chat.mutedFor(visitor(1).guestId)).toBe(0);
  });
});

describe('chat service: history, delete, report', () => {
  it('keeps the last 50 hall lines and the last 50 per booth for late joiners', () => {
    const { chat, clock } = setup();
    for (let i = 0; i < 60; i++) {
      clock.t += 5000; // past slow mode
      const v = visitor(i);
      expect(chat.handleChat(v, { scope: 'hall', text: `hall ${i}` }).ok).toBe(true);
      expect(chat.handleChat({ ...v, boothId: i % 2 ? 'coop-a' : 'coop-b' }, { scope: 'booth', text: `booth ${i}` }).ok).toBe(true);
      expect(chat.handleChat(v, { scope: 'nearby', text: `near ${i}` }).ok).toBe(true);
    }
    const hall = chat.history('hall');
    expect(hall).toHaveLength(50);
    expect(hall[0]!.text).toBe('hall 10');
    expect(hall[49]!.text).toBe('hall 59');
    expect(chat.history('booth', 'coop-a').map((l) => l.text)).toEqual(Array.from({ length: 30 }, (_, k) => `booth ${2 * k + 1}`));
    expect(chat.history('booth', 'nowhere')).toEqual([]);
    expect(hall.some((l) => l.text.startsWith('near'))).toBe(false);
  });

  it('deletes a line from history and returns it', () => {
    const { chat } = setup();
    const r = chat.handleChat(visitor(1), { scope: 'hall', text: 'oops' });
    if (!r.ok) throw new Error('expected ok');
    expect(chat.deleteMessage(r.message.id)?.text).toBe('oops');
    expect(chat.history('hall')).toEqual([]);
    expect(chat.deleteMessage(r.message.id)).toBeNull();
  });

  it('takes hall lines from other shards into history, once', () => {
    const { chat } = setup();
    const line = { id: 'remote1', scope: 'hall' as const, boothId: null, senderId: 'x', shardId: 'hall-2', nickname: '손님', staff: false, text: '안녕', at: 1 };
    chat.acceptRemote(line);
    chat.acceptRemote(line);
    expect(chat.history('hall')).toEqual([line]);
  });

  it('stores reports for staff with the offender, rate-limited, refusing unknown ids and reasons', () => {
    const { chat } = setup({ limits: { report: { capacity: 2, refillPerSec: 1 / 60 } } });
    const said = chat.handleChat(visitor(1), { scope: 'nearby', text: '나쁜 말' });
    if (!said.ok) throw new Error('expected ok');
    const r = chat.report(visitor(2), said.message.id, 'abuse');
    expect(r.ok && r.report).toMatchObject({ reason: 'abuse', reporter: { id: 's2' }, line: { text: '나쁜 말' }, offenderGuestId: visitor(1).guestId });
    expect(chat.reports()).toHaveLength(1);
    expect(chat.authorOf(said.message.id)).toBe(visitor(1).guestId);
    const unknown = chat.report(visitor(2), 'nope', 'abuse');
    expect(!unknown.ok && unknown.error.code).toBe('notFound');
    const badReason = chat.report(visitor(2), said.message.id, 'because');
    expect(!badReason.ok && badReason.error.code).toBe('invalid');
    expect(chat.report(visitor(2), said.message.id, 'spam').ok).toBe(true);
    const limited = chat.report(visitor(2), said.message.id, 'spam');
    expect(!limited.ok && limited.error).toMatchObject({ code: 'rateLimited', retryAfterMs: 60_000 });
  });
});
