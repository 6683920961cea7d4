import { analyticsEn } from '../../shared/i18n/analytics-en.ts';
import { analyticsKo } from '../../shared/i18n/analytics-ko.ts';
import { addNamespace } from '../account/i18n.ts';

addNamespace('analytics', analyticsKo, analyticsEn);
