/** The 'live' strings join the page's i18n when a live part loads (both languages, no fetch). */
import { liveEn } from '../../shared/i18n/live-en.ts';
import { liveKo } from '../../shared/i18n/live-ko.ts';
import { i18n } from '../i18n/index.ts';

if (!i18n.hasResourceBundle('ko', 'live')) {
  i18n.addResourceBundle('ko', 'live', liveKo);
  i18n.addResourceBundle('en', 'live', liveEn);
}
