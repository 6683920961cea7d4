import { describe, expect, it } from 'vitest';
import { StaffActionSchema } from '../../shared/api/moderation.ts';
import { bannedWordsSource, DEFAULT_BANNED_WORDS } from '../../server/chat/bannedWords.ts';
import { createHistory } from '../../server/chat/history.ts';
import type { ChatLine } from '../../server/chat/types.ts';
import { decideStaffAction, PERMANENT_BAN_UNTIL } from '../../server/moderation/decisions.ts';

const staff = { role: 'staff' as const, name: '운영팀' };
const guestId = 'g_AAAAAAAAAAAAAAAA';

describe('decideStaffAction (/admin on a guest id)', () => {
  it('bans for the minutes given, or permanently without them; the reason goes to the visitor', () => {
    expect(decideStaffAction(staff, { action: 'ban', guestId, minutes: 60, reason: '욕설' }, 1000)).toEqual({
      ok: true,
      effect: { type: 'ban', guestId, address: null, until: 1000 + 3_600_000, reason: '욕설' },
    });
    const forever = decideStaffAction(staff, { action: 'ban', guestId, reason: '욕설' }, 1000);
    expect(forever.ok && forever.effect.type === 'ban' && forever.effect.until).toBe(PERMANENT_BAN_UNTIL);
  });

  it('refuses anyone but staff', () => {
    expect(decideStaffAction({ role: 'visitor', name: 'x' }, { action: 'kick', guestId }, 0)).toEqual({ ok: false, error: 'forbidden' });
    expect(decideStaffAction(null, { action: 'delete', messageId: 'abc' }, 0)).toEqual({ ok: false, error: 'forbidden' });
  });

  it('a ban without a reason, or of something not a guest id, does not parse', () => {
    expect(StaffActionSchema.safeParse({ action: 'ban', guestId }).success).toBe(false);
    expect(StaffActionSchema.safeParse({ action: 'ban', guestId, reason: '   ' }).success).toBe(false);
    expect(StaffActionSchema.safeParse({ action: 'kick', guestId: 'guest-1' }).success).toBe(false);
  });
});

describe("a report's context (history.before)", () => {
  const line = (id: string, scope: ChatLine['scope'], boothId: string | null = null): ChatLine => ({ id, scope, boothId, senderId: 's', shardId: 'h', nickname: 'n', staff: false, text: id, at: 0 });

  it('gives the lines said just before in the same place, oldest first, at most n', () => {
    const h = createHistory();
    for (const l of [line('h1', 'hall'), line('b1', 'booth', 'x'), line('h2', 'hall'), line('b2', 'booth', 'y'), line('h3', 'hall'), line('h4', 'hall')]) h.add({ line: l, guestId: 'g' });
    expect(h.before('h4', 2).map((l) => l.id)).toEqual(['h2', 'h3']);
    expect(h.before('b2', 4)).toEqual([]); // booth x's line is another place
    expect(h.before('nope', 4)).toEqual([]);
  });
});

describe('bannedWordsSource', () => {
  it('reads the database once, again after invalidate, and adds BANNED_WORDS', async () => {
    let reads = 0;
    let stored = ['바보'];
    const source = bannedWordsSource('멍청이', async () => (reads++, stored));
    expect(await source.current()).toEqual(['바보', '멍청이']);
    await source.current();
    expect(reads).toBe(1);
    stored = ['바보', '파인애플'];
    source.invalidate();
    expect(await source.current()).toEqual(['바보', '파인애플', '멍청이']);
  });

  it('without a database: the built-in list', async () => {
    expect(await bannedWordsSource(undefined).current()).toEqual([...DEFAULT_BANNED_WORDS]);
  });
});
