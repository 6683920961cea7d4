import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Shared Playwright fixtures for every browser spec. Import `test` and `expect` from here, never
 * from @playwright/test, so each test also proves that no request left the app's origin (issue 3:
 * no CDN, no font or HDRI fallback fetches).
 */

/** Schemes that never touch the network. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/** ws(s): is the same server as http(s): (Colyseus shares the HTTP port). */
function originOf(url: string): string | null {
  const u = new URL(url);
  if (LOCAL_SCHEMES.has(u.protocol)) return null;
  const protocol = u.protocol === 'ws:' ? 'http:' : u.protocol === 'wss:' ? 'https:' : u.protocol;
  return `${protocol}//${u.host}`;
}

export const test = base.extend<{ requestedUrls: string[] }>({
  /** Every URL the context requested (HTTP and WebSocket), in order; asserted same-origin after each test. */
  requestedUrls: [
    async ({ context, baseURL }, use) => {
      const urls: string[] = [];
      const watchPage = (page: Page) => page.on('websocket', (ws) => urls.push(ws.url()));
      context.on('request', (req) => urls.push(req.url()));
      context.pages().forEach(watchPage);
      context.on('page', watchPage);
      await use(urls);
      if (!baseURL) throw new Error('baseURL must be set in playwright.config.ts');
      const appOrigin = new URL(baseURL).origin;
      const foreign = urls.filter((u) => {
        const o = originOf(u);
        return o !== null && o !== appOrigin;
      });
      expect(foreign, `requests left the app origin ${appOrigin}`).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export interface A11yOptions {
  /** Only check inside this selector (e.g. the booth dialog). */
  include?: string;
  exclude?: string[];
  disableRules?: string[];
}

/** Runs axe (WCAG 2.x A/AA + best practice) and fails on serious or critical violations. */
export async function expectNoSeriousA11yViolations(page: Page, options: A11yOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  if (options.include) builder = builder.include(options.include);
  for (const sel of options.exclude ?? []) builder = builder.exclude(sel);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
  const results = await builder.analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  - ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
  expect(serious, `axe found serious/critical violations on ${page.url()}:\n${report}`).toEqual([]);
}
