import { adminEn } from '../../shared/i18n/admin-en.ts';
import { adminKo } from '../../shared/i18n/admin-ko.ts';
import { addNamespace } from '../account/i18n.ts';

addNamespace('admin', adminKo, adminEn);
