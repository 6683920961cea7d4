/**
 * "판매 중인 상품" on a booth, the same in /list's booth page and the world's booth dialog: each
 * active listing's name, price (a running deal's price with the regular one struck through and a
 * countdown on the server's clock), stock left or 품절, and "구매하기", which opens the buy form in
 * place and then its receipt. Nothing shows for a booth that sells nothing. Stock and deals arrive
 * as the server pushes them (sellEvents.ts); the listings are also read again every few seconds
 * while the page is visible (a fallback should a push be lost), after each order and when a deal ends.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderView } from '../../shared/api/orders.ts';
import { reportBoothEvent } from '../analytics/boothEvents.ts';
import { BuyForm } from './BuyForm.tsx';
import { ListingFacts } from './ListingFacts.tsx';
import { loadListings, type BoothListings } from './ordersApi.ts';
import { OrderReceipt } from './OrderReceipt.tsx';
import { followSell } from './sellEvents.ts';
import './orders.css';

/** How often open pages read the listings again, besides the pushes: the fallback. */
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
  useEffect(
    () =>
      followSell(boothId, (e) => {
        if (e.t === 'stock') setState((s) => s && { ...s, listings: s.listings.map((l) => (l.id === e.listingId ? { ...l, stockLeft: e.stockLeft } : l)) });
        // A deal started or ended, or the listing was edited or taken off sale: read them all again.
        if (e.t === 'listing') reload();
      }),
    [boothId, reload],
  );

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
                  onClick={() => {
                    // Opening the form is a product click for the booth's figures; closing it is not.
                    if (open?.kind !== 'form') reportBoothEvent(boothId, 'product_click');
                    setPanel(open?.kind === 'form' ? null : { listingId: l.id, round: (open?.round ?? 0) + 1, kind: 'form' });
                  }}
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
