import { t } from '../helpers/i18n.ts';
import { test, expect } from './fixtures.ts';
import { closeAll, lineWith, say, worldVisitor, type Visitor } from './chat-helpers.ts';
import { enableTestHook } from '../helpers/testHook.ts';
import { enterWorld } from '../helpers/world.ts';

/**
 * Phones: the world's chat panel starts folded into a button (it would cover half the view), and
 * the button counts what arrived meanwhile; opening it shows the lines and clears the count.
 */
let phone: Visitor | undefined;
let desk: Visitor | undefined;
test.afterEach(async () => closeAll(phone, desk));

test('the folded chat button shows unread lines and opens onto them', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  desk = await worldVisitor(browser, '책상손님', { baseURL });
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await enableTestHook(context);
  const page = await context.newPage();
  await page.addInitScript(() => localStorage.setItem('seeot.identity', JSON.stringify({ nickname: '폰손님', colorIndex: 4 })));
  phone = { context, page, nickname: '폰손님' };
  await enterWorld(page);
  const fab = page.locator('.chat-fab');
  await expect(fab).toBeVisible();
  await expect(fab).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(() => page.evaluate(() => window.__seeot?.status)).toBe('connected');

  await say(desk.page, '폰으로도 보이나요?');
  await expect(fab).toHaveAccessibleName(t('chat.openWithUnread', { count: 1 }));
  await expect(page.locator('.chat-fab__badge')).toHaveText('1');

  await fab.click();
  await expect(lineWith(page, '폰으로도 보이나요?')).toBeVisible();
  await page.getByRole('button', { name: t('chat.close') }).click();
  await expect(page.locator('.chat-fab__badge')).toHaveCount(0);
});
