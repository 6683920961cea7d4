import { useTranslation } from 'react-i18next';
import { CERTIFICATION_LABELS, CERTIFICATION_TYPES, PRODUCT_CATEGORIES, PRODUCT_CATEGORY_IDS } from '../../../../shared/schemas/procurement.ts';
import { useLang } from '../../../i18n/index.ts';
import type { CertificationDraft } from '../draft.ts';
import type { FieldsProps } from './BasicsFields.tsx';

/** Certifications (each with its number and date), priority-purchase eligibility, categories, the public listing. */
export function ProcurementField({ draft, set }: FieldsProps) {
  const { t } = useTranslation();
  const { l } = useLang();
  const held = (type: CertificationDraft['type']) => draft.certifications.find((c) => c.type === type);
  const toggleCert = (type: CertificationDraft['type'], on: boolean) =>
    set({ certifications: on ? [...draft.certifications, { type, number: '', date: '' }] : draft.certifications.filter((c) => c.type !== type) });
  const updateCert = (type: CertificationDraft['type'], patch: Partial<CertificationDraft>) =>
    set({ certifications: draft.certifications.map((c) => (c.type === type ? { ...c, ...patch } : c)) });
  return (
    <fieldset className="editor__group">
      <legend>{t('boothEdit:field_procurement')}</legend>
      <fieldset>
        <legend>{t('boothEdit:certifications')}</legend>
        {CERTIFICATION_TYPES.map((type) => {
          const cert = held(type);
          return (
            <div key={type} className="cert">
              <label className="check">
                <input type="checkbox" checked={cert !== undefined} onChange={(e) => toggleCert(type, e.target.checked)} />
                {l(CERTIFICATION_LABELS[type])}
              </label>
              {cert ? (
                <div className="cert__details">
                  <label className="field">
                    <span>{t('boothEdit:certNumber')}</span>
                    <input value={cert.number} maxLength={40} onChange={(e) => updateCert(type, { number: e.target.value })} />
                  </label>
                  <label className="field">
                    <span>{t('boothEdit:certDate')}</span>
                    <input type="date" value={cert.date} onChange={(e) => updateCert(type, { date: e.target.value })} />
                  </label>
                </div>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={draft.priorityPurchase} onChange={(e) => set({ priorityPurchase: e.target.checked })} />
        {t('boothEdit:priority')}
      </label>
      <fieldset>
        <legend>{t('boothEdit:categories')}</legend>
        {PRODUCT_CATEGORY_IDS.map((c) => (
          <label key={c} className="check">
            <input
              type="checkbox"
              checked={draft.categories.includes(c)}
              onChange={(e) => set({ categories: e.target.checked ? [...draft.categories, c] : draft.categories.filter((x) => x !== c) })}
            />
            {l(PRODUCT_CATEGORIES[c])}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('boothEdit:listingUrl')}</span>
        <input type="url" inputMode="url" value={draft.listingUrl} onChange={(e) => set({ listingUrl: e.target.value })} />
      </label>
    </fieldset>
  );
}
