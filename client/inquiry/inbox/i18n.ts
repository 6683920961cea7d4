/** The inbox's strings join the page's i18n instance with /studio's chunk, not with the visitor's pages. */
import { inquiryInboxEn } from '../../../shared/i18n/inquiry-inbox-en.ts';
import { inquiryInboxKo } from '../../../shared/i18n/inquiry-inbox-ko.ts';
import { addNamespace } from '../../account/i18n.ts';

addNamespace('inquiryInbox', inquiryInboxKo, inquiryInboxEn);
