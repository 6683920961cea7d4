/**
 * /studio/booths/:id/orders: the booth's orders, newest first, for its members (and staff), on a
 * phone. New ones appear without a reload (read every few seconds: the API has no push yet) and
 * are announced; each reserved order is confirmed once the money is in (or on delivery), or
 * cancelled, each after a second "are you sure"; the whole list downloads as CSV for Excel. What
 * buyers typed is React text: never HTML.
 */
import '../../orders/orders.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Account } from '../../../shared/api/account.ts';
import { ORDER_STATUSES, type OrderRow, type OrderStatus } from '../../../shared/api/orders.ts';
import { findBooth } from '../../../shared/catalogue/booths.ts';
import { Pending, PrivatePage } from '../../account/PrivatePage.tsx';
import { useCatalogue } from '../../data/catalogue.ts';
import { useLang } from '../../i18n/index.ts';
import { kstDateTime, wonDigits } from '../../orders/format.ts';
import type { OrdersResult } from '../../orders/ordersHttp.ts';
import { cancelOrderAsSeller, confirmOrder, loadOrders, ordersCsvHref } from './studioOrdersApi.ts';

/** How often the inbox reads the orders again: a new order shows within this. */
export const ORDERS_POLL_MS = 4000;

export function OrdersRoute({ me }: { me: Account }) {
  const { t } = useTranslation('orders');
  const { t: ta } = useTranslation('account');
  const { t: ts } = useTranslation('studio');
  const { l, lang } = useLang();
  const boothId = useParams().id ?? '';
  const venue = useCatalogue();
  const booth = venue.status === 'ready' ? findBooth(venue.catalogue, boothId) : undefined;
  const [state, setState] = useState<OrdersResult<OrderRow[]> | null>(null);
  const [filter, setFilter] = useState<OrderStatus | 'all'>('all');
  const [said, setSaid] = useState('');
  const known = useRef<Set<string> | null>(null);

  const take = useCallback(
    (r: OrdersResult<OrderRow[]>) => {
      // A failed read while the list shows keeps it; the next read tries again.
      setState((prev) => (r.ok || !prev?.ok ? r : prev));
      if (!r.ok) return;
      const fresh = known.current === null ? [] : r.data.filter((o) => !known.current!.has(o.id));
      known.current = new Set(r.data.map((o) => o.id));
      if (fresh.length > 0) setSaid(t('studioNewOrders', { count: fresh.length }));
    },
    [t],
  );

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () =>
      void loadOrders(boothId).then((r) => {
        if (!live) return;
        take(r);
        timer = setTimeout(read, ORDERS_POLL_MS);
      });
    read();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [boothId, take]);

  const replace = (row: OrderRow) => setState((prev) => (prev?.ok ? { ...prev, data: prev.data.map((o) => (o.id === row.id ? row : o)) } : prev));

  const act = async (row: OrderRow, kind: 'confirm' | 'cancel'): Promise<void> => {
    const r = kind === 'confirm' ? await confirmOrder(row.id) : await cancelOrderAsSeller(row.id);
    if (r.ok) {
      replace(r.data);
      setSaid(`${row.number}: ${t(`status_${r.data.status}`)}`);
      return;
    }
    setSaid(`${row.number}: ${t(`error_${r.error}`, { seconds: 1 })}`);
  };

  const title = t('studioOrdersTitle');
  const shown = state?.ok ? state.data.filter((o) => filter === 'all' || o.status === filter) : [];
  return (
    <PrivatePage title={booth ? `${title} — ${l(booth.summary.title)}` : title} account={me}>
      <p>
        <Link to="/studio">{ts('title')}</Link> · <Link to={`/studio/booths/${encodeURIComponent(boothId)}/listings`}>{t('studioListingsTitle')}</Link>
      </p>
      <h1>{title}</h1>
      {booth ? <p className="lead">{l(booth.summary.title)}</p> : null}
      <p className="visually-hidden" role="status">
        {said}
      </p>
      {state === null ? <Pending text={ta('loadingPage')} /> : null}
      {state && !state.ok ? <p className="notice">{t(`error_${state.error}`, { seconds: 1 })}</p> : null}
      {state?.ok ? (
        <>
          <div className="orders-tools">
            <a className="button button--secondary" href={ordersCsvHref(boothId, lang)} download>
              {t('studioCsv')}
            </a>
            <span className="orders-tools__filter">
              <label htmlFor="orders-filter">{t('status')}</label>
              <select id="orders-filter" value={filter} onChange={(e) => setFilter(e.target.value as OrderStatus | 'all')}>
                <option value="all">{t('studioFilterAll')}</option>
                {ORDER_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`status_${s}`)}
                  </option>
                ))}
              </select>
            </span>
          </div>
          {shown.length === 0 ? (
            <p>{t('studioNoOrders')}</p>
          ) : (
            <ul className="cards orders-inbox">
              {shown.map((row) => (
                <OrderCard key={row.id} row={row} onAct={(kind) => act(row, kind)} />
              ))}
            </ul>
          )}
        </>
      ) : null}
    </PrivatePage>
  );
}

function OrderCard({ row, onAct }: { row: OrderRow; onAct(kind: 'confirm' | 'cancel'): Promise<void> }) {
  const { t } = useTranslation('orders');
  const { lang } = useLang();
  const [asking, setAsking] = useState<'confirm' | 'cancel' | null>(null);
  const [busy, setBusy] = useState(false);
  const askId = `order-ask-${row.id}`;
  const go = async (kind: 'confirm' | 'cancel') => {
    setBusy(true);
    await onAct(kind);
    setBusy(false);
    setAsking(null);
  };
  const canCancel = row.status === 'reserved' || row.status === 'confirmed';
  return (
    <li className={`card orders-inbox__item orders-inbox__item--${row.status}`}>
      <h2 className="card__title">
        {row.number} · {t(`status_${row.status}`)}
      </h2>
      <dl className="order-facts">
        <div>
          <dt>{t('total')}</dt>
          <dd>
            {row.name} × {row.quantity} = {t('priceWon', { price: wonDigits(row.totalWon, lang) })}
          </dd>
        </div>
        <div>
          <dt>{t('studioBuyer')}</dt>
          <dd>{row.buyerName}</dd>
        </div>
        <div>
          <dt>{t('phone')}</dt>
          <dd>
            <a href={`tel:${row.phone.replace(/-/g, '')}`}>{row.phone}</a>
          </dd>
        </div>
        <div>
          <dt>{t('address')}</dt>
          <dd>
            {row.postcode ? `(${row.postcode}) ` : null}
            {row.address}
          </dd>
        </div>
        <div>
          <dt>{t('orderedAt')}</dt>
          <dd>
            <time dateTime={row.createdAt}>{kstDateTime(row.createdAt, lang)}</time>
          </dd>
        </div>
        {row.status === 'reserved' ? (
          <div>
            <dt>{t('expiresAt')}</dt>
            <dd>
              <time dateTime={row.expiresAt}>{kstDateTime(row.expiresAt, lang)}</time>
            </dd>
          </div>
        ) : null}
        {row.cancelledBy ? (
          <div>
            <dt>{t('status')}</dt>
            <dd>{t(`cancelledBy_${row.cancelledBy}`)}</dd>
          </div>
        ) : null}
      </dl>
      {asking ? (
        <div className="confirm" role="group" aria-labelledby={askId}>
          <p id={askId}>{t(asking === 'confirm' ? 'studioConfirmAsk' : 'studioCancelAsk', { number: row.number })}</p>
          <div className="card__actions">
            <button type="button" className={`button ${asking === 'confirm' ? 'button--primary' : 'button--danger'}`} disabled={busy} onClick={() => void go(asking)}>
              {asking === 'confirm' ? t('studioConfirm') : t('studioCancel')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setAsking(null)}>
              {t('close')}
            </button>
          </div>
        </div>
      ) : canCancel ? (
        <div className="card__actions">
          {row.status === 'reserved' ? (
            <button type="button" className="button button--primary" onClick={() => setAsking('confirm')}>
              {t('studioConfirm')}
            </button>
          ) : null}
          {canCancel ? (
            <button type="button" className="button button--secondary" onClick={() => setAsking('cancel')}>
              {t('studioCancel')}
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
