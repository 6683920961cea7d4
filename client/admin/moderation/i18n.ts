import { moderationEn } from '../../../shared/i18n/moderation-en.ts';
import { moderationKo } from '../../../shared/i18n/moderation-ko.ts';
import { addNamespace } from '../../account/i18n.ts';

addNamespace('moderation', moderationKo, moderationEn);
