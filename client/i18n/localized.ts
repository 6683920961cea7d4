import type { Lang, Localized } from '../../shared/schemas/localized.ts';

/** The text of a catalogue title in `lang` (Korean is the source and the fallback). */
export function localized(l: Localized, lang: Lang): string {
  return (lang === 'en' ? l.en : l.ko) || l.ko;
}

export function isLang(value: unknown): value is Lang {
  return value === 'ko' || value === 'en';
}
