/** The 'liveNow' strings join the page's i18n when a "live now" part loads (both languages, no fetch). */
import { liveNowEn } from '../../shared/i18n/live-now-en.ts';
import { liveNowKo } from '../../shared/i18n/live-now-ko.ts';
import { i18n } from '../i18n/index.ts';

if (!i18n.hasResourceBundle('ko', 'liveNow')) {
  i18n.addResourceBundle('ko', 'liveNow', liveNowKo);
  i18n.addResourceBundle('en', 'liveNow', liveNowEn);
}
