/**
 * The product the booth's seller pinned during a live, the same card in the world's booth panel and
 * /list's booth page: its name, price (a deal's price over the struck regular one and the
 * countdown on the server's clock), the stock counter the server pushes as orders arrive, or 품절
 * the moment it reaches 0, and "구매하기", which opens the buy form in place, then its receipt.
 * Nothing shows while nothing is pinned.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderView } from '../../shared/api/orders.ts';
import { reportBoothEvent } from '../analytics/boothEvents.ts';
import { BuyForm } from './BuyForm.tsx';
import { ListingFacts } from './ListingFacts.tsx';
import { OrderReceipt } from './OrderReceipt.tsx';
import { usePinned } from './usePinned.ts';
import './orders.css';

export interface PinnedProductProps {
  boothId: string;
  /** The enterprise's name in the visitor's language (the provision consent names it). */
  boothName: string;
  /** Level of the card's heading; the product's name and the form go below it. */
  headingLevel: 2 | 3;
}

type Panel = { round: number } & ({ kind: 'form' } | { kind: 'receipt'; order: OrderView });

export default function PinnedProduct({ boothId, boothName, headingLevel }: PinnedProductProps) {
  const { t } = useTranslation('orders');
  const pinned = usePinned(boothId);
  const [panel, setPanel] = useState<Panel | null>(null);
  const ids = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const l = pinned.listing;
  if (!l) return null;
  const H = `h${headingLevel}` as const;
  const level = (headingLevel + 1) as 3 | 4;
  return (
    <section className="pinned-product listing" aria-labelledby={`pinned-${ids}`} data-testid="pinned-product">
      <H id={`pinned-${ids}`} className="pinned-product__label">
        {t('pinnedTitle')}
      </H>
      <ListingFacts key={l.id} listing={l} offsetMs={pinned.offsetMs} level={level} onDealEnd={pinned.dealEnded} />
      {l.stockLeft > 0 ? (
        <button
          type="button"
          className={`button ${panel?.kind === 'form' ? 'button--primary' : 'button--secondary'}`}
          aria-expanded={panel?.kind === 'form'}
          aria-controls={`pinned-panel-${ids}`}
          onClick={() => {
            // Opening the form is a product click for the booth's figures; closing it is not.
            if (panel?.kind !== 'form') reportBoothEvent(boothId, 'product_click');
            setPanel(panel?.kind === 'form' ? null : { round: (panel?.round ?? 0) + 1, kind: 'form' });
          }}
        >
          {t('buy')}
        </button>
      ) : null}
      <div id={`pinned-panel-${ids}`}>
        {panel?.kind === 'form' ? (
          <BuyForm
            key={`${l.id}-${panel.round}`}
            listing={l}
            enterprise={boothName}
            headingLevel={(level + 1) as 4 | 5}
            onOrdered={(order) => setPanel({ ...panel, kind: 'receipt', order })}
            onStale={pinned.reload}
            onClose={() => setPanel(null)}
          />
        ) : null}
        {panel?.kind === 'receipt' ? <OrderReceipt order={panel.order} headingLevel={(level + 1) as 4 | 5} onClose={() => setPanel(null)} /> : null}
      </div>
    </section>
  );
}
