/** The 'replays' strings join the page's i18n when the replays part loads (both languages, no fetch). */
import { replaysEn } from '../../shared/i18n/replays-en.ts';
import { replaysKo } from '../../shared/i18n/replays-ko.ts';
import { i18n } from '../i18n/index.ts';

if (!i18n.hasResourceBundle('ko', 'replays')) {
  i18n.addResourceBundle('ko', 'replays', replaysKo);
  i18n.addResourceBundle('en', 'replays', replaysEn);
}
