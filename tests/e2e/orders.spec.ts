/**
 * Selling through a booth (issue 10 §4), on phones: the booth's member puts a product on sale in
 * /studio with 2 in stock; a visitor on /list's booth page buys 1 (the first answer is lost on the
 * way back, and "다시 시도" sends the same attempt again: one order, not two) and keeps the receipt;
 * the page shows 1 left; asking for 2 is refused with everything typed kept; when someone else takes
 * the last one first, the server's 품절 is shown the same way. The member sees the order arrive
 * without reloading and confirms it; the visitor's /orders lookup shows 확인됨, and the other buyer
 * cancels theirs there. The world's booth dialog shows the same listing. Axe on the buy form, the
 * receipt, /orders and the studio's pages.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { ORDER_CONSENT_VERSION, ORDER_ROUTES, type OrderView, type PublicListings } from '../../shared/api/orders.ts';
import { findBooth } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { t, tPattern } from '../helpers/i18n.ts';
import { ownServer } from '../helpers/ownServer.ts';
import type { RunningServer } from '../helpers/serverProcess.ts';
import { createListing, startDeal } from '../helpers/sellSteps.ts';
import { invitedAccount, setupAdmin, type SignedInSession } from '../helpers/staffSession.ts';
import { boothDialog, enterWorld } from '../helpers/world.ts';
import { test as base, expect, expectNoSeriousA11yViolations } from './fixtures.ts';

const BOOTH = 'cut-the-trash';
const boothName = findBooth(CATALOGUE, BOOTH)!.summary.title.ko;
const PRODUCT = '업사이클 파우치';
const TRANSFER = '농협 301-1234-5678-91 (주)컷더트래쉬\n입금자명은 주문 번호로 적어 주세요.';
const PHONE_VIEWPORT = { width: 390, height: 844 };

const test = base.extend<object, { ordersServer: RunningServer; member: SignedInSession }>({
  ordersServer: ownServer(),
  // The first admin from the setup code in the server's log invites a member of the booth.
  member: [
    async ({ ordersServer }, use) => {
      const admin = await setupAdmin(ordersServer.url, ordersServer.output());
      await use(await invitedAccount(ordersServer.url, admin, { role: 'enterprise', boothId: BOOTH, email: 'shop@ctt.example.kr', displayName: '컷더트래쉬 판매 담당' }));
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ ordersServer }, use) => use(ordersServer.url),
});

// A fresh server, two phones, axe several times and the world once: on a machine other work shares.
test.setTimeout(300_000);
test.use({ viewport: PHONE_VIEWPORT, hasTouch: true, isMobile: true });
// The later tests read the listing (and the stock) the first one left.
test.describe.configure({ mode: 'serial' });

const won = (n: number) => t('orders.priceWon', { price: n.toLocaleString('ko-KR') });

async function phoneContext(browser: Browser, server: RunningServer): Promise<BrowserContext> {
  return browser.newContext({ baseURL: server.url, locale: 'ko-KR', viewport: PHONE_VIEWPORT, hasTouch: true, isMobile: true });
}

/** The buy form under the listing, opened with its button (which shows once the page has hydrated). */
async function openBuyForm(page: Page) {
  await page.getByRole('button', { name: t('orders.buy') }).click();
  const form = page.getByRole('form', { name: t('orders.buyTitle', { name: PRODUCT }) });
  await expect(form).toBeVisible();
  return form;
}

test('a member sells 2, a visitor buys 1 (a lost answer retried orders once), is told when too few are left, the member confirms, the lookup shows it', async ({ page, context, browser, ordersServer, member }) => {
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  await context.addCookies([{ name: 'seeot_session', value: member.cookie.split('=')[1]!, url: ordersServer.url }]);

  // The member: /studio → the booth's listings → a new listing with 2 in stock.
  await page.goto('/studio');
  await page.getByRole('link', { name: t('orders.studioListingsTitle') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('orders.studioListingsTitle') })).toBeVisible();
  await createListing(page, { name: PRODUCT, price: '12,000', stock: 2, transfer: TRANSFER });
  await expectNoSeriousA11yViolations(page);

  // …then waits on its orders page, which starts empty.
  await page.getByRole('link', { name: t('orders.studioOrdersTitle') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('orders.studioOrdersTitle') })).toBeVisible();
  await expect(page.getByText(t('orders.studioNoOrders'))).toBeVisible();

  // The visitor, on another phone, at the booth's page in /list.
  const visitorContext = await phoneContext(browser, ordersServer);
  const visitor = await visitorContext.newPage();
  try {
    await visitor.goto(`/booth/${BOOTH}?view=list`);
    const sales = visitor.getByRole('region', { name: t('orders.listingsTitle') });
    await expect(sales.getByRole('heading', { name: PRODUCT })).toBeVisible();
    await expect(sales).toContainText(won(12_000));
    const stock = sales.getByTestId('listing-stock');
    await expect(stock).toHaveText(t('orders.stockLeft', { count: 2 }));

    let form = await openBuyForm(visitor);
    await expect(form).toContainText(t('orders.paymentNotice', { hours: 24 }));
    await expect(form.locator('.buy-form__transfer')).toHaveText(TRANSFER);
    await visitor.evaluate(() => document.fonts.ready);
    await expectNoSeriousA11yViolations(visitor);

    // Sent empty (but for the quantity): each field says what is wrong, nothing is sent.
    await form.getByRole('button', { name: t('orders.submit') }).click();
    await expect(visitor.getByRole('group', { name: new RegExp(t('orders.formErrors', { count: 5 }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toBeFocused();
    const buyerName = form.getByRole('textbox', { name: t('orders.buyerName') });
    await expect(buyerName).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousA11yViolations(visitor);

    await buyerName.fill('김민지');
    await form.getByRole('textbox', { name: t('orders.phone') }).fill('010 1234 5678');
    await form.getByRole('textbox', { name: t('orders.address') }).fill('경기도 부천시 원미구 부일로 232');
    await form.getByRole('textbox', { name: t('orders.postcode') }).fill('14544');
    await form.getByRole('checkbox', { name: t('orders.consent_collection'), exact: false }).check();
    await form.getByRole('checkbox', { name: t('orders.consent_provision'), exact: false }).check();
    await expect(form).toContainText(`${t('orders.total')}: ${won(12_000)}`);

    // The first answer is lost on its way back (the server did reserve): "다시 시도" sends the same key.
    const keys: string[] = [];
    let lose = true;
    await visitor.route(`**${ORDER_ROUTES.orders}`, async (route) => {
      keys.push((route.request().postDataJSON() as { idempotencyKey: string }).idempotencyKey);
      if (!lose) return route.continue();
      lose = false;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await form.getByRole('button', { name: t('orders.submit') }).click();
    await expect(form).toContainText(t('orders.error_network'));
    await form.getByRole('button', { name: t('orders.retry') }).click();
    const receipt = visitor.getByRole('region', { name: t('orders.receiptTitle') });
    await expect(receipt).toBeFocused();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    await visitor.unroute(`**${ORDER_ROUTES.orders}`);
    const number = (await receipt.getByTestId('order-number').textContent())!;
    expect(number).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    await expect(receipt).toContainText(t('orders.status_reserved'));
    await expect(receipt).toContainText(won(12_000));
    await expect(receipt.locator('.buy-form__transfer')).toHaveText(TRANSFER);
    const lookupLink = receipt.getByRole('link', { name: t('orders.lookupLink') });
    await expect(lookupLink).toHaveAttribute('href', `/orders?number=${encodeURIComponent(number)}`);
    const lookupHref = (await lookupLink.getAttribute('href'))!;
    await expectNoSeriousA11yViolations(visitor);
    // One order, not two: one of the two left.
    await expect(stock).toHaveText(t('orders.stockLeft', { count: 1 }));

    // The member's page shows it without a reload.
    const order = page.getByRole('listitem').filter({ hasText: number });
    await expect(order).toContainText('김민지');
    await expect(order.getByRole('link', { name: '010-1234-5678' })).toHaveAttribute('href', 'tel:01012345678');
    await expect(page.getByRole('listitem').filter({ hasText: t('orders.status_reserved') })).toHaveCount(1);
    await expectNoSeriousA11yViolations(page);

    // Two when one is left: refused on the phone, with everything typed kept.
    form = await openBuyForm(visitor);
    await form.getByRole('textbox', { name: t('orders.buyerName') }).fill('이서준');
    await form.getByRole('textbox', { name: t('orders.phone') }).fill('010-9876-5432');
    await form.getByRole('textbox', { name: t('orders.address') }).fill('서울시 중구 세종대로 110');
    await form.getByRole('checkbox', { name: t('orders.consent_collection'), exact: false }).check();
    await form.getByRole('checkbox', { name: t('orders.consent_provision'), exact: false }).check();
    const quantity = form.getByRole('spinbutton', { name: t('orders.quantity') });
    await quantity.fill('2');
    await form.getByRole('button', { name: t('orders.submit') }).click();
    await expect(quantity).toHaveAccessibleDescription(`${t('orders.quantityHint', { max: 1 })} ${t('orders.error_not_enough_stock', { count: 1 })}`);
    await expect(form.getByRole('textbox', { name: t('orders.buyerName') })).toHaveValue('이서준');

    // Someone else takes the last one meanwhile: the server's 품절, and the form is still as typed.
    const listings = (await (await visitor.request.get(`${ORDER_ROUTES.listings}?boothId=${BOOTH}`)).json()) as PublicListings;
    const other = await visitor.request.post(ORDER_ROUTES.orders, {
      data: {
        listingId: listings.listings[0]!.id,
        quantity: 1,
        buyerName: '박지훈',
        phone: '010-5555-1234',
        address: '인천시 남동구 정각로 29',
        consents: { collection: true, provision: true, version: ORDER_CONSENT_VERSION },
        idempotencyKey: crypto.randomUUID(),
        lang: 'ko',
      },
    });
    expect(other.status()).toBe(201);
    const otherOrder = (await other.json()) as OrderView;
    await quantity.fill('1');
    await form.getByRole('button', { name: t('orders.submit') }).click();
    await expect(visitor.getByRole('group', { name: t('orders.error_sold_out') })).toBeFocused();
    await expect(form.getByRole('textbox', { name: t('orders.buyerName') })).toHaveValue('이서준');
    await expect(form.getByRole('textbox', { name: t('orders.address') })).toHaveValue('서울시 중구 세종대로 110');
    await expect(stock).toHaveText(t('orders.soldOut'));
    await expect(visitor.getByRole('button', { name: t('orders.buy') })).toHaveCount(0);

    // The member confirms the visitor's order, after saying so twice.
    await order.getByRole('button', { name: t('orders.studioConfirm') }).click();
    await order
      .getByRole('group', { name: t('orders.studioConfirmAsk', { number }) })
      .getByRole('button', { name: t('orders.studioConfirm') })
      .click();
    await expect(order.getByRole('heading')).toHaveText(`${number} · ${t('orders.status_confirmed')}`);
    await expect(page.getByRole('link', { name: t('orders.studioCsv') })).toHaveAttribute('href', `/api/studio/booths/${BOOTH}/orders.csv?lang=ko`);

    // The visitor finds the order by its number (the receipt's link carries it) and phone: confirmed.
    await visitor.goto(lookupHref);
    await expect(visitor.getByRole('heading', { level: 1, name: t('orders.lookupTitle') })).toBeVisible();
    await expect(visitor.getByRole('textbox', { name: t('orders.orderNumber') })).toHaveValue(number);
    await visitor.getByRole('textbox', { name: t('orders.phone') }).fill('01012345678');
    await visitor.getByRole('button', { name: t('orders.lookupSubmit') }).click();
    await expect(visitor.getByTestId('order-status')).toHaveText(t('orders.status_confirmed'));
    await expect(visitor.getByRole('button', { name: t('orders.cancelOrder') })).toHaveCount(0);
    await expectNoSeriousA11yViolations(visitor);

    // The other buyer cancels theirs while it is reserved, and its one returns to stock.
    await visitor.getByRole('textbox', { name: t('orders.orderNumber') }).fill(otherOrder.number.toLowerCase().replace('-', ''));
    await visitor.getByRole('textbox', { name: t('orders.phone') }).fill('010-5555-1234');
    await visitor.getByRole('button', { name: t('orders.lookupSubmit') }).click();
    await expect(visitor.getByTestId('order-status')).toHaveText(t('orders.status_reserved'));
    await visitor.getByRole('button', { name: t('orders.cancelOrder') }).click();
    await visitor
      .getByRole('group', { name: t('orders.cancelConfirm') })
      .getByRole('button', { name: t('orders.cancelOrder') })
      .click();
    await expect(visitor.getByTestId('order-status')).toHaveText(`${t('orders.status_cancelled')} (${t('orders.cancelledBy_buyer')})`);
    await expect(visitor.getByRole('status').filter({ hasText: t('orders.cancelDone') })).toHaveCount(1);
  } finally {
    await visitorContext.close();
  }
});

test('the world’s booth dialog shows the booth’s listing with its stock and the buy button', async ({ page }) => {
  await page.setViewportSize({ width: 960, height: 540 });
  await enterWorld(page, `/booth/${BOOTH}`);
  const dialog = boothDialog(page);
  const sales = dialog.getByRole('region', { name: t('orders.listingsTitle') });
  await expect(sales.getByRole('heading', { name: PRODUCT })).toBeVisible();
  // The first test left one (the cancelled order's) for sale.
  await expect(sales.getByTestId('listing-stock')).toHaveText(t('orders.stockLeft', { count: 1 }));
  await expect(sales.getByRole('button', { name: t('orders.buy') })).toBeVisible();
  await expect(dialog).toHaveAccessibleName(boothName);
  // The panel's 구매 at the top takes the visitor to the listing.
  await dialog.getByRole('button', { name: t('world.boothPanelBuy'), exact: true }).click();
  await expect(sales.getByRole('heading', { name: t('orders.listingsTitle') })).toBeFocused();
});

test('a deal the member starts shows everywhere with the regular price struck through and a running countdown; ended, the regular price is back', async ({ page, context, browser, ordersServer, member }) => {
  await context.addCookies([{ name: 'seeot_session', value: member.cookie.split('=')[1]!, url: ordersServer.url }]);
  await page.goto(`/studio/booths/${BOOTH}/listings`);
  const deal = await startDeal(page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: PRODUCT }) }), '9000', 30);
  // 30 minutes on the server's clock: 29:5x once the answer is shown.
  const running = tPattern('orders.dealEndsIn', { time: '(29|30):\\d\\d' });
  await expect(deal.locator('time')).toHaveText(running);

  const visitorContext = await phoneContext(browser, ordersServer);
  const visitor = await visitorContext.newPage();
  try {
    await visitor.goto(`/booth/${BOOTH}?view=list`);
    const sales = visitor.getByRole('region', { name: t('orders.listingsTitle') });
    await expect(sales.locator('.listing__price strong')).toHaveText(won(9_000));
    await expect(sales.locator('.listing__price del')).toHaveText(`${t('orders.regularPrice')} ${won(12_000)}`);
    const countdown = sales.locator('.listing__countdown time');
    await expect(countdown).toHaveText(running);
    // It counts: the text a second later is another.
    const first = await countdown.textContent();
    await expect(countdown).not.toHaveText(first!);

    // The member ends it: the next read of the listings shows the regular price alone.
    await deal.getByRole('button', { name: t('orders.studioEndDeal') }).click();
    await expect(sales.locator('.listing__price del')).toHaveCount(0);
    await expect(sales.locator('.listing__price strong')).toHaveText(won(12_000));
    await expect(countdown).toHaveCount(0);
  } finally {
    await visitorContext.close();
  }
});
