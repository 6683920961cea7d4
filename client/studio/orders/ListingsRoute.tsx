/**
 * /studio/booths/:id/listings: what the booth sells through the fair, for its members (and staff),
 * on a phone: each listing with its terms, its deal and whether it is on sale, then a new one
 * (from one of the booth's products or by name). Stock is the server's: what is left for sale now,
 * kept current by the booth's sell events, which also say which listing is pinned for the live.
 */
import '../../orders/orders.css';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Account } from '../../../shared/api/account.ts';
import type { ListingCreateBodyInput, ListingPatchBody } from '../../../shared/api/orders.ts';
import { findBooth } from '../../../shared/catalogue/booths.ts';
import { Pending, PrivatePage } from '../../account/PrivatePage.tsx';
import { useCatalogue } from '../../data/catalogue.ts';
import { useLang } from '../../i18n/index.ts';
import { DealControls } from './DealControls.tsx';
import { ListingForm } from './ListingForm.tsx';
import { PinControl } from './PinControl.tsx';
import { createListing, loadStudioListings, patchListing, putPin, type StudioListings } from './studioOrdersApi.ts';
import type { OrdersFailure, OrdersResult } from '../../orders/ordersHttp.ts';
import { followSell } from '../../orders/sellEvents.ts';

export function ListingsRoute({ me }: { me: Account }) {
  const { t } = useTranslation('orders');
  const { t: ta } = useTranslation('account');
  const { t: ts } = useTranslation('studio');
  const { l } = useLang();
  const boothId = useParams().id ?? '';
  const venue = useCatalogue();
  const booth = venue.status === 'ready' ? findBooth(venue.catalogue, boothId) : undefined;
  const products = booth?.kind === 'enterprise' ? (booth.enterprise.products ?? []) : [];
  const [state, setState] = useState<OrdersResult<StudioListings> | null>(null);
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    void loadStudioListings(boothId).then((r) => {
      if (live) setState(r);
    });
    return () => {
      live = false;
    };
  }, [boothId, round]);

  const [pinnedId, setPinnedId] = useState<string | null>(null);
  useEffect(
    () =>
      followSell(boothId, (e) => {
        if (e.t === 'snapshot' || e.t === 'pin') setPinnedId(e.pinned?.id ?? null);
        if (e.t !== 'stock') return;
        setState((s) => (s?.ok ? { ...s, data: { ...s.data, listings: s.data.listings.map((x) => (x.id === e.listingId ? { ...x, stockLeft: e.stockLeft } : x)) } } : s));
      }),
    [boothId],
  );

  const done = (r: OrdersResult<unknown>): OrdersFailure | null => {
    if (!r.ok) return r;
    reload();
    return null;
  };
  const create = async (body: ListingCreateBodyInput) => done(await createListing(boothId, body));
  const patch = (listingId: string) => async (body: ListingPatchBody) => done(await patchListing(boothId, listingId, body));
  const pin = (listingId: string) => async (on: boolean) => {
    const r = await putPin(boothId, on ? listingId : null);
    return r.ok ? null : r;
  };

  const title = t('studioListingsTitle');
  return (
    <PrivatePage title={booth ? `${title} — ${l(booth.summary.title)}` : title} account={me}>
      <p>
        <Link to="/studio">{ts('title')}</Link> · <Link to={`/studio/booths/${encodeURIComponent(boothId)}/orders`}>{t('studioOrdersTitle')}</Link>
      </p>
      <h1>{title}</h1>
      {booth ? <p className="lead">{l(booth.summary.title)}</p> : null}
      {state === null ? <Pending text={ta('loadingPage')} /> : null}
      {state && !state.ok ? <p className="notice">{t(`error_${state.error}`, { seconds: 1 })}</p> : null}
      {state?.ok ? (
        <>
          {state.data.listings.length === 0 ? (
            <p>{t('studioNoListings')}</p>
          ) : (
            <ul className="cards">
              {state.data.listings.map((listing) => (
                <li key={listing.id} className="card">
                  <h2 className="card__title">
                    {listing.name} <span className="badge">{listing.active ? t('studioActive') : t('studioInactive')}</span>
                    {pinnedId === listing.id ? <span className="badge">{t('studioPinned')}</span> : null}
                  </h2>
                  {listing.active ? <PinControl pinned={pinnedId === listing.id} onPin={pin(listing.id)} /> : null}
                  <p data-testid="studio-stock">{listing.stockLeft === 0 ? t('soldOut') : t('stockLeft', { count: listing.stockLeft })}</p>
                  <ListingForm key={listing.updatedAt} listing={listing} products={products} onSubmit={(b) => patch(listing.id)(b)} />
                  <DealControls listing={listing} offsetMs={state.data.offsetMs} onPatch={patch(listing.id)} onDealEnd={reload} />
                </li>
              ))}
            </ul>
          )}
          <section className="listing-new" aria-labelledby="listing-new-title">
            <h2 id="listing-new-title">{t('studioNewListing')}</h2>
            <ListingForm products={products} onSubmit={create} />
          </section>
        </>
      ) : null}
    </PrivatePage>
  );
}
