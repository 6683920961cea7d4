import { describe, expect, it } from 'vitest';
import { validateNickname } from '../../shared/chat/nickname.ts';

const reason = (s: string): string => {
  const r = validateNickname(s);
  return r.ok ? 'ok' : r.reason;
};

describe('validateNickname', () => {
  it('accepts ordinary Korean, English and mixed names, trimmed and NFC-normalised', () => {
    expect(validateNickname('  부천 나들이  ')).toEqual({ ok: true, value: '부천 나들이' });
    expect(validateNickname('Jane   Doe')).toEqual({ ok: true, value: 'Jane Doe' });
    expect(validateNickname('김민지🙂')).toEqual({ ok: true, value: '김민지🙂' });
    // 한 typed as conjoining jamo (U+1112 U+1161 U+11AB) becomes the precomposed syllable
    const r = validateNickname('\u1112\u1161\u11ab글');
    expect(r).toEqual({ ok: true, value: '한글' });
    expect(r.ok && r.value.length).toBe(2);
  });

  it('refuses empty and whitespace-only names', () => {
    expect(reason('')).toBe('empty');
    expect(reason('   \u3000 ')).toBe('empty');
    expect(validateNickname(42)).toEqual({ ok: false, reason: 'empty' });
  });

  it('counts grapheme clusters, not UTF-16 units: 1–20', () => {
    expect(reason('가'.repeat(20))).toBe('ok');
    expect(reason('가'.repeat(21))).toBe('tooLong');
    expect(reason('a'.repeat(21))).toBe('tooLong');
    // 20 family/skin-tone emoji are 20 clusters even though each is several code points
    expect(reason('👍🏽'.repeat(20))).toBe('ok');
    expect(reason('👍🏽'.repeat(21))).toBe('tooLong');
    // decomposed jamo count once NFC has composed them
    expect(reason('\u1112\u1161\u11ab'.repeat(20))).toBe('ok');
  });

  it('refuses a single cluster stacked with combining marks (Zalgo)', () => {
    expect(reason('a' + '\u0301'.repeat(200))).toBe('tooLong');
    expect(reason('é')).toBe('ok');
  });

  it('refuses control and format characters, including zero-width and bidi overrides', () => {
    for (const bad of ['ab\u200bcd', 'ab\u200dcd', 'user\u202eevil', 'a\u2066b', 'tab\there', 'line\nbreak', 'x\u0000', 'na\ufeffme', 'soft\u00adhyphen']) {
      expect(reason(bad), JSON.stringify(bad)).toBe('control');
    }
    // invisible "letters": Hangul fillers and blank braille
    for (const bad of ['\u3164', 'a\u3164b', '\u115f\u1160', '\u2800']) expect(reason(bad), JSON.stringify(bad)).toBe('control');
  });

  it('refuses invisible characters hidden inside a name, wherever they sit', () => {
    for (const bad of ['a\u200ddmin', '운\u200b영자', '김\u034f민지', 'Jane\ufe0f', '민지\u{e0041}', '\u3164민지', 'x\u180ey', 'ab\u2060cd']) {
      expect(reason(bad), JSON.stringify(bad)).toBe('control');
    }
  });

  it('refuses names with no visible letter, digit or emoji', () => {
    for (const bad of ['\u0301', '\u0301\u0308\u0330', '...', '-_-', '★☆']) expect(reason(bad), JSON.stringify(bad)).toBe('noLetter');
  });

  it('accepts honest names: Korean, English, spaces, digits and emoji, joined emoji included', () => {
    const honest = [
      '김민지', '부천 나들이', 'Jane Doe', 'jane_doe99', '민지 2024', '빵순이🍞', '🙂', 'Anne-Marie', 'José', 'Zoë',
      '가족👨\u200d👩\u200d👧', '하트❤\ufe0f', '1\ufe0f\u20e3등', '엄지👍🏽', '🇰🇷 응원단', '🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f} fan',
      '시웃이 친구', '사회적경제인', 'Bucheon Kim', 'ㅋㅋ맨',
    ];
    for (const name of honest) expect(validateNickname(name), name).toEqual({ ok: true, value: name });
  });

  it('refuses staff names spelled with look-alike letters', () => {
    const lookalikes = [
      'ɑdmin', // IPA alpha
      'Ꭺdmin', // Cherokee
      'ᴀᴅᴍɪɴ', // small capitals
      'ꜱtaff', // small capital S
      'ＡＤＭＩＮ', // full-width
      '𝐀𝐃𝐌𝐈𝐍', // mathematical bold
      '🅰🅳🅼🅸🅽', // negative squared
      'ΑDΜΙΝ', // Greek capitals
      'ㅇㅜㄴㅇㅕㅇㅈㅏ', // 운영자 spelled out in jamo
      'ㄱㅘㄴㄹㅣㅈㅏ님', // 관리자 with a compound vowel typed whole
    ];
    for (const name of lookalikes) expect(reason(name), name).toBe('reserved');
  });

  it('refuses staff-like names however they are dressed up', () => {
    const refused = [
      '운영자', '관리자', '스태프', '센터', '시스템', 'admin', 'Administrator', 'STAFF', 'moderator', 'mod', 'system',
      'admin1', '운영자님', '관리자입니다', '부천센터', '센터장', 'the staff', 'Sys Op',
      '운 영 자', '관.리.자', 'a d m i n', 'ADMIN_', '-admin-',
      'ａｄｍｉｎ', // full-width
      'аdmin', // Cyrillic а
      'ädmin', // accent
      '4dm1n', '5taff', 'm0d', 'mod7', 'Mod', '나는운영자다', '시웃월드 공식',
    ];
    for (const name of refused) expect(reason(name), name).toBe('reserved');
  });

  it('does not refuse ordinary names that merely resemble staff words', () => {
    for (const name of ['model', 'modern art', '공지영', 'badminton', '시민', '센스쟁이', '관리', 'admiral', 'ecosystems']) {
      expect(reason(name), name).toBe('ok');
    }
    // The known price of prefix matching: a name that starts with a staff word is refused.
    expect(reason('Staffan')).toBe('reserved');
  });
});
