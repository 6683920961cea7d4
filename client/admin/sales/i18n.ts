import { adminSalesEn } from '../../../shared/i18n/sales-admin-en.ts';
import { adminSalesKo } from '../../../shared/i18n/sales-admin-ko.ts';
import { addNamespace } from '../../account/i18n.ts';

addNamespace('adminSales', adminSalesKo, adminSalesEn);
