import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isFilterActive, type BoothFilter } from '../../shared/catalogue/filters.ts';
import { CERTIFICATION_LABELS, CERTIFICATION_TYPES, PRODUCT_CATEGORIES, PRODUCT_CATEGORY_IDS, type CertificationType, type ProductCategory } from '../../shared/schemas/procurement.ts';
import { useLang } from '../i18n/index.ts';

/**
 * The procurement filters (category, certification, 우선구매 가능) as plain form controls, for /list's
 * finder and the world's search. Controlled: the owner keeps the filter (in the URL, or in state).
 */
export function ProcurementFilters({ filter, onChange, className }: { filter: BoothFilter; onChange(next: BoothFilter): void; className?: string }) {
  const { t } = useTranslation();
  const { l } = useLang();
  const id = useId();
  return (
    <fieldset className={`filters ${className ?? ''}`}>
      <legend>{t('search:filtersTitle')}</legend>
      <label htmlFor={`${id}-category`}>{t('search:category')}</label>
      <select
        id={`${id}-category`}
        value={filter.category ?? ''}
        onChange={(e) => onChange({ ...filter, category: (e.target.value || undefined) as ProductCategory | undefined })}
      >
        <option value="">{t('search:anyCategory')}</option>
        {PRODUCT_CATEGORY_IDS.map((c) => (
          <option key={c} value={c}>
            {l(PRODUCT_CATEGORIES[c])}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-cert`}>{t('search:certification')}</label>
      <select
        id={`${id}-cert`}
        value={filter.certification ?? ''}
        onChange={(e) => onChange({ ...filter, certification: (e.target.value || undefined) as CertificationType | undefined })}
      >
        <option value="">{t('search:anyCertification')}</option>
        {CERTIFICATION_TYPES.map((c) => (
          <option key={c} value={c}>
            {l(CERTIFICATION_LABELS[c])}
          </option>
        ))}
      </select>
      <label className="filters__check">
        <input type="checkbox" checked={filter.priorityPurchase ?? false} onChange={(e) => onChange({ ...filter, priorityPurchase: e.target.checked || undefined })} />
        {t('search:priorityOnly')}
      </label>
      {isFilterActive(filter) ? (
        <button type="button" className="filters__clear" onClick={() => onChange({})}>
          {t('search:clearFilters')}
        </button>
      ) : null}
    </fieldset>
  );
}
