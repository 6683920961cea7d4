import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrderView } from '../../shared/api/orders.ts';
import { useLang } from '../i18n/index.ts';
import { kstDateTime, wonDigits } from './format.ts';

export interface OrderReceiptProps {
  order: OrderView;
  headingLevel: 3 | 4 | 5;
  onClose(): void;
}

/**
 * What the buyer keeps after ordering: the number (with the phone, it finds the order again), the
 * total, the status, until when the reservation holds, and how to pay. It takes the focus, so a
 * screen reader reads it at once.
 */
export function OrderReceipt({ order, headingLevel, onClose }: OrderReceiptProps) {
  const { t } = useTranslation('orders');
  const { lang } = useLang();
  const titleId = `receipt-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const H = `h${headingLevel}` as const;
  return (
    <section className="inquiry-receipt order-receipt" ref={ref} tabIndex={-1} aria-labelledby={titleId}>
      <H id={titleId}>{t('receiptTitle')}</H>
      <p className="inquiry-receipt__reference">
        {t('receiptNumber')}: <strong data-testid="order-number">{order.number}</strong>
      </p>
      <p>{t('receiptKeep')}</p>
      <dl className="order-facts">
        <div>
          <dt>{t('status')}</dt>
          <dd>{t(`status_${order.status}`)}</dd>
        </div>
        <div>
          <dt>{t('total')}</dt>
          <dd>
            {order.name} × {order.quantity} = {t('priceWon', { price: wonDigits(order.totalWon, lang) })}
          </dd>
        </div>
      </dl>
      {order.status === 'reserved' ? <p>{t('receiptExpires', { date: kstDateTime(order.expiresAt, lang) })}</p> : null}
      <p className="inquiry-form__group">{t('transferInstructions')}</p>
      <p className="buy-form__transfer">{order.transferInstructions}</p>
      <p className="inquiry-form__actions">
        <Link to={`/orders?number=${encodeURIComponent(order.number)}`} className="button button--secondary">
          {t('lookupLink')}
        </Link>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('close')}
        </button>
      </p>
    </section>
  );
}
