import { en } from '../../shared/i18n/en.ts';
import { ko } from '../../shared/i18n/ko.ts';
import { worldEn } from '../../shared/i18n/world-en.ts';
import { worldKo } from '../../shared/i18n/world-ko.ts';

/** Every namespace in both languages; 'world' comes from the world engineers' files. */
export const resources = {
  ko: { ...ko, world: worldKo },
  en: { ...en, world: worldEn },
} as const;

export const NAMESPACES = Object.keys(resources.ko) as (keyof typeof resources.ko)[];
