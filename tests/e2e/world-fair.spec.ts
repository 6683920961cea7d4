import { listBooths } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { ownServer } from '../helpers/ownServer.ts';
import type { RunningServer } from '../helpers/serverProcess.ts';
import { setupAdmin } from '../helpers/staffSession.ts';
import { enterWorld } from '../helpers/world.ts';
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

test('a fair’s world and list show its booths, and its visitors join its own hall', async ({ page, fairServer }) => {
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
  expect(html).toContain(`/booth/${SHOWN[0]}?view=list`);
  expect(html).not.toContain(`/booth/${HIDDEN}?view=list`);
  await page.goto('/list?fair=spring-market');
  await expect(page.locator(`a[href="/booth/${SHOWN[1]}?view=list"]`).first()).toBeVisible();
  await expect(page.locator(`a[href="/booth/${HIDDEN}?view=list"]`)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});
