import type { Page } from '@playwright/test';
import { findBooth } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { t } from '../helpers/i18n.ts';
import { expect, test } from './fixtures.ts';

/** Tab until the focused element matches `selector` (keyboard only; bounded so it cannot spin). */
async function tabUntil(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`focus never reached ${selector}`);
}

/** The rows a table shows, as text, with row-spanned cells repeated where they apply. */
async function tableRows(page: Page, caption: string): Promise<string[][]> {
  const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
  await expect(table).toBeVisible();
  return table.evaluate((t: HTMLTableElement) => {
    const body = t.tBodies[0]!;
    const carry: (string | null)[] = [];
    const carryLeft: number[] = [];
    return [...body.rows].map((tr) => {
      const cells: string[] = [];
      let ci = 0;
      for (let col = 0; cells.length < t.tHead!.rows[0]!.cells.length; col++) {
        if ((carryLeft[col] ?? 0) > 0) {
          cells.push(carry[col]!);
          carryLeft[col]! -= 1;
          continue;
        }
        const cell = tr.cells[ci++];
        if (!cell) break;
        cells.push(cell.textContent ?? '');
        if (cell.rowSpan > 1) {
          carry[col] = cell.textContent;
          carryLeft[col] = cell.rowSpan - 1;
        }
      }
      return cells;
    });
  });
}

test.describe('/list, keyboard only', () => {
  test('skip link, Korean search to a booth with its table, booth link and Back, history ranges', async ({ page }) => {
    await page.goto('/list');
    await expect(page.getByRole('heading', { level: 2, name: t('list.historyTitle') })).toBeVisible();

    // The skip link is the first stop and jumps to <main>.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: t('common.skipToContent') })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    // Into the search box (it sits in the header, before main: start again from the top).
    await page.goto('/list');
    await expect(page.getByRole('heading', { level: 2, name: t('list.historyTitle') })).toBeVisible();
    const combo = page.getByRole('combobox', { name: t('search.label') });
    await tabUntil(page, '[role="combobox"]');
    await expect(combo).toBeFocused();
    const awareness = findBooth(CATALOGUE, 'awareness')!.summary.title.ko;
    await page.keyboard.insertText(awareness.slice(0, 2));
    await expect(combo).toHaveAttribute('aria-expanded', 'true');
    // The search's own list: the enterprise finder further down has <select> options too.
    const options = page.getByRole('listbox', { name: t('search.label') }).getByRole('option');
    await expect(options.first()).toBeVisible();
    // Arrow down to that booth, checking aria-activedescendant follows.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('ArrowDown');
      const activeId = await combo.getAttribute('aria-activedescendant');
      expect(activeId).toBeTruthy();
      const active = page.locator(`[id="${activeId}"]`);
      await expect(active).toHaveAttribute('aria-selected', 'true');
      if ((await active.textContent())?.includes(awareness)) break;
    }
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/booth\/awareness\?view=list$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(awareness);

    // The booth's table has exactly the brochure's rows.
    const booth = findBooth(CATALOGUE, 'awareness');
    if (booth?.kind !== 'programme') throw new Error('awareness must be a programme booth');
    const table = booth.programme.exhibits.flatMap((e) => e.tables)[0]!;
    expect(await tableRows(page, table.caption)).toEqual(table.rows);
    await expect(page.getByRole('link', { name: t('common.view3d') })).toHaveAttribute('href', '/booth/awareness');

    // Back to the list; Tab to a booth link, Enter, Back.
    await page.goBack();
    await expect(page).toHaveURL(/\/list$/);
    await expect(page.getByRole('heading', { level: 2, name: t('list.historyTitle') })).toBeVisible();
    await tabUntil(page, '.booth-links a');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toMatch(/^\/booth\/[a-z0-9-]+\?view=list$/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href!.replace('?', '\\?')}$`));
    await expect(page.getByRole('navigation', { name: t('common.breadcrumb') })).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/\/list$/);

    // History blocks show ranges as ranges.
    const history = page.getByRole('region', { name: t('list.historyTitle') });
    await expect(history.getByRole('heading', { level: 3, name: '2014–2020' })).toBeVisible();
    await expect(history.getByRole('heading', { level: 3, name: '2010', exact: true })).toBeVisible();
  });

  test('a blank year cell belongs to the row above (row span); a photo caption shows, quieter than the text', async ({ page, request }) => {
    await page.goto('/booth/consulting?view=list');
    const th = page.locator('table', { has: page.locator('caption', { hasText: '전문분야 SOS컨설팅' }) }).locator('tbody th', { hasText: '2022' });
    await expect(th).toHaveAttribute('rowspan', '2');
    expect(await tableRows(page, '전문분야 SOS컨설팅')).toEqual([
      ['2023', '사회적가치지표(SVI) 전문 컨설팅', '10', ''],
      ['2022', '마을기업 전문 경영컨설팅', '4', ''],
      ['2022', '마을기업 현장 진단 컨설팅', '9', ''],
      ['2021', '2021년 변경 노동관계법규 및 인사관리제도', '10', ''],
    ]);

    // The brochure's caption under the SOS consulting photos, in that exhibit, as printed.
    const sos = page.getByRole('region', { name: '사회적경제 SOS 컨설팅', exact: true });
    const captions = sos.getByRole('list', { name: t('booth.captionsTitle') });
    await expect(captions.getByRole('listitem')).toHaveText(['SOS 컨설팅']);
    await expect(captions).toHaveAttribute('lang', 'ko');
    const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    expect(await captions.getByRole('listitem').evaluate(size)).toBeLessThan(await sos.locator('p').first().evaluate(size));
    // Server-rendered, in either language, with the label in that language.
    for (const lang of ['ko', 'en'] as const) {
      const html = await (await request.get(`/booth/consulting?view=list&lang=${lang}`)).text();
      expect(html).toContain(t('booth.captionsTitle', {}, lang));
      expect(html).toContain('<li>SOS 컨설팅</li>');
    }
  });

  test('search typed before the page\'s script ran is kept and answered, then says when nothing matches; Esc closes the popup', async ({ page }) => {
    // The scripts are held back until the visitor has typed into the box the server rendered: a
    // slow phone hydrates seconds after the box shows, and what was typed meanwhile must count.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/.*\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    // Not until DOMContentLoaded: module scripts run before it, and they are being held.
    await page.goto('/list', { waitUntil: 'commit' });
    const combo = page.getByRole('combobox', { name: t('search.label') });
    await expect(combo).toBeVisible();
    await combo.focus();
    await page.keyboard.insertText('시웃');
    release();
    await expect(combo).toHaveAttribute('aria-expanded', 'true');
    await expect(combo).toHaveValue('시웃');
    await expect(page.getByRole('listbox', { name: t('search.label') }).getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(combo).toHaveAttribute('aria-expanded', 'false');
    await combo.fill('');
    await page.keyboard.insertText('존재하지않는부스');
    await expect(page.getByText(t('search.noResults'))).toBeVisible();
  });

  test('language switch: English headings and <html lang="en">, kept after reload', async ({ page }) => {
    await page.goto('/list');
    await expect(page.getByRole('heading', { level: 1, name: t('list.title') })).toBeVisible();
    await tabUntil(page, 'a[lang="en"]');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: t('list.title', {}, 'en') })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: t('list.historyTitle', {}, 'en') })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('link', { name: t('common.langEn') })).toHaveAttribute('aria-current', 'true');
    await expect(page.getByRole('link', { name: t('common.langKo') })).not.toHaveAttribute('aria-current');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: t('list.title', {}, 'en') })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('arriving without WebGL shows the notice', async ({ page }) => {
    await page.goto('/list?notice=no-webgl');
    await expect(page.getByText(t('list.noticeNoWebgl'))).toBeVisible();
  });
});
