import { chatEn } from '../../shared/i18n/chat-en.ts';
import { chatKo } from '../../shared/i18n/chat-ko.ts';
import { en } from '../../shared/i18n/en.ts';
import { inquiryEn } from '../../shared/i18n/inquiry-en.ts';
import { inquiryKo } from '../../shared/i18n/inquiry-ko.ts';
import { ko } from '../../shared/i18n/ko.ts';
import { ordersEn } from '../../shared/i18n/orders-en.ts';
import { ordersKo } from '../../shared/i18n/orders-ko.ts';
import { privacyEn } from '../../shared/i18n/privacy-en.ts';
import { privacyKo } from '../../shared/i18n/privacy-ko.ts';
import { worldEn } from '../../shared/i18n/world-en.ts';
import { worldKo } from '../../shared/i18n/world-ko.ts';

/**
 * Every namespace in both languages; 'world' and 'chat' come from their engineers' own files. 'orders'
 * is here, not in a chunk, because buying sits on the booth page in /list and in the world's dialog.
 */
export const resources = {
  ko: { ...ko, world: worldKo, chat: chatKo, inquiry: inquiryKo, privacy: privacyKo, orders: ordersKo },
  en: { ...en, world: worldEn, chat: chatEn, inquiry: inquiryEn, privacy: privacyEn, orders: ordersEn },
} as const;

export const NAMESPACES = Object.keys(resources.ko) as (keyof typeof resources.ko)[];
