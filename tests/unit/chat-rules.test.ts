import { describe, expect, it } from 'vitest';
import {
  CHAT_HISTORY_LENGTH,
  CHAT_MAX_CODE_POINTS,
  appendHistory,
  chatRecipients,
  compileBannedWords,
  maskBannedWords,
  sanitizeChatText,
} from '../../shared/chat/rules.ts';
import type { ChatVisitor } from '../../shared/chat/rules.ts';

const codePoints = (s: string): number => [...s].length;

describe('sanitizeChatText', () => {
  it('normalises to NFC, collapses whitespace (newlines too) and trims', () => {
    expect(sanitizeChatText('  안녕\n\n하세요\t여러분\u3000 ! ')).toEqual({ ok: true, value: '안녕 하세요 여러분 !' });
    expect(sanitizeChatText('\u1112\u1161\u11ab')).toEqual({ ok: true, value: '한' });
  });

  it('strips control, zero-width and bidi characters but keeps emoji joiners', () => {
    expect(sanitizeChatText('a\u0000b\u0007c')).toEqual({ ok: true, value: 'abc' });
    expect(sanitizeChatText('pay\u202eusd\u202c now')).toEqual({ ok: true, value: 'payusd now' });
    expect(sanitizeChatText('zero\u200bwidth \u00adsoft \ufeffbom')).toEqual({ ok: true, value: 'zerowidth soft bom' });
    expect(sanitizeChatText('a \u200b b')).toEqual({ ok: true, value: 'a b' }); // no double space left behind
    const family = '👩\u200d👩\u200d👧';
    expect(sanitizeChatText(family)).toEqual({ ok: true, value: family });
    expect(sanitizeChatText('lone \ud800 surrogate')).toEqual({ ok: true, value: 'lone surrogate' });
  });

  it('refuses empty lines, including ones that are empty once cleaned', () => {
    expect(sanitizeChatText('')).toEqual({ ok: false, reason: 'empty' });
    expect(sanitizeChatText(' \n\t\u200b\u202e ')).toEqual({ ok: false, reason: 'empty' });
    expect(sanitizeChatText(undefined)).toEqual({ ok: false, reason: 'empty' });
  });

  it('allows 300 code points (emoji count once), refuses 301', () => {
    expect(CHAT_MAX_CODE_POINTS).toBe(300);
    expect(sanitizeChatText('가'.repeat(300)).ok).toBe(true);
    expect(sanitizeChatText('😀'.repeat(300)).ok).toBe(true); // 600 UTF-16 units
    expect(sanitizeChatText('가'.repeat(301))).toEqual({ ok: false, reason: 'tooLong' });
    // whitespace that collapses does not count against the limit
    expect(sanitizeChatText('가'.repeat(150) + ' '.repeat(500) + '가'.repeat(149)).ok).toBe(true);
  });
});

describe('maskBannedWords', () => {
  it('masks case-insensitively with one * per character, keeping length', () => {
    const text = 'You are a Dummy, DUMMY!';
    const masked = maskBannedWords(text, ['dummy']);
    expect(masked).toBe('You are a *****, *****!');
    expect(masked.length).toBe(text.length);
  });

  it('catches spaces slipped between Hangul syllables and keeps them', () => {
    expect(maskBannedWords('너 바보야', ['바보'])).toBe('너 **야');
    expect(maskBannedWords('너 바 보야', ['바보'])).toBe('너 * *야');
    expect(maskBannedWords('너 바   보', ['바 보'])).toBe('너 *   *'); // a listed space is not required
  });

  it('does not bridge spaces between Latin letters', () => {
    expect(maskBannedWords('was sad', ['ass'])).toBe('was sad');
    expect(maskBannedWords('classy', ['ass'])).toBe('cl***y'); // substring matching, by design
  });

  it('prefers the longer of overlapping words and treats regex characters literally', () => {
    expect(maskBannedWords('개새끼 개', ['개', '개새끼'])).toBe('*** *');
    expect(maskBannedWords('a.b a+b (x) a-b', ['a+b', '(x)', 'a-b'])).toBe('a.b *** *** ***');
  });

  it('keeps code-point length with astral characters and compiles once for reuse', () => {
    const m = compileBannedWords(['😈x']);
    const text = 'hi 😈X there 😈x';
    const masked = maskBannedWords(text, m);
    expect(masked).toBe('hi ** there **');
    expect(codePoints(masked)).toBe(codePoints(text));
    expect(maskBannedWords(text, m)).toBe(masked); // the global regex carries no state between calls
  });

  it('leaves text alone with an empty or blank list', () => {
    expect(compileBannedWords([' ', '']).pattern).toBeNull();
    expect(maskBannedWords('anything', [])).toBe('anything');
  });
});

describe('chatRecipients', () => {
  const v = (id: string, x: number, z: number, boothId: string | null = null): ChatVisitor => ({ id, position: { x, z }, boothId });
  const me = v('me', 0, 0, 'b1');
  const crowd = [me, v('near', 3, 4, 'b2'), v('edge', 15, 0), v('far', 15.01, 0, 'b1'), v('booth', 40, 40, 'b1'), v('nan', Number.NaN, 0)];

  it('nearby: everyone within the radius (inclusive), sender first', () => {
    expect(chatRecipients('nearby', me, crowd, { nearbyRadius: 15 })).toEqual({ ok: true, ids: ['me', 'near', 'edge'] });
    expect(chatRecipients('nearby', me, crowd, { nearbyRadius: -1 })).toEqual({ ok: true, ids: ['me'] });
  });

  it('booth: the visitors at the same booth, wherever they stand', () => {
    expect(chatRecipients('booth', me, crowd, { nearbyRadius: 15 })).toEqual({ ok: true, ids: ['me', 'far', 'booth'] });
    expect(chatRecipients('booth', v('me', 0, 0), crowd, { nearbyRadius: 15 })).toEqual({ ok: false, reason: 'notAtBooth' });
  });

  it('hall: everyone, once each, even if the sender is not in the list', () => {
    const r = chatRecipients('hall', me, crowd, { nearbyRadius: 15 });
    expect(r).toEqual({ ok: true, ids: ['me', 'near', 'edge', 'far', 'booth', 'nan'] });
    expect(chatRecipients('hall', me, crowd.slice(1), { nearbyRadius: 15 })).toEqual(r);
  });
});

describe('appendHistory', () => {
  it('keeps the newest 50 without touching the old list', () => {
    let h: number[] = [];
    for (let i = 0; i < 120; i++) h = appendHistory(h, i);
    expect(h.length).toBe(CHAT_HISTORY_LENGTH);
    expect(h[0]).toBe(70);
    expect(h[49]).toBe(119);
    const before = h.slice();
    appendHistory(h, 999);
    expect(h).toEqual(before);
  });
});
