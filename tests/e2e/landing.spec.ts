import { containing, t } from '../helpers/i18n.ts';
import { expect, test } from './fixtures.ts';

/** The world's code and its 3D engine: none of it may load on the landing page or /list. */
const WORLD_CHUNK = /(World(Route|App)|three|fiber|drei|troika)[^/]*\.js(\?|$)/i;

test.describe('landing', () => {
  test('loads light: no world or three.js chunk, Korean by default, link preview tags', async ({ page, requestedUrls }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(t('landing.title'));
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.fonts.ready);

    const scripts = requestedUrls.filter((u) => /\.js(\?|$)/.test(u));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((u) => WORLD_CHUNK.test(u))).toEqual([]);

    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', `${t('common.appName')} — ${t('common.appTagline')}`);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /.+/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.+/);
    // The DOM font is the shipped, unicode-range-split Noto Sans KR, fetched from our origin only.
    expect(requestedUrls.some((u) => /noto-sans-kr-.*\.woff2$/.test(u))).toBe(true);
    await expect(page.getByRole('link', { name: t('common.viewList') })).toHaveAttribute('href', '/list');
    await expect(page.getByText(t('landing.mascotGreeting'))).toBeVisible();
  });

  test('one 시웃이: the landing, the header on / and /list and the tab icon show the same drawing, the 3D model’s', async ({ page, request }) => {
    await page.goto('/');
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).toMatch(/^\/assets\/seeot-[\w-]+\.svg$/);
    await expect(page.getByRole('img', { name: t('landing.mascotAlt') })).toHaveAttribute('src', icon!);
    await expect(page.locator('.brand__mark')).toHaveAttribute('src', icon!);
    await page.goto('/list');
    await expect(page.locator('.brand__mark')).toHaveAttribute('src', icon!);
    await expect(page.getByRole('img', { name: t('landing.mascotAlt') })).toHaveAttribute('src', icon!);
    const drawing = await request.get(icon!);
    expect(drawing.headers()['content-type']).toContain('image/svg+xml');
    // The 3D model's body colour (client/ui/mascot/mascotColors.ts; tests/unit/mascot-look.test.ts checks every part).
    expect(await drawing.text()).toContain('#ffc23d');
  });

  test('/list hydrates without the world or three.js chunk', async ({ page, requestedUrls }) => {
    await page.goto('/list');
    await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
    await page.waitForLoadState('networkidle');
    const scripts = requestedUrls.filter((u) => /\.js(\?|$)/.test(u));
    expect(scripts.length).toBeGreaterThan(1);
    expect(scripts.filter((u) => WORLD_CHUNK.test(u))).toEqual([]);
  });

  test('the enter button goes to /world', async ({ page }) => {
    await page.goto('/');
    const enter = page.getByRole('link', { name: t('landing.enter') });
    await expect(enter).toBeVisible();
    await enter.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/world$/);
  });

  test('the landing page is complete without the app: the language switch loads the English page, remembered on the next visit', async ({ page, requestedUrls }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(t('landing.title'));
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.fonts.ready);
    // No boot data and no app: the one script is the page's own entry (it loads the fonts).
    await expect(page.locator('#seeot-boot')).toHaveCount(0);
    const entry = await page.locator('script[type="module"][src]').getAttribute('src');
    expect(requestedUrls.filter((u) => /\.js(\?|$)/.test(u)).map((u) => new URL(u).pathname)).toEqual([entry]);

    await page.getByRole('link', { name: t('common.langEn') }).click();
    await expect(page).toHaveURL(/\/\?lang=en$/);
    await expect(page.getByRole('link', { name: t('landing.enter', {}, 'en'), exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(containing(t('common.appName', {}, 'en')));
    await expect(page.getByRole('link', { name: t('common.langEn') })).toHaveAttribute('aria-current', 'true');
    await page.goto('/');
    await expect(page.getByRole('link', { name: t('landing.enter', {}, 'en'), exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
