import { findBooth } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { t } from '../helpers/i18n.ts';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.ts';

const boothTitle = (id: string) => findBooth(CATALOGUE, id)!.summary.title;

// The DOM pages; the booth dialog inside the world is checked by the world's own spec.
const PAGES = [
  { path: '/', ready: t('landing.title') },
  { path: '/list', ready: t('list.historyTitle') },
  { path: '/booth/awareness?view=list', ready: boothTitle('awareness').ko },
  { path: '/booth/consulting?view=list', ready: boothTitle('consulting').ko },
];

for (const { path, ready } of PAGES) {
  test(`axe: no serious or critical violations on ${path}, and nothing moves for ever by itself`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: ready }).first()).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    await expectNoSeriousA11yViolations(page);
    // WCAG 2.2.2: motion that starts by itself and never ends would need a pause button (시웃이 bobs only while pointed at).
    const endless = await page.evaluate(() =>
      document
        .getAnimations()
        .filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations === Infinity)
        .map((a) => (a.effect instanceof KeyframeEffect ? (a.effect.target?.getAttribute('class') ?? '?') : '?')),
    );
    expect(endless, 'elements animating for ever').toEqual([]);
  });
}

test('axe: /list in English with the search popup open', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'seeot_lang', value: 'en', url: baseURL! }]);
  await page.goto('/list');
  await expect(page.getByRole('heading', { name: t('list.historyTitle', {}, 'en') })).toBeVisible();
  await page.getByRole('combobox', { name: t('search.label', {}, 'en') }).fill('school');
  await expect(page.getByRole('listbox')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
