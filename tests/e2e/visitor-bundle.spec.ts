import type { Page, Request } from '@playwright/test';
import { skipControlsHelp } from '../helpers/world.ts';
import { expect, test } from './fixtures.ts';

/**
 * The test hook (window.__seeot) and the synthetic crowd are not in the JavaScript a visitor
 * downloads: a visit to the landing page, the world and the list, without the test switch, fetches
 * no script that contains them. With the switch the hook's chunk arrives and has every marker, so
 * the markers do find the code when it is there. Markers are what minification keeps: the window
 * property, the hook's method names, the crowd's avatar names and a field name.
 */
const MARKERS: [string, RegExp][] = [
  ['the window property', /__seeot\b/],
  ['the hook API', /addSyntheticAvatars|renderedAvatars/],
  // Its avatars' names (a template literal after minification) and a field of its own.
  ['the synthetic crowd', /`가상\$\{|\blastEmote\b/],
];

/**
 * Every script the page requests, by path, with its text. The bodies are fetched again afterwards
 * (the same static files): a response's own body is gone once the page has navigated on.
 */
function collectScripts(page: Page): () => Promise<Map<string, string>> {
  const urls = new Set<string>();
  page.on('request', (r: Request) => {
    if (r.resourceType() === 'script') urls.add(r.url());
  });
  return async () => {
    const bodies = [...urls].map(async (url): Promise<[string, string]> => {
      const res = await page.request.get(url);
      expect(res.ok(), url).toBe(true);
      return [new URL(url).pathname, await res.text()];
    });
    return new Map(await Promise.all(bodies));
  };
}

/** The world as a visitor reaches it, until the loading screen is gone and nothing more is fetched. */
async function visitWorld(page: Page): Promise<void> {
  await skipControlsHelp(page);
  await page.goto('/');
  await page.goto('/world?quality=low');
  await expect(page.getByTestId('world-loading')).toBeHidden({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
}

test.describe('a visitor', () => {
  test.use({ testHook: false });

  test('downloads neither the test hook nor the synthetic crowd', async ({ page }) => {
    const scripts = collectScripts(page);
    await visitWorld(page);
    await page.goto('/list');
    await page.waitForLoadState('networkidle');
    const received = await scripts();
    // The world really loaded its code (three.js is in a chunk of its own), so there was something to search.
    expect(received.size).toBeGreaterThan(2);
    for (const [path, text] of received) {
      for (const [what, marker] of MARKERS) expect(marker.test(text), `${what} in ${path}`).toBe(false);
    }
    expect(await page.evaluate(() => '__seeot' in window)).toBe(false);
  });
});

test('with the test switch on, the world loads the hook and its crowd from a chunk of their own', async ({ page }) => {
  const scripts = collectScripts(page);
  await visitWorld(page);
  await page.waitForFunction(() => window.__seeot?.ready === true);
  const withHook = [...(await scripts())].filter(([, text]) => MARKERS.every(([, marker]) => marker.test(text)));
  expect(withHook.map(([path]) => path)).toEqual([expect.stringMatching(/\/testHook-[^/]*\.js$/)]);
  expect(await page.evaluate(() => window.__seeot!.addSyntheticAvatars(3))).toBe(3);
  await expect.poll(() => page.evaluate(() => window.__seeot!.renderedAvatars().synthetic)).toBe(3);
});
