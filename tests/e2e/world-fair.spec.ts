import { listBooths } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { RECONNECT_SECONDS } from '../../server/hall/config.ts';
import { ownServer } from '../helpers/ownServer.ts';
import type { RunningServer } from '../helpers/serverProcess.ts';
import { setupAdmin } from '../helpers/staffSession.ts';
import { enterWorld, waitForWorld } from '../helpers/world.ts';
import { test as base, expect, expectNoSeriousA11yViolations } from './fixtures.ts';

/**
 * Issue 11 §1: a timed fair has its own hall. Its page links to /world?fair=<slug>, which lays out
 * only the fair's booths (read through the test hook) and joins the fair's own shard; /list?fair=
 * lists the same booths, server-rendered so. Against a server of our own: the fair would otherwise
 * show on every other spec's pages.
 */
const test = base.extend<object, { fairServer: RunningServer }>({
  fairServer: ownServer(),
  baseURL: async ({ fairServer }, use) => use(fairServer.url),
});

const booths = listBooths(CATALOGUE);
const SHOWN = [booths[0]!.id, booths[3]!.id];
const HIDDEN = booths[1]!.id;
const HOUR = 3_600_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

test('a fair’s world and list show its booths, its visitors join its own hall, and its links and a rejoin keep them there', async ({ page, fairServer }) => {
  test.setTimeout(180_000);
  const admin = await setupAdmin(fairServer.url, fairServer.output());
  const api = (method: string, path: string, body: unknown) => fetch(`${fairServer.url}/api/admin/fairs${path}`, { method, headers: admin.headers(), body: JSON.stringify(body) });
  const made = await api('POST', '', { title: { ko: '봄 장터', en: 'Spring market' }, slug: 'spring-market', startsAt: iso(-HOUR), endsAt: iso(24 * HOUR), shardCapacity: 50, editsNeedApproval: false, published: true });
  expect(made.status).toBe(201);
  const { id } = (await made.json()) as { id: number };
  expect((await api('PUT', `/${id}/booths`, { boothIds: SHOWN })).status).toBe(200);
  // The page is rendered per request; /api/fairs is what the world cuts its venue by.
  await expect.poll(async () => ((await (await fetch(`${fairServer.url}/api/fairs`)).json()) as { fairs: unknown[] }).fairs.length, { timeout: 20_000 }).toBe(1);

  // The fair's page leads into its own hall.
  await page.goto('/f/spring-market');
  await expect(page.locator('a[href="/world?fair=spring-market"]')).toBeVisible();

  await enterWorld(page, '/world?fair=spring-market');
  await expect.poll(() => page.evaluate(() => window.__seeot!.booths().map((b) => b.id).sort())).toEqual([...SHOWN].sort());
  await page.waitForFunction(() => window.__seeot!.shard !== null, undefined, { timeout: 30_000 });
  const shards = async (query: string) => ((await (await fetch(`${fairServer.url}/api/hall/shards${query}`)).json()) as { shards: { clients: number; capacity: number }[] }).shards;
  expect((await shards('?fair=spring-market')).map((s) => [s.clients, s.capacity])).toEqual([[1, 50]]);
  expect(await shards('')).toEqual([]);

  // /list of the fair: its booths only, already in the server's HTML.
  const html = await (await fetch(`${fairServer.url}/list?fair=spring-market`)).text();
  // Its links stay in the fair, already in the server's HTML (hydration keeps attributes as served).
  expect(html).toContain(`/booth/${SHOWN[0]}?view=list&amp;fair=spring-market`);
  expect(html).not.toContain(`/booth/${HIDDEN}?view=list`);
  // The page's sockets from here on, so the test can drop the hall connection (as a server restart does).
  await page.addInitScript(() => {
    const Native = window.WebSocket;
    const sockets: WebSocket[] = [];
    (window as unknown as { __sockets: WebSocket[] }).__sockets = sockets;
    window.WebSocket = class extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        sockets.push(this);
      }
    };
  });
  await page.goto('/list?fair=spring-market');
  await expect(page.locator(`a[href="/booth/${HIDDEN}?view=list&fair=spring-market"]`)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // list → booth page → its booth in the world: every step keeps the fair.
  await page.locator(`a[href="/booth/${SHOWN[1]}?view=list&fair=spring-market"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/booth/${SHOWN[1]}\\?view=list&fair=spring-market$`));
  await expect(page.locator('nav.breadcrumb a[href="/list?fair=spring-market"]')).toBeVisible();
  await page.locator(`a[href="/booth/${SHOWN[1]}?fair=spring-market"]`).click();
  await waitForWorld(page);
  await expect.poll(() => page.evaluate(() => window.__seeot!.booths().map((b) => b.id).sort())).toEqual([...SHOWN].sort());
  await page.waitForFunction(() => window.__seeot!.connected, undefined, { timeout: 30_000 });
  await expect.poll(async () => (await shards('?fair=spring-market')).map((s) => s.clients)).toEqual([1]);
  expect(await shards('')).toEqual([]);
  // Closing the booth (reached by a link, not pushed) lands on the fair's world, whose list button stays in the fair.
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/world\?fair=spring-market$/);
  await expect(page.locator('a.world-hud__list')).toHaveAttribute('href', '/list?fair=spring-market');

  // The connection drops (as at a server restart): the visitor rejoins the fair's hall, not the permanent one.
  const before = await page.evaluate(() => window.__seeot!.sessionId);
  await page.evaluate(() => (window as unknown as { __sockets: WebSocket[] }).__sockets.filter((s) => s.readyState === WebSocket.OPEN).forEach((s) => s.close(4001, 'test drop')));
  await page.waitForFunction((old) => window.__seeot!.connected && window.__seeot!.sessionId !== old, before, { timeout: 30_000 });
  // The dropped seat is held for the reconnect window (it came back as a new session), then freed.
  await expect.poll(async () => (await shards('?fair=spring-market')).map((s) => s.clients), { timeout: (RECONNECT_SECONDS + 15) * 1000 }).toEqual([1]);
  expect(await shards('')).toEqual([]);
  expect(await page.evaluate(() => window.__seeot!.booths().map((b) => b.id).sort())).toEqual([...SHOWN].sort());
});
