import { useTranslation } from 'react-i18next';
import { mediaUrl } from '../../shared/api/media.ts';
import type { BoothImage } from '../../shared/schemas/boothMedia.ts';
import type { Product } from '../../shared/schemas/product.ts';
import { Heading } from './Heading.tsx';
import { TextLink } from './TextLink.tsx';

/** The booth's logo beside its title: decorative when the name is written next to it. */
export function BoothLogo({ mediaId, name }: { mediaId: string; name: string }) {
  const { t } = useTranslation();
  return <img className="booth__logo" src={mediaUrl(mediaId, 'icon')} alt={t('booth:logoAlt', { name })} width={64} height={64} loading="lazy" />;
}

/** The booth's pictures with the words their editor wrote for people who cannot see them. */
export function BoothImages({ images, level, idPrefix }: { images: readonly BoothImage[]; level: number; idPrefix: string }) {
  const { t } = useTranslation();
  if (images.length === 0) return null;
  return (
    <section className="booth__images" aria-labelledby={`${idPrefix}-images`}>
      <Heading level={level} id={`${idPrefix}-images`}>
        {t('booth:imagesTitle')}
      </Heading>
      <ul className="gallery">
        {images.map((img, i) => (
          <li key={`${img.mediaId}-${i}`}>
            <img src={mediaUrl(img.mediaId, 'thumb')} alt={img.alt ?? ''} loading="lazy" />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the enterprise sells: name, price in won, stock, a picture and the shop to buy it at. */
export function BoothProducts({ products, level, idPrefix }: { products: readonly Product[]; level: number; idPrefix: string }) {
  const { t, i18n } = useTranslation();
  if (products.length === 0) return null;
  const won = new Intl.NumberFormat(i18n.language === 'en' ? 'en-US' : 'ko-KR');
  return (
    <section className="booth__products" aria-labelledby={`${idPrefix}-products`}>
      <Heading level={level} id={`${idPrefix}-products`}>
        {t('booth:productsTitle')}
      </Heading>
      <ul className="products">
        {products.map((p, i) => (
          <li key={`${p.name}-${i}`} className="product">
            {p.images[0] ? <img src={mediaUrl(p.images[0], 'thumb')} alt="" loading="lazy" /> : null}
            <p className="product__name">{p.name}</p>
            {p.priceWon !== undefined ? <p className="product__price">{t('booth:price', { price: won.format(p.priceWon) })}</p> : null}
            {p.stock !== undefined ? <p className="product__stock">{p.stock === 0 ? t('booth:soldOut') : t('booth:stock', { count: p.stock })}</p> : null}
            {p.shopUrl ? (
              <p>
                <TextLink href={p.shopUrl}>{t('booth:shop')}</TextLink>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
