import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { asLang, cookieValue, langCookie, LANG_COOKIE } from '../../shared/i18n/langChoice.ts';
import type { Lang, Localized } from '../../shared/schemas/localized.ts';
import { BOOT_ELEMENT_ID } from '../../shared/page/bootElement.ts';
import { isLang, localized } from './localized.ts';
import { NAMESPACES, resources } from './resources.ts';

export { localized, isLang };

/** One i18next instance in `lang`; resources are bundled, so init is synchronous. */
export function createI18n(lang: Lang): I18n {
  const inst = i18next.createInstance();
  void inst.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: 'ko',
    supportedLngs: ['ko', 'en'],
    ns: NAMESPACES,
    defaultNS: 'common',
    // React escapes text itself; i18next escaping would double-escape.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return inst;
}

function cookieLang(): Lang | null {
  return typeof document === 'undefined' ? null : asLang(cookieValue(document.cookie, LANG_COOKIE));
}

/**
 * The language the page starts in: the one the server rendered it in (so hydration matches), which
 * it always writes into <html lang>; else (Vite's dev server, no server rendering) the visitor's
 * remembered choice, else Korean.
 */
function initialLang(): Lang {
  if (typeof document === 'undefined') return 'ko';
  const rendered = document.getElementById(BOOT_ELEMENT_ID) ? asLang(document.documentElement.lang) : null;
  return rendered ?? cookieLang() ?? 'ko';
}

function applyHtmlLang(lang: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = isLang(lang) ? lang : 'ko';
}

/** The browser's one instance for the app. The server renders with its own per language. */
export const i18n = createI18n(initialLang());
applyHtmlLang(i18n.language);
i18n.on('languageChanged', applyHtmlLang);

export function currentLang(): Lang {
  return isLang(i18n.language) ? i18n.language : 'ko';
}

/** Switch language everywhere, remember it for the server (cookie) and set <html lang>. */
export function setLang(lang: Lang): void {
  document.cookie = langCookie(lang, location.protocol === 'https:');
  void i18n.changeLanguage(lang);
}

/** The current language, re-rendering on change, plus a bound `localized`. */
export function useLang(): { lang: Lang; l: (text: Localized) => string } {
  const { i18n: inst } = useTranslation();
  const lang: Lang = isLang(inst.language) ? inst.language : 'ko';
  return { lang, l: (text) => localized(text, lang) };
}
