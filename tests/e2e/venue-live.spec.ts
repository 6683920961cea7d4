import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { createLogger } from '../../server/logger.ts';
import { openVenue } from '../../server/venue/openVenue.ts';
import type { VenueService } from '../../server/venue/venueService.ts';
import { startPostgres, type PrivatePostgres } from '../helpers/postgres.ts';
import { startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { distance, enterWorld, playerPos, teleport, waitFrames } from '../helpers/world.ts';
import { expect, test } from './fixtures.ts';

// Venue edits reach open pages without a reload (issue 9 §1): a visitor reading /list and one
// standing in the world. A changed name shows in both; a booth closed and reopened leaves and
// rejoins /list and the world's layout while the world's player stays where they stood, the canvas
// is the same one and the page never reloads. The edits are made on the database directly (another
// process's venue service), as staff editing elsewhere would; the server finds them within a second.

/** A server of this spec's own (its venue on a private PostgreSQL this spec also writes), next to the suite's. */
const PORT = Number(process.env.E2E_PORT ?? 2599) + 1;
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

const SECRET = 'venue-live-e2e-secret-0123456789abcdefghij';
const EDITED = 'nongnongi';
const CLOSABLE = 'vq-studio';
const nameOf = (id: string): string => CATALOGUE.enterprises.find((e) => e.id === id)!.name.ko;

let postgres: PrivatePostgres;
let server: RunningServer;
let writer: VenueService;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  postgres = await startPostgres();
  const url = await postgres.createDatabase('venue_live_e2e');
  server = await startServer({ DATABASE_URL: url, SESSION_SECRET: SECRET, PORT: String(PORT) });
  writer = await openVenue({ DATABASE_URL: url }, createLogger('silent'));
});

test.afterAll(async () => {
  server?.child.kill('SIGTERM');
  await server?.exited;
  await writer?.close();
  await postgres?.stop();
});

test('an edit shows on /list and in the world without a reload; a closed booth re-lays-out the world and the player stays put', async ({ page, context }) => {
  test.setTimeout(150_000);
  const list = await context.newPage();
  const listFetches: string[] = [];
  list.on('request', (r) => new URL(r.url()).pathname === '/api/catalogue' && listFetches.push(r.url()));
  await list.goto('/list');
  await expect(list.getByText(nameOf(EDITED)).first()).toBeVisible();
  await expect(list.getByText(nameOf(CLOSABLE)).first()).toBeVisible();

  await enterWorld(page);
  await page.waitForFunction(() => window.__seeot?.connected === true, undefined, { timeout: 60_000 });
  await teleport(page, `booth:${EDITED}`);
  await waitFrames(page, 5);
  const prompt = page.locator('.world-prompt__title');
  await expect(prompt).toHaveText(nameOf(EDITED));
  const stood = await playerPos(page);
  // Marks a reload or a new canvas would lose.
  await page.evaluate(() => {
    (window as unknown as { kept: boolean }).kept = true;
    (document.querySelector('canvas') as unknown as { kept: boolean }).kept = true;
  });
  await list.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));

  // A text edit: /list and the world's booth prompt show it in place.
  const renamed = '실시간 농농이';
  const r = await writer.editBooth({ boothId: EDITED, fields: [{ path: 'name.ko', value: renamed }], by: 'venue-live-e2e' });
  expect(r.ok).toBe(true);
  await expect(list.getByText(renamed).first()).toBeVisible();
  await expect(prompt).toHaveText(renamed);

  // A booth closed: it leaves /list and the world's layout; the player has not moved.
  expect((await writer.setBoothStatus(CLOSABLE, 'closed')).ok).toBe(true);
  await expect(list.getByText(nameOf(CLOSABLE))).toHaveCount(0);
  await expect.poll(() => page.evaluate((id) => window.__seeot!.booths().some((b) => b.id === id), CLOSABLE)).toBe(false);
  await waitFrames(page, 10);
  expect(distance(await playerPos(page), stood)).toBeLessThan(0.05);
  await expect(prompt).toHaveText(renamed);

  // Reopened: back in both.
  expect((await writer.setBoothStatus(CLOSABLE, 'open')).ok).toBe(true);
  await expect(list.getByText(nameOf(CLOSABLE)).first()).toBeVisible();
  await expect.poll(() => page.evaluate((id) => window.__seeot!.booths().some((b) => b.id === id), CLOSABLE)).toBe(true);
  await waitFrames(page, 10);
  expect(distance(await playerPos(page), stood)).toBeLessThan(0.05);

  // The rendered /list had the server's venue (the events stream's hash matched it): one read per change, none more.
  expect(listFetches).toHaveLength(3);
  // Same pages, same canvas, still in the hall.
  expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept === true && (document.querySelector('canvas') as unknown as { kept?: boolean }).kept === true)).toBe(true);
  expect(await list.evaluate(() => (window as unknown as { kept?: boolean }).kept === true)).toBe(true);
  expect(await page.evaluate(() => window.__seeot!.connected)).toBe(true);
});
