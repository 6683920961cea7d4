/**
 * Selling during a live (issue 10 §4), one journey on phones: the booth's member puts a product on
 * sale in /studio, pins it and starts a deal; a visitor on /list's booth page sees the pinned card
 * (deal price over the struck regular one, the countdown running), buys one from it, and both see
 * the stock drop without reloading (pushed by the server); the member ends the deal and the
 * visitor's card shows the regular price alone; staff's /admin/sales shows the booth's reserved
 * order. Axe on the card, the studio page and the sales page.
 */
import { findBooth } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { adminSalesKo } from '../../shared/i18n/sales-admin-ko.ts';
import { t, tPattern } from '../helpers/i18n.ts';
import { ownServer } from '../helpers/ownServer.ts';
import type { RunningServer } from '../helpers/serverProcess.ts';
import { buyOne, createListing, startDeal } from '../helpers/sellSteps.ts';
import { invitedAccount, setupAdmin, type SignedInSession } from '../helpers/staffSession.ts';
import { test as base, expect, expectNoSeriousA11yViolations } from './fixtures.ts';

const BOOTH = 'cut-the-trash';
const boothName = findBooth(CATALOGUE, BOOTH)!.summary.title.ko;
const PRODUCT = '라이브 특가 텀블러';
const PHONE_VIEWPORT = { width: 390, height: 844 };

const test = base.extend<object, { sellServer: RunningServer; admin: SignedInSession; member: SignedInSession }>({
  sellServer: ownServer(),
  admin: [async ({ sellServer }, use) => use(await setupAdmin(sellServer.url, sellServer.output())), { scope: 'worker' }],
  member: [
    async ({ sellServer, admin }, use) => {
      await use(await invitedAccount(sellServer.url, admin, { role: 'enterprise', boothId: BOOTH, email: 'live@ctt.example.kr', displayName: '컷더트래쉬 라이브' }));
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ sellServer }, use) => use(sellServer.url),
});

test.setTimeout(120_000);
test.use({ viewport: PHONE_VIEWPORT, hasTouch: true, isMobile: true, locale: 'ko-KR' });

const won = (n: number) => t('orders.priceWon', { price: n.toLocaleString('ko-KR') });

test('a member pins a product and starts a deal; a visitor on /list buys from the pinned card, both see the stock drop; the deal ends and the regular price shows', async ({
  page,
  context,
  browser,
  sellServer,
  admin,
  member,
}) => {
  await context.addCookies([{ name: 'seeot_session', value: member.cookie.split('=')[1]!, url: sellServer.url }]);
  await page.goto(`/studio/booths/${BOOTH}/listings`);
  const card = await createListing(page, { name: PRODUCT, price: '15000', stock: 5, transfer: '농협 301-1234-5678-91 (주)컷더트래쉬' });
  const studioStock = card.getByTestId('studio-stock');

  // 고정, then a 10-minute deal at 11,000.
  await card.getByRole('button', { name: t('orders.studioPin') }).click();
  await expect(card.getByRole('status').filter({ hasText: t('orders.studioPinnedNow') })).toBeVisible();
  await expect(card.getByRole('button', { name: t('orders.studioUnpin') })).toBeVisible();
  const deal = await startDeal(card, '11000', 10);
  const running = tPattern('orders.dealEndsIn', { time: '(09|10):\\d\\d' });
  await expect(deal.locator('time')).toHaveText(running);
  await expectNoSeriousA11yViolations(page);

  const visitorContext = await browser.newContext({ baseURL: sellServer.url, locale: 'ko-KR', viewport: PHONE_VIEWPORT, hasTouch: true, isMobile: true });
  const visitor = await visitorContext.newPage();
  try {
    await visitor.goto(`/booth/${BOOTH}?view=list`);
    const pinned = visitor.getByRole('region', { name: t('orders.pinnedTitle') });
    await expect(pinned.getByRole('heading', { name: PRODUCT })).toBeVisible();
    await expect(pinned.locator('.listing__price strong')).toHaveText(won(11_000));
    await expect(pinned.locator('.listing__price del')).toHaveText(`${t('orders.regularPrice')} ${won(15_000)}`);
    const countdown = pinned.locator('.listing__countdown time');
    await expect(countdown).toHaveText(running);
    const first = await countdown.textContent();
    await expect(countdown).not.toHaveText(first!);
    const stock = pinned.getByTestId('listing-stock');
    await expect(stock).toHaveText(t('orders.stockLeft', { count: 5 }));
    await visitor.evaluate(() => document.fonts.ready);
    await expectNoSeriousA11yViolations(visitor);

    // 구매하기 on the card opens the buy form there; one at the deal's price.
    const receipt = await buyOne(pinned, PRODUCT, { name: '김민지', phone: '010-1234-5678', address: '경기도 부천시 원미구 부일로 232' });
    await expect(receipt).toContainText(won(11_000));

    // Both see 4 left, pushed: the visitor's card and the member's studio page, neither reloaded.
    await expect(stock).toHaveText(t('orders.stockLeft', { count: 4 }));
    await expect(studioStock).toHaveText(t('orders.stockLeft', { count: 4 }));

    // The member ends the deal: the card shows the regular price alone, without a countdown.
    await deal.getByRole('button', { name: t('orders.studioEndDeal') }).click();
    await expect(pinned.locator('.listing__price del')).toHaveCount(0);
    await expect(pinned.locator('.listing__price strong')).toHaveText(won(15_000));
    await expect(countdown).toHaveCount(0);

    // Staff read it in /admin/sales: the booth's one reserved order at the deal's price.
    await visitorContext.addCookies([{ name: 'seeot_session', value: admin.cookie.split('=')[1]!, url: sellServer.url }]);
    await visitor.goto('/admin/sales');
    const table = visitor.getByRole('table', { name: adminSalesKo.caption });
    const row = table.getByRole('row').filter({ has: visitor.getByRole('rowheader', { name: boothName }) });
    await expect(row.getByRole('cell')).toHaveText(['0건', '0원', '1건', '11,000원', '0건']);
    await expectNoSeriousA11yViolations(visitor);
    // The visitor's 구매하기 counted as a product click in the booth's figures (written in batches).
    const productClicks = async () =>
      ((await (await visitor.request.get(`/api/admin/analytics/booths/${BOOTH}`)).json()) as { booths: { events: Record<string, number> }[] }).booths[0]?.events.product_click ?? 0;
    await expect.poll(productClicks, { timeout: 20_000 }).toBe(1);
  } finally {
    await visitorContext.close();
  }
});
