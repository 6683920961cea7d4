import { venueFingerprint } from '../../shared/protocol/venue.ts';
import { LAYOUT, skipControlsHelp, waitForWorld } from '../helpers/world.ts';
import { expect, test } from './fixtures.ts';

// The venue fingerprint end to end: a page whose layout is not the server's (staff changed the
// venue since it loaded) is refused with venueChanged, re-reads the venue and joins with the
// server's layout, without an error on screen.

test('a page with an out-of-date layout re-reads the venue and joins with the server\'s', async ({ page }) => {
  test.setTimeout(120_000);
  const stale = '0123456789abcdef';
  const joins: string[] = [];
  const catalogueFetches: number[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/catalogue') catalogueFetches.push(joins.length);
  });
  // The first join carries the fingerprint of a layout the server no longer has (rewritten on the wire).
  await page.route('**/matchmake/**', async (route) => {
    const body = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
    const venue = joins.length === 0 ? stale : String(body['venue']);
    joins.push(venue);
    await route.continue({ postData: JSON.stringify({ ...body, venue }) });
  });
  await page.addInitScript(() => localStorage.setItem('seeot.identity', JSON.stringify({ nickname: '새배치', colorIndex: 2 })));
  await skipControlsHelp(page);
  await page.goto('/world?quality=low');
  await waitForWorld(page);
  await page.waitForFunction(() => window.__seeot?.connected === true, undefined, { timeout: 60_000 });

  expect(joins).toEqual([stale, venueFingerprint(LAYOUT)]);
  // The venue was read again after the refusal (whether or not the page fetched it before).
  expect(catalogueFetches.filter((afterJoins) => afterJoins >= 1)).toHaveLength(1);
  await expect(page.getByText('전시장 배치가 바뀌었습니다')).toHaveCount(0);
});
