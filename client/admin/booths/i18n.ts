import { adminBoothsEn } from '../../../shared/i18n/admin-booths-en.ts';
import { adminBoothsKo } from '../../../shared/i18n/admin-booths-ko.ts';
import { addNamespace } from '../../account/i18n.ts';

addNamespace('adminBooths', adminBoothsKo, adminBoothsEn);
