/**
 * One listing's facts as a visitor reads them: its name, its price (a running deal's price with the
 * regular one struck through and the countdown on the server's clock) and its stock or 품절. The
 * booth's list (BoothSales.tsx) and the pinned product's card (PinnedProduct.tsx) show the same.
 */
import { useTranslation } from 'react-i18next';
import type { PublicListing } from '../../shared/api/orders.ts';
import { useLang } from '../i18n/index.ts';
import { DealCountdown } from './DealCountdown.tsx';
import { wonDigits } from './format.ts';

export function ListingFacts({ listing: l, offsetMs, level, onDealEnd }: { listing: PublicListing; offsetMs: number; level: number; onDealEnd(): void }) {
  const { t } = useTranslation('orders');
  const { lang } = useLang();
  const won = (n: number) => t('priceWon', { price: wonDigits(n, lang) });
  const H = `h${level}` as 'h3';
  return (
    <>
      <H className="listing__name">{l.name}</H>
      {l.deal ? (
        <>
          <p className="listing__price">
            <span className="listing__deal">{t('dealPrice')}</span> <strong>{won(l.deal.priceWon)}</strong>{' '}
            <del>
              <span className="visually-hidden">{t('regularPrice')} </span>
              {won(l.priceWon)}
            </del>
          </p>
          <DealCountdown key={l.deal.endsAt} endsAt={l.deal.endsAt} offsetMs={offsetMs} onEnd={onDealEnd} />
        </>
      ) : (
        <p className="listing__price">
          <span className="visually-hidden">{t('price')} </span>
          <strong>{won(l.unitPriceWon)}</strong>
        </p>
      )}
      <p className={`listing__stock${l.stockLeft === 0 ? ' listing__stock--out' : ''}`} data-testid="listing-stock">
        {l.stockLeft === 0 ? t('soldOut') : t('stockLeft', { count: l.stockLeft })}
      </p>
    </>
  );
}
