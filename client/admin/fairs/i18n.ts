import { adminFairsEn } from '../../../shared/i18n/fairs-admin-en.ts';
import { adminFairsKo } from '../../../shared/i18n/fairs-admin-ko.ts';
import { fairsEn } from '../../../shared/i18n/fairs-en.ts';
import { fairsKo } from '../../../shared/i18n/fairs-ko.ts';
import { addNamespace } from '../../account/i18n.ts';

addNamespace('adminFairs', adminFairsKo, adminFairsEn);
// The event kinds' names are the visitors' words.
addNamespace('fairs', fairsKo, fairsEn);
