import { startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { invitedAccount, setupAdmin, type SignedInSession } from '../helpers/staffSession.ts';
import { boothDialog, enterWorld } from '../helpers/world.ts';
import { boothEditKo } from '../../shared/i18n/booth-edit-ko.ts';
import { ko } from '../../shared/i18n/ko.ts';
import { test as base, expect, expectNoSeriousA11yViolations } from './fixtures.ts';

/**
 * A member edits their booth in /studio on a phone: the tagline carries markup that would run if any
 * view injected it as HTML. It is saved, and shows as the same text — no element made, no script
 * run — in the editor's preview, on /list and in the world's booth dialog. The editor passes axe.
 * Against a fresh server of our own, so the edit touches no other spec's venue.
 */

const test = base.extend<object, { studioServer: RunningServer }>({
  studioServer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      server.child.kill('SIGTERM');
      await server.exited;
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ studioServer }, use) => use(studioServer.url),
});

test.setTimeout(180_000);

const BOOTH = 'cut-the-trash';
const PAYLOAD = '<img src=x onerror=alert(1)>';

test('a tagline with markup is saved from /studio and shows as inert text in the preview, /list and the world', async ({ page, context, studioServer }) => {
  const admin = await setupAdmin(studioServer.url, studioServer.output());
  const member: SignedInSession = await invitedAccount(studioServer.url, admin, { role: 'enterprise', boothId: BOOTH, email: 'owner@ctt.example.kr', displayName: '컷더트래쉬 담당자' });
  await context.addCookies([{ name: 'seeot_session', value: member.cookie.split('=')[1]!, url: studioServer.url }]);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.setViewportSize({ width: 390, height: 800 });

  await page.goto(`/studio/booths/${BOOTH}`);
  const tagline = page.getByLabel(boothEditKo.field_tagline);
  await expect(tagline).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await tagline.fill(PAYLOAD);
  // The preview follows the form before anything is saved.
  const preview = page.locator('.editor__preview .booth__tagline');
  await expect(preview).toHaveText(PAYLOAD);
  await expect(page.getByText(boothEditKo.unsaved.replace('{{fields}}', boothEditKo.field_tagline))).toBeVisible();
  await page.getByRole('button', { name: boothEditKo.save, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: boothEditKo.saved })).toBeVisible();

  // Read back from the server: the field and the preview hold the text as typed.
  await page.reload();
  await expect(page.getByLabel(boothEditKo.field_tagline)).toHaveValue(PAYLOAD);
  await expect(preview).toHaveText(PAYLOAD);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await expectNoSeriousA11yViolations(page);

  await page.goto('/list');
  await expect(page.locator('.finder__tagline')).toHaveText(PAYLOAD);
  await expect(page.getByRole('heading', { level: 2, name: ko.search.finderTitle })).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);

  await page.setViewportSize({ width: 960, height: 540 });
  await enterWorld(page, `/booth/${BOOTH}`);
  const dialog = boothDialog(page);
  await expect(dialog.locator('.booth__tagline')).toHaveText(PAYLOAD);

  // Nowhere did the markup become an element or run.
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
