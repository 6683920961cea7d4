import { describe, expect, it } from 'vitest';
import { cookieValue, decideLang, langCookie, langFromAcceptLanguage, LANG_COOKIE } from '../../shared/i18n/langChoice.ts';

describe('the language a page is rendered in', () => {
  it('Korean unless the browser prefers English', () => {
    const cases: [string | undefined, 'ko' | 'en'][] = [
      [undefined, 'ko'],
      ['', 'ko'],
      ['ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7', 'ko'],
      ['en-US,en;q=0.9', 'en'],
      ['en-GB', 'en'],
      ['en-US,en;q=0.9,ko;q=0.8', 'en'],
      ['ko;q=0.5, en;q=0.9', 'en'],
      // Neither listed (a French browser): the exhibition's own language.
      ['fr-FR,fr;q=0.9', 'ko'],
      // English named after French only: still preferred to Korean, which is not asked for at all.
      ['fr-FR,en;q=0.5', 'en'],
      // A tie goes to Korean.
      ['en;q=0.8,ko;q=0.8', 'ko'],
      // q=0 means "not acceptable"; junk q values are ignored.
      ['en;q=0,ko;q=0.1', 'ko'],
      ['en;q=abc', 'ko'],
      ['*', 'ko'],
      ['EN-us', 'en'],
    ];
    for (const [header, lang] of cases) expect(langFromAcceptLanguage(header), String(header)).toBe(lang);
  });

  it('?lang= first, then the remembered choice, then Accept-Language', () => {
    expect(decideLang({ query: 'en', cookie: 'ko', acceptLanguage: 'ko' })).toBe('en');
    expect(decideLang({ query: 'ko', cookie: 'en', acceptLanguage: 'en' })).toBe('ko');
    expect(decideLang({ cookie: 'en', acceptLanguage: 'ko-KR' })).toBe('en');
    expect(decideLang({ cookie: 'ko', acceptLanguage: 'en-US' })).toBe('ko');
    expect(decideLang({ acceptLanguage: 'en-US' })).toBe('en');
    expect(decideLang({})).toBe('ko');
    // Values we do not have are ignored, never trusted: the next signal decides.
    expect(decideLang({ query: 'fr', cookie: 'en' })).toBe('en');
    expect(decideLang({ query: 'EN', cookie: 'xx', acceptLanguage: 'en' })).toBe('en');
    expect(decideLang({ query: '', cookie: '', acceptLanguage: 'ko' })).toBe('ko');
  });

  it('reads the cookie out of a Cookie header and writes it for the whole site for a year', () => {
    expect(cookieValue('a=1; seeot_lang=en; b=2', LANG_COOKIE)).toBe('en');
    expect(cookieValue('seeot_lang=ko', LANG_COOKIE)).toBe('ko');
    expect(cookieValue('xseeot_lang=en; seeot_langx=en', LANG_COOKIE)).toBeUndefined();
    expect(cookieValue(undefined, LANG_COOKIE)).toBeUndefined();
    expect(langCookie('en', false)).toBe('seeot_lang=en; Path=/; Max-Age=31536000; SameSite=Lax');
    expect(langCookie('ko', true)).toMatch(/; Secure$/);
  });
});
