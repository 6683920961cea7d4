import { useTranslation } from 'react-i18next';
import { mediaUrl } from '../../../../shared/api/media.ts';
import { MAX_PRODUCT_IMAGES, MAX_PRODUCTS, PRODUCT_NAME_MAX } from '../../../../shared/schemas/product.ts';
import type { ProductDraft } from '../draft.ts';
import type { FieldsProps } from './BasicsFields.tsx';
import { UploadButton } from './UploadButton.tsx';

const EMPTY: ProductDraft = { name: '', price: '', stock: '', shopUrl: '', images: [] };

/** What the enterprise sells: name, price in won, stock, pictures, the outside shop. */
export function ProductsField({ draft, set, boothId, csrfToken }: FieldsProps & { boothId: string; csrfToken: string }) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<ProductDraft>) => set({ products: draft.products.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  return (
    <fieldset className="editor__group">
      <legend>{t('boothEdit:field_products')}</legend>
      <ol className="rows">
        {draft.products.map((p, i) => (
          <li key={i} className="row" aria-label={t('boothEdit:productNumber', { n: i + 1 })}>
            <label className="field">
              <span>{t('boothEdit:productName')}</span>
              <input value={p.name} maxLength={PRODUCT_NAME_MAX} onChange={(e) => update(i, { name: e.target.value })} />
            </label>
            <label className="field">
              <span>{t('boothEdit:productPrice')}</span>
              <input inputMode="numeric" value={p.price} onChange={(e) => update(i, { price: e.target.value })} />
            </label>
            <label className="field">
              <span>{t('boothEdit:productStock')}</span>
              <input inputMode="numeric" value={p.stock} onChange={(e) => update(i, { stock: e.target.value })} />
            </label>
            <label className="field">
              <span>{t('boothEdit:productShop')}</span>
              <input type="url" inputMode="url" value={p.shopUrl} onChange={(e) => update(i, { shopUrl: e.target.value })} />
            </label>
            <ul className="pictures">
              {p.images.map((id, k) => (
                <li key={`${id}-${k}`} className="picture">
                  <img src={mediaUrl(id, 'thumb')} alt="" />
                  <button type="button" className="button" onClick={() => update(i, { images: p.images.filter((_, j) => j !== k) })}>
                    {t('boothEdit:remove')}
                  </button>
                </li>
              ))}
            </ul>
            {p.images.length < MAX_PRODUCT_IMAGES ? (
              <UploadButton boothId={boothId} kind="image" csrfToken={csrfToken} label={t('boothEdit:productImage')} onUploaded={(id) => update(i, { images: [...p.images, id] })} />
            ) : null}
            <button type="button" className="button" onClick={() => set({ products: draft.products.filter((_, j) => j !== i) })}>
              {t('boothEdit:remove')}
            </button>
          </li>
        ))}
      </ol>
      {draft.products.length < MAX_PRODUCTS ? (
        <button type="button" className="button" onClick={() => set({ products: [...draft.products, { ...EMPTY }] })}>
          {t('boothEdit:addProduct')}
        </button>
      ) : null}
    </fieldset>
  );
}
