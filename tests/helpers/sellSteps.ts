import type { Locator, Page } from '@playwright/test';
import { expect } from '../e2e/fixtures.ts';
import { t } from './i18n.ts';

/**
 * The selling steps several browser specs walk through as a member or a buyer would: a new listing
 * made from /studio's listings page, and one bought from a card's 구매하기.
 */

export interface NewListing {
  name: string;
  price: string;
  stock: number;
  transfer: string;
}

/** Fills and sends /studio's new-listing form on `page` (already on the booth's listings page); returns the listing's card once it shows its stock. */
export async function createListing(page: Page, listing: NewListing): Promise<Locator> {
  const create = page.getByRole('form', { name: t('orders.studioNewListing') });
  await create.getByRole('textbox', { name: t('orders.studioName') }).fill(listing.name);
  await create.getByRole('textbox', { name: t('orders.studioPrice') }).fill(listing.price);
  await create.getByRole('textbox', { name: t('orders.studioStock') }).fill(String(listing.stock));
  await create.getByRole('textbox', { name: t('orders.studioTransfer') }).fill(listing.transfer);
  await create.getByRole('button', { name: t('orders.studioNewListing') }).click();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: listing.name }) });
  await expect(card.getByTestId('studio-stock')).toHaveText(t('orders.stockLeft', { count: listing.stock }));
  return card;
}

export interface Buyer {
  name: string;
  phone: string;
  address: string;
}

/** 구매하기 on a card (`scope` holds it), the form filled and sent, both consents given; returns the receipt. */
export async function buyOne(scope: Locator, product: string, buyer: Buyer): Promise<Locator> {
  await scope.getByRole('button', { name: t('orders.buy') }).click();
  const form = scope.getByRole('form', { name: t('orders.buyTitle', { name: product }) });
  await form.getByRole('textbox', { name: t('orders.buyerName') }).fill(buyer.name);
  await form.getByRole('textbox', { name: t('orders.phone') }).fill(buyer.phone);
  await form.getByRole('textbox', { name: t('orders.address') }).fill(buyer.address);
  await form.getByRole('checkbox', { name: t('orders.consent_collection'), exact: false }).check();
  await form.getByRole('checkbox', { name: t('orders.consent_provision'), exact: false }).check();
  await form.getByRole('button', { name: t('orders.submit') }).click();
  return scope.getByRole('region', { name: t('orders.receiptTitle') });
}

/** Starts a deal on a listing's studio card: the deal price and its length in minutes; returns the deal's group (its countdown, 특가 종료). */
export async function startDeal(card: Locator, price: string, minutes: number): Promise<Locator> {
  const deal = card.getByRole('group', { name: t('orders.studioDeal') });
  await deal.getByRole('textbox', { name: t('orders.studioDealPrice') }).fill(price);
  await deal.getByRole('textbox', { name: t('orders.studioDealMinutes') }).fill(String(minutes));
  await deal.getByRole('button', { name: t('orders.studioStartDeal') }).click();
  return deal;
}
