import type { BrowserContext } from '@playwright/test';
import { findBooth } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { t } from '../helpers/i18n.ts';
import { ownServer } from '../helpers/ownServer.ts';
import type { RunningServer } from '../helpers/serverProcess.ts';
import { invitedAccount, setupAdmin, type SignedInSession } from '../helpers/staffSession.ts';
import { enableTestHook } from '../helpers/testHook.ts';
import { boothDialog, enterWorld, openBoothByKey, teleport } from '../helpers/world.ts';
import { test as base, expect, expectNoSeriousA11yViolations } from './fixtures.ts';

/**
 * Issue 9 §2: an enterprise member signed in and standing at their own booth in /world shows as
 * its host; a visitor reading the booth's /list page sees "담당자 있음" while they are there and no
 * longer once they walk on, and a visitor beside them in the world sees their avatar's badge and the booth dialog's line. Against a fresh server of our own (its first admin invites the member).
 */

const BOOTH = 'cut-the-trash';
const OTHER = 'nongnongi';
const boothName = findBooth(CATALOGUE, BOOTH)!.summary.title.ko;

const test = base.extend<object, { hostServer: RunningServer; member: SignedInSession }>({
  hostServer: ownServer(),
  member: [
    async ({ hostServer }, use) => {
      const admin = await setupAdmin(hostServer.url, hostServer.output());
      await use(await invitedAccount(hostServer.url, admin, { role: 'enterprise', boothId: BOOTH, email: 'owner@ctt.example.kr', displayName: '컷더트래쉬 담당자' }));
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ hostServer }, use) => use(hostServer.url),
});

test.setTimeout(180_000);

const signIn = (context: BrowserContext, server: RunningServer, who: SignedInSession) =>
  context.addCookies([{ name: 'seeot_session', value: who.cookie.split('=')[1]!, url: server.url }]);

test('a member at their own booth in the world shows as its host on the booth’s /list page, until they walk on', async ({ browser, hostServer, member, baseURL }) => {
  // A visitor reads the booth's page, joined to the hall under a nickname: no host yet.
  const visitorContext = await browser.newContext({ baseURL, locale: 'ko-KR' });
  await enableTestHook(visitorContext);
  const page = await visitorContext.newPage();
  // A remembered nickname: the booth page joins the hall at once (client/net/identity.ts).
  await page.addInitScript(() => localStorage.setItem('seeot.identity', JSON.stringify({ nickname: '방문객', colorIndex: 2 })));
  await page.goto(`/booth/${BOOTH}?view=list`);
  await expect(page.getByRole('heading', { level: 1, name: boothName })).toBeVisible();
  const hostHere = page.getByText(t('booth.hostHere'));
  await expect(page.locator('.booth-occupancy')).toBeVisible({ timeout: 30_000 });
  await expect(hostHere).toHaveCount(0);

  // The member, signed in, stands at their booth in /world.
  const memberContext = await browser.newContext({ baseURL, locale: 'ko-KR' });
  try {
    await enableTestHook(memberContext);
    await signIn(memberContext, hostServer, member);
    const world = await memberContext.newPage();
    await enterWorld(world);
    await world.waitForFunction(() => window.__seeot?.connected === true, undefined, { timeout: 60_000 });
    await teleport(world, `booth:${BOOTH}`);
    await expect(hostHere).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // A visitor in the world beside the booth sees the member's avatar wear the host's badge (its name tag).
    const near = await visitorContext.newPage();
    await enterWorld(near);
    await near.waitForFunction(() => window.__seeot?.connected === true, undefined, { timeout: 60_000 });
    await teleport(near, `booth:${BOOTH}`);
    await expect.poll(() => near.evaluate(() => window.__seeot!.remotes().filter((r) => r.host).length), { timeout: 30_000 }).toBe(1);
    // …and the host's mark on it, which the server gives from the member's session (issue 12 §2).
    expect(await near.evaluate(() => window.__seeot!.remotes().filter((r) => r.host).map((r) => r.badge))).toEqual(['host']);
    // The booth's dialog says so too.
    await openBoothByKey(near, BOOTH);
    await expect(boothDialog(near).getByText(t('booth.hostHere'))).toBeVisible();
    await expectNoSeriousA11yViolations(near, { include: '[role="dialog"]' });
    await near.close();

    // Another booth is not theirs: the badge goes.
    await teleport(world, `booth:${OTHER}`);
    await expect(hostHere).toHaveCount(0);
    // Back, then gone when they leave the world.
    await teleport(world, `booth:${BOOTH}`);
    await expect(hostHere).toBeVisible();
    await world.close();
    await expect(hostHere).toHaveCount(0);
  } finally {
    await memberContext.close();
    await visitorContext.close();
  }
});
