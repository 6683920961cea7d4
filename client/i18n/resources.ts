import { chatEn } from '../../shared/i18n/chat-en.ts';
import { chatKo } from '../../shared/i18n/chat-ko.ts';
import { en } from '../../shared/i18n/en.ts';
import { ko } from '../../shared/i18n/ko.ts';
import { worldEn } from '../../shared/i18n/world-en.ts';
import { worldKo } from '../../shared/i18n/world-ko.ts';

/** Every namespace in both languages; 'world' and 'chat' come from their engineers' own files. */
export const resources = {
  ko: { ...ko, world: worldKo, chat: chatKo },
  en: { ...en, world: worldEn, chat: chatEn },
} as const;

export const NAMESPACES = Object.keys(resources.ko) as (keyof typeof resources.ko)[];
