import { describe, expect, it } from 'vitest';
import { foldString, foldText, isInvisible } from '../../shared/text/normalize.ts';

describe('foldString: look-alike spellings fold to the plain word', () => {
  it('folds width, mathematical, circled, superscript and squared forms (NFKC)', () => {
    for (const s of ['ｆｕｃｋ', '𝐟𝐮𝐜𝐤', '𝔣𝔲𝔠𝔨', 'ⓕⓤⓒⓚ', 'FUCK', '🄵🅄🄲🄺']) expect(foldString(s), s).toBe('fuck');
    expect(foldString('ﬀ')).toBe('ff');
    expect(foldString('ＡＤＭＩＮ')).toBe('admin');
  });

  it('drops accents on Latin letters, precomposed or combining', () => {
    expect(foldString('fück')).toBe('fuck');
    expect(foldString('fu\u0308ck')).toBe('fuck');
    expect(foldString('ÀDMÌN')).toBe('admin');
  });

  it('maps Latin look-alikes that NFKC leaves alone', () => {
    const admins = [
      'ɑdmin', // IPA alpha
      'Ꭺdmin', // Cherokee capital
      '\uab7admin', // Cherokee small letter (what Ꭺ lower-cases to)
      'ᴀᴅᴍɪɴ', // small capitals
      'аdmin', // Cyrillic а
      'ΑDΜΙΝ', // Greek capitals
      '🅰🅳🅼🅸🅽', // negative squared letters
    ];
    for (const s of admins) expect(foldString(s), s).toBe('admin');
    expect(foldString('ꜱtaff')).toBe('staff');
  });

  it('drops invisible characters: joiners, variation selectors, tags, CGJ, Hangul fillers', () => {
    for (const inv of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufe0f', '\u{e0020}', '\u034f', '\u115f', '\u1160', '\u3164', '\uffa0', '\u00ad', '\u180e']) {
      expect(isInvisible(inv), inv.codePointAt(0)!.toString(16)).toBe(true);
      expect(foldString(`시${inv}발`), inv.codePointAt(0)!.toString(16)).toBe('시발');
    }
  });

  it('keeps punctuation, digits and spaces (gaps are the matcher’s rule)', () => {
    expect(foldString('f.u c-1')).toBe('f.u c-1');
  });

  it('leaves Hangul syllables whole and composes spelled-out jamo', () => {
    expect(foldString('안녕하세요')).toBe('안녕하세요');
    expect(foldString('ㅅㅣㅂㅏㄹ')).toBe('시발');
    expect(foldString('ㅇㅜㄴㅇㅕㅇㅈㅏ')).toBe('운영자');
    // half-width and conjoining jamo count as the keyboard's compatibility jamo
    expect(foldString('ﾡ')).toBe('ㄱ');
    expect(foldString('\u1109\u1175')).toBe('시'); // NFKC composes a conjoining pair
    expect(foldString('\u1109')).toBe('ㅅ');
  });

  it('does not compose what a keyboard would not: consonant runs, a lone final after a syllable', () => {
    expect(foldString('ㅋㅋㅋ')).toBe('ㅋㅋㅋ');
    expect(foldString('ㅅㅂ')).toBe('ㅅㅂ');
    expect(foldString('좋아ㅋㅋ')).toBe('좋아ㅋㅋ');
    expect(foldString('ㅠㅠ')).toBe('ㅠㅠ');
    // a consonant before a vowel starts the next syllable
    expect(foldString('ㄷㅏㄹㄱㅏ')).toBe('달가');
  });
});

describe('foldText: each folded character knows where it came from', () => {
  it('maps folded characters back to original UTF-16 spans', () => {
    const text = 'A\u200d𝐛ㅅㅣ!';
    const f = foldText(text);
    expect(f.chars).toEqual(['a', 'b', '시', '!']);
    // 𝐛 is a surrogate pair; 시 was spelled with two jamo; the ZWJ belongs to no folded character
    expect(f.chars.map((_, i) => text.slice(f.start[i], f.end[i]))).toEqual(['A', '𝐛', 'ㅅㅣ', '!']);
  });

  it('gives every character of an expansion the whole original character', () => {
    const f = foldText('㎏');
    expect(f.chars).toEqual(['k', 'g']);
    expect(f.start).toEqual([0, 0]);
    expect(f.end).toEqual([1, 1]);
  });
});
