/**
 * "판매 중인 상품" on a booth, the same in /list's booth page and the world's booth dialog: each
 * active listing's name, price (a running deal's price with the regular one struck through and a
 * countdown on the server's clock), stock left or 품절, and "구매하기", which opens the buy form in
 * place and then its receipt. Nothing shows for a booth that sells nothing. Stock is read again
 * every few seconds while the page is visible, after each order and when a deal ends.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderView, PublicListing } from '../../shared/api/orders.ts';
import { useLang } from '../i18n/index.ts';
import { BuyForm } from './BuyForm.tsx';
import { DealCountdown } from './DealCountdown.tsx';
import { wonDigits } from './format.ts';
import { loadListings, type BoothListings } from './ordersApi.ts';
import { OrderReceipt } from './OrderReceipt.tsx';
import './orders.css';

/** How often open pages read stock again: a shared counter without a push channel (yet). */
export const LISTINGS_POLL_MS = 10_000;

export interface BoothSalesProps {
  boothId: string;
  /** The enterprise's name in the visitor's language (the provision consent names it). */
  boothName: string;
  /** Level of the section's heading; listings and the form go below it. */
  headingLevel: 2 | 3;
}

type Panel = { listingId: string; round: number } & ({ kind: 'form' } | { kind: 'receipt'; order: OrderView });

export default function BoothSales({ boothId, boothName, headingLevel }: BoothSalesProps) {
  const { t } = useTranslation('orders');
  const [state, setState] = useState<BoothListings | null>(null);
  const [panel, setPanel] = useState<Panel | null>(null);
  const [round, setRound] = useState(0);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    void loadListings(boothId).then((r) => {
      // A failed read keeps what was shown; the next one tries again.
      if (live && r.ok) setState(r.data);
    });
    const timer = setTimeout(() => {
      if (document.visibilityState === 'visible') reload();
      else document.addEventListener('visibilitychange', reload, { once: true });
    }, LISTINGS_POLL_MS);
    return () => {
      live = false;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', reload);
    };
  }, [boothId, round, reload]);

  if (!state || state.listings.length === 0) return null;
  const H = `h${headingLevel}` as const;
  const titleId = `sales-title-${boothId}`;
  return (
    <section className="sales" aria-labelledby={titleId}>
      <H id={titleId}>{t('listingsTitle')}</H>
      <ul className="sales__list">
        {state.listings.map((l) => {
          const open = panel?.listingId === l.id ? panel : null;
          const panelId = `sales-panel-${l.id}`;
          return (
            <li key={l.id} className="listing">
              <ListingFacts listing={l} offsetMs={state.offsetMs} level={headingLevel + 1} onDealEnd={reload} />
              {l.stockLeft > 0 ? (
                <button
                  type="button"
                  className={`button ${open?.kind === 'form' ? 'button--primary' : 'button--secondary'}`}
                  aria-expanded={open?.kind === 'form'}
                  aria-controls={panelId}
                  onClick={() => setPanel(open?.kind === 'form' ? null : { listingId: l.id, round: (open?.round ?? 0) + 1, kind: 'form' })}
                >
                  {t('buy')}
                </button>
              ) : null}
              <div id={panelId}>
                {open?.kind === 'form' ? (
                  <BuyForm
                    key={open.round}
                    listing={l}
                    enterprise={boothName}
                    headingLevel={(headingLevel + 2) as 4 | 5}
                    onOrdered={(order) => {
                      setPanel({ ...open, kind: 'receipt', order });
                      reload();
                    }}
                    onStale={reload}
                    onClose={() => setPanel(null)}
                  />
                ) : null}
                {open?.kind === 'receipt' ? <OrderReceipt order={open.order} headingLevel={(headingLevel + 2) as 4 | 5} onClose={() => setPanel(null)} /> : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function ListingFacts({ listing: l, offsetMs, level, onDealEnd }: { listing: PublicListing; offsetMs: number; level: number; onDealEnd(): void }) {
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
