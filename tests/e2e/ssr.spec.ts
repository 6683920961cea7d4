import type { ConsoleMessage, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { t } from '../helpers/i18n.ts';

/**
 * Pages that paint before their JavaScript (server/http/ssr.ts): the text is in the first HTML, in
 * the visitor's language, and hydrating it changes nothing React would warn about.
 */

/** Console errors and warnings, and uncaught errors, from now on (but the 404 of a page that is one). */
function watchConsole(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    const notFoundPage = /status of 404/.test(m.text()) && /\/no-such-/.test(m.location().url);
    if (!notFoundPage) seen.push(`${m.type()}: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
  return seen;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/, /list and a booth page show their headings and text in Korean', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('시웃월드');
    await expect(page.getByText(t('landing.mascotGreeting'))).toBeVisible();
    await expect(page.getByRole('link', { name: '접근성 목록 보기' })).toHaveAttribute('href', '/list');

    await page.goto('/list');
    await expect(page.getByRole('heading', { level: 1, name: '전시 목록' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: '센터 연혁' })).toBeVisible();
    await expect(page.getByRole('region', { name: '센터 연혁' }).getByRole('heading', { level: 3, name: '2014–2020' })).toBeVisible();

    await page.goto('/booth/awareness?view=list');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('인식확산');
    await expect(page.getByRole('navigation', { name: '현재 위치' })).toBeVisible();
    await expect(page.getByRole('table').first()).toBeVisible();
    await expect(page).toHaveTitle('인식확산 — 시웃월드');
  });

  test('the language links work: English page, <html lang="en">, remembered for the next page', async ({ page, context }) => {
    await page.goto('/list');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/list\?lang=en$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Exhibition list' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect((await context.cookies()).find((c) => c.name === 'seeot_lang')?.value).toBe('en');
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Enter', exact: true })).toBeVisible();
  });
});

test.describe('an English browser', () => {
  test.use({ locale: 'en-US' });

  test('gets English pages and <html lang="en"> from the first byte', async ({ page }) => {
    const res = await page.goto('/');
    expect(await res!.text()).toContain('<html lang="en">');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('link', { name: 'Enter', exact: true })).toBeVisible();
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'en_US');
    await page.goto('/list');
    await expect(page.getByRole('heading', { level: 1, name: 'Exhibition list' })).toBeVisible();
  });
});

test('?lang=en sets the cookie and later visits stay English; ?lang=ko turns back', async ({ page, context }) => {
  const res = await page.goto('/booth/awareness?view=list&lang=en');
  expect(await res!.headerValue('set-cookie')).toMatch(/seeot_lang=en; Path=\/; Max-Age=31536000; SameSite=Lax/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Spreading awareness');
  expect((await context.cookies()).find((c) => c.name === 'seeot_lang')?.value).toBe('en');

  await page.goto('/list');
  await expect(page.getByRole('heading', { level: 1, name: 'Exhibition list' })).toBeVisible();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.goto('/?lang=ko');
  await page.goto('/list');
  await expect(page.getByRole('heading', { level: 1, name: '전시 목록' })).toBeVisible();
});

test('hydration: no React warnings or errors, and no catalogue fetch before the page works', async ({ page, requestedUrls }) => {
  const messages = watchConsole(page);
  for (const path of ['/', '/list', '/booth/awareness?view=list', '/booth/no-such-booth?view=list', '/no-such-page']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // The page works after hydration: the search box (client-only behaviour) answers.
  await page.goto('/list');
  await page.getByRole('combobox', { name: '부스 검색' }).fill('인식');
  // The search's own list: /list's enterprise finder has <select> options too.
  await expect(page.getByRole('listbox', { name: '부스 검색' }).getByRole('option').first()).toBeVisible();
  expect(messages).toEqual([]);
  expect(requestedUrls.filter((u) => u.includes('/api/catalogue'))).toEqual([]);
});

test('an English visitor hydrates in English (the server and the browser agree)', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'seeot_lang', value: 'en', url: baseURL! }]);
  const messages = watchConsole(page);
  await page.goto('/booth/consulting?view=list');
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Counselling and consulting');
  expect(messages).toEqual([]);
});

test('unknown booths and pages answer 404 with a page that says so', async ({ page, request }) => {
  const list = await page.goto('/booth/no-such-booth?view=list');
  expect(list!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: '부스를 찾을 수 없습니다' })).toBeVisible();
  await expect(page.getByText('no-such-booth')).not.toHaveCount(0);

  // The world's address of an unknown booth: 404 too (the world says so in its dialog).
  expect((await request.get('/booth/no-such-booth')).status()).toBe(404);
  expect((await request.get('/booth/awareness')).status()).toBe(200);

  const other = await page.goto('/no-such-page');
  expect(other!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: '페이지를 찾을 수 없습니다' })).toBeVisible();
});

test('each booth link has its own preview: title, description, og:url and a PNG og:image', async ({ request, baseURL }) => {
  const meta = (html: string, property: string): string | undefined =>
    new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1];
  const booths = [
    { id: 'awareness', title: '인식확산' },
    { id: 'consulting', title: '상담 및 컨설팅' },
  ];
  const images = new Set<string>();
  for (const { id, title } of booths) {
    const html = await (await request.get(`/booth/${id}`)).text();
    expect(meta(html, 'og:title')).toBe(`${title} — 시웃월드`);
    expect(meta(html, 'og:url')).toBe(`${baseURL}/booth/${id}`);
    expect(meta(html, 'og:description')?.length).toBeGreaterThan(20);
    expect(html).toContain(`<title>${title} — 시웃월드</title>`);
    images.add(meta(html, 'og:image')!);
  }
  for (const url of images) {
    expect(url).toMatch(new RegExp(`^${baseURL}/`));
    const img = await request.get(url);
    expect(img.status()).toBe(200);
    expect(img.headers()['content-type']).toBe('image/png');
  }
  // The list view of a booth names its own address.
  const list = await (await request.get('/booth/awareness?view=list&utm_source=kakao')).text();
  expect(meta(list, 'og:url')).toBe(`${baseURL}/booth/awareness?view=list`);
});

test('a web app manifest with PNG icons', async ({ request }) => {
  const res = await request.get('/manifest.webmanifest');
  expect(res.headers()['content-type']).toMatch(/^application\/manifest\+json/);
  const manifest = (await res.json()) as Record<string, unknown> & { icons: { src: string; sizes: string; type: string }[] };
  expect(manifest).toMatchObject({ short_name: '시웃월드', lang: 'ko', start_url: '/', display: 'standalone', theme_color: '#F26B3A' });
  expect(manifest.icons.map((i) => i.sizes).sort()).toEqual(['192x192', '512x512']);
  for (const icon of manifest.icons) {
    const img = await request.get(icon.src);
    expect(img.headers()['content-type']).toBe('image/png');
    // PNG signature, and the size the manifest claims (IHDR width and height).
    const bytes = await img.body();
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(icon.sizes);
  }
});

/** The page's Noto Sans KR faces are declared (client/start.ts adds them after the first paint). */
const facesDeclared = (page: Page): Promise<boolean> =>
  page.evaluate(() => [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Noto Sans KR'));

test('the font: only the subsets the page shows, declared inline, no render-blocking stylesheet', async ({ page, requestedUrls }) => {
  // Runs before the page's scripts: this frame callback is the first, before the one start.ts asks for.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      (window as unknown as { facesAtFirstFrame: number }).facesAtFirstFrame = [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Noto Sans KR').length;
    });
  });
  const res = await page.goto('/');
  const html = await res!.text();
  // No stylesheet link in the first HTML: the page's CSS and its font faces are inline (the faces in
  // a <noscript>: a stylesheet without scripts, added after the first paint with them).
  expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
  expect(html).toMatch(/<noscript id="seeot-faces"><style>@font-face\{font-family:'Noto Sans KR'/);
  // check() also answers true while no face is declared: wait for start.ts to add them (once loaded).
  await expect.poll(() => facesDeclared(page)).toBe(true);
  await expect.poll(() => page.evaluate(() => document.fonts.check('700 16px "Noto Sans KR"', '시웃월드'))).toBe(true);
  // No face was declared when the first frame was drawn, so no font file was fetched before it.
  expect(await page.evaluate(() => (window as unknown as { facesAtFirstFrame: number }).facesAtFirstFrame)).toBe(0);
  const fonts = requestedUrls.filter((u) => /\.woff2$/.test(u));
  // A few of the 248 subsets, not all of them.
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.length).toBeLessThan(40);

  for (const path of ['/', '/list', '/booth/consulting?view=list']) {
    await page.goto(path);
    await expect.poll(() => facesDeclared(page)).toBe(true);
    // The inline faces cover every character the page shows, without any stylesheet: the one with
    // every face waits for the visitor's first input (client/main.tsx).
    const faces = await page.evaluate(async () => {
      await document.fonts.ready;
      const ranges = [...document.fonts]
        .filter((f) => f.family.replace(/"/g, '') === 'Noto Sans KR')
        .flatMap((f) => f.unicodeRange.split(','))
        .map((r) => r.trim().replace(/^U\+/i, '').split('-').map((h) => parseInt(h, 16)))
        .map(([a = NaN, b = a]) => [a, b] as const);
      const covered = (p: number): boolean => ranges.some(([a, b]) => p >= a && p <= b);
      const shown = [...new Set(Array.from(document.body.innerText.replace(/\s/g, '')))];
      // Hangul and Latin letters and digits (emoji and symbols fall to the system's fonts by design).
      const missing = shown.filter((c) => /[\p{Script=Hangul}A-Za-z0-9]/u.test(c) && !covered(c.codePointAt(0)!));
      return { external: [...document.styleSheets].filter((s) => s.href).map((s) => s.href), missing };
    });
    expect(faces.external, path).toEqual([]);
    expect(faces.missing, path).toEqual([]);
  }
});
