/**
 * The form's and receipt's strings join the page's i18n instance with the form's chunk: a visitor's
 * page carries only the buttons' (namespace 'inquiry', client/i18n/resources.ts). Both languages at
 * once, so the language switch needs no fetch.
 */
import { inquiryFormEn } from '../../shared/i18n/inquiry-form-en.ts';
import { inquiryFormKo } from '../../shared/i18n/inquiry-form-ko.ts';
import { i18n } from '../i18n/index.ts';

if (!i18n.hasResourceBundle('ko', 'inquiryForm')) {
  i18n.addResourceBundle('ko', 'inquiryForm', inquiryFormKo);
  i18n.addResourceBundle('en', 'inquiryForm', inquiryFormEn);
}
