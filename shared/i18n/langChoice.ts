import type { Lang } from '../schemas/localized.ts';

/**
 * Which language a page is in, decided before its first byte so the server's HTML is already in it.
 * The same rule for every page: an explicit `?lang=` in the link, then the visitor's remembered
 * choice (this cookie, written when they pick a language and on `?lang=`), then the browser's
 * Accept-Language, and Korean, the exhibition's own language, when nothing says otherwise.
 */
export const LANG_COOKIE = 'seeot_lang';

/** A year: the choice is a preference, not a session. */
export const LANG_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;

/** `value` as a language we have, or null (anything else in a query or cookie is ignored). */
export function asLang(value: unknown): Lang | null {
  return value === 'ko' || value === 'en' ? value : null;
}

/**
 * Korean unless the browser prefers English to Korean. Each language range keeps its q (default 1;
 * q=0 means "not acceptable"); the better of `ko` and `en` wins, Korean on a tie, and a browser
 * that lists neither (e.g. only French) gets Korean.
 */
export function langFromAcceptLanguage(header: string | undefined): Lang {
  let ko = 0;
  let en = 0;
  for (const part of (header ?? '').split(',')) {
    const [range = '', ...params] = part.trim().split(';');
    const primary = range.trim().toLowerCase().split('-')[0];
    if (primary !== 'ko' && primary !== 'en') continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.toLowerCase().startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q) || q <= 0 || q > 1) continue;
    if (primary === 'ko') ko = Math.max(ko, q);
    else en = Math.max(en, q);
  }
  return en > ko ? 'en' : 'ko';
}

export interface LangSignals {
  /** The `lang` query parameter, if any. */
  query?: string | undefined;
  /** The LANG_COOKIE value, if any. */
  cookie?: string | undefined;
  /** The Accept-Language header, if any. */
  acceptLanguage?: string | undefined;
}

/** The page's language from what the request carries, in the order described above. */
export function decideLang({ query, cookie, acceptLanguage }: LangSignals): Lang {
  return asLang(query) ?? asLang(cookie) ?? langFromAcceptLanguage(acceptLanguage);
}

/** The value of one cookie in a Cookie header (first occurrence), or undefined. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).trim() !== name) continue;
    return pair.slice(eq + 1).trim();
  }
  return undefined;
}

/** The Set-Cookie / document.cookie text remembering `lang` for the whole site. */
export function langCookie(lang: Lang, secure: boolean): string {
  return `${LANG_COOKIE}=${lang}; Path=/; Max-Age=${LANG_COOKIE_MAX_AGE_S}; SameSite=Lax${secure ? '; Secure' : ''}`;
}
