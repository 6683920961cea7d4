import { expect, expectNoSeriousA11yViolations, test } from './fixtures.ts';

// The DOM pages; the booth dialog inside the world is checked by the world's own spec.
const PAGES = [
  { path: '/', ready: '시웃월드' },
  { path: '/list', ready: '센터 연혁' },
  { path: '/booth/awareness?view=list', ready: '인식확산' },
  { path: '/booth/consulting?view=list', ready: '상담 및 컨설팅' },
];

for (const { path, ready } of PAGES) {
  test(`axe: no serious or critical violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: ready }).first()).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    await expectNoSeriousA11yViolations(page);
  });
}

test('axe: /list in English with the search popup open', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'seeot_lang', value: 'en', url: baseURL! }]);
  await page.goto('/list');
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  await page.getByRole('combobox').fill('school');
  await expect(page.getByRole('listbox')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
