import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { enableTestHook } from '../helpers/testHook.ts';

/**
 * Shared Playwright fixtures for every browser spec. Import `test` and `expect` from here, never
 * from @playwright/test, so each test also proves that no request left the app's origin (issue 3:
 * no CDN, no font or HDRI fallback fetches) and that the app runs under its own Content Security
 * Policy (server/http/securityHeaders.ts) without a single violation.
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

/** The page-side reporter of `securitypolicyviolation` events (exposed by the cspViolations fixture). */
const CSP_REPORTER = '__seeotCspViolation';

export const test = base.extend<{ requestedUrls: string[]; cspViolations: string[]; testHook: boolean; enableHookInContext: void }>({
  /**
   * The world's test hook (window.__seeot) in the test's own context: on unless a spec says
   * `test.use({ testHook: false })`. Contexts a spec makes itself call enableTestHook.
   */
  testHook: [true, { option: true }],
  enableHookInContext: [
    async ({ context, testHook }, use) => {
      if (testHook) await enableTestHook(context);
      await use();
    },
    { auto: true },
  ],
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
  /**
   * Every CSP violation in the context, asserted empty after each test: the DOM event in every
   * document, and Chromium's console errors (which also cover what no document hears, e.g. workers).
   */
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.exposeBinding(CSP_REPORTER, (_source, v: string) => void violations.push(v));
      await context.addInitScript((reporter) => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as Record<string, (v: string) => void>)[reporter];
          report?.(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
        });
      }, CSP_REPORTER);
      context.on('console', (m) => {
        if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      await use(violations);
      expect(violations, 'the page broke its own Content Security Policy').toEqual([]);
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
