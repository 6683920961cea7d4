import { adminEn } from '../../shared/i18n/admin-en.ts';
import { adminKo } from '../../shared/i18n/admin-ko.ts';
import { enterpriseImportEn } from '../../shared/i18n/enterprise-import-en.ts';
import { enterpriseImportKo } from '../../shared/i18n/enterprise-import-ko.ts';
import { addNamespace } from '../account/i18n.ts';

addNamespace('admin', adminKo, adminEn);
addNamespace('enterprise-import', enterpriseImportKo, enterpriseImportEn);
