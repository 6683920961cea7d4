/**
 * The private pages' strings join the page's i18n instance when their chunk loads, not with the
 * landing page's JavaScript (client/i18n/resources.ts bundles only what every visitor needs).
 * Both languages at once, so the language switch works without a fetch.
 */
import { accountEn } from '../../shared/i18n/account-en.ts';
import { accountKo } from '../../shared/i18n/account-ko.ts';
import { i18n } from '../i18n/index.ts';

export function addNamespace(ns: string, ko: Record<string, string>, en: Record<string, string>): void {
  if (i18n.hasResourceBundle('ko', ns)) return;
  i18n.addResourceBundle('ko', ns, ko);
  i18n.addResourceBundle('en', ns, en);
}

addNamespace('account', accountKo, accountEn);
