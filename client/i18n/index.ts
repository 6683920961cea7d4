import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Lang, Localized } from '../../shared/schemas/localized.ts';
import { isLang, localized } from './localized.ts';
import { NAMESPACES, resources } from './resources.ts';

export { localized, isLang };

/** Where the visitor's language choice is remembered across visits and routes. */
export const LANG_STORAGE_KEY = 'seeot.lang';

function storedLang(): Lang {
  try {
    const v = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    return isLang(v) ? v : 'ko';
  } catch {
    // Storage can throw (privacy modes); Korean is the default.
    return 'ko';
  }
}

function applyHtmlLang(lang: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = isLang(lang) ? lang : 'ko';
}

/** One i18next instance for the app; resources are bundled, so init is synchronous. */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: storedLang(),
  fallbackLng: 'ko',
  supportedLngs: ['ko', 'en'],
  ns: NAMESPACES,
  defaultNS: 'common',
  // React escapes text itself; i18next escaping would double-escape.
  interpolation: { escapeValue: false },
  initAsync: false,
});
applyHtmlLang(i18n.language);
i18n.on('languageChanged', applyHtmlLang);

export function currentLang(): Lang {
  return isLang(i18n.language) ? i18n.language : 'ko';
}

/** Switch language everywhere, remember it and set <html lang>. */
export function setLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not remembered, but the switch still applies for this visit.
  }
  void i18n.changeLanguage(lang);
}

/** The current language, re-rendering on change, plus a bound `localized`. */
export function useLang(): { lang: Lang; l: (text: Localized) => string } {
  const { i18n: inst } = useTranslation();
  const lang: Lang = isLang(inst.language) ? inst.language : 'ko';
  return { lang, l: (text) => localized(text, lang) };
}
