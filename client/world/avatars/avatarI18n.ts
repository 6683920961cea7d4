/** The 'avatar' strings join the page's i18n when the entry dialog or the name tags load (both languages, no fetch). */
import { avatarEn } from '../../../shared/i18n/avatar-en.ts';
import { avatarKo } from '../../../shared/i18n/avatar-ko.ts';
import { i18n } from '../../i18n/index.ts';

if (!i18n.hasResourceBundle('ko', 'avatar')) {
  i18n.addResourceBundle('ko', 'avatar', avatarKo);
  i18n.addResourceBundle('en', 'avatar', avatarEn);
}
