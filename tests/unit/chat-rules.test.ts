import { describe, expect, it } from 'vitest';
import { chatEn } from '../../shared/i18n/chat-en.ts';
import { chatKo } from '../../shared/i18n/chat-ko.ts';
import {
  CHAT_MAX_CODE_POINTS,
  chatRecipients,
  sanitizeChatText,
} from '../../shared/chat/rules.ts';
import type { ChatVisitor } from '../../shared/chat/rules.ts';

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
    expect(sanitizeChatText('가'.repeat(300)).ok).toBe(true);
    expect(sanitizeChatText('😀'.repeat(300)).ok).toBe(true); // 600 UTF-16 units
    expect(sanitizeChatText('가'.repeat(301))).toEqual({ ok: false, reason: 'tooLong' });
    // whitespace that collapses does not count against the limit
    expect(sanitizeChatText('가'.repeat(150) + ' '.repeat(500) + '가'.repeat(149)).ok).toBe(true);
  });

  it('tells a visitor over the limit the same number it enforces, in Korean and English', () => {
    expect(sanitizeChatText('가'.repeat(CHAT_MAX_CODE_POINTS + 1))).toEqual({ ok: false, reason: 'tooLong' });
    for (const sentence of [chatKo.err_tooLong, chatEn.err_tooLong]) expect(sentence).toContain(String(CHAT_MAX_CODE_POINTS));
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

