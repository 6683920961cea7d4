import type { BrowserContext } from '@playwright/test';
import { hydrated } from '../helpers/hydrated.ts';
import { ownServer } from '../helpers/ownServer.ts';
import type { RunningServer } from '../helpers/serverProcess.ts';
import { invitedAccount, setupAdmin, type SignedInSession } from '../helpers/staffSession.ts';
import { booth, boothDialog, distance, enterWorld, playerPos } from '../helpers/world.ts';
import { boothEditKo } from '../../shared/i18n/booth-edit-ko.ts';
import { ko } from '../../shared/i18n/ko.ts';
import { test as base, expect, expectNoSeriousA11yViolations } from './fixtures.ts';

/**
 * A member edits their booth in /studio on a phone: the tagline carries markup that would run if any
 * view injected it as HTML. It is saved, and shows as the same text — no element made, no script
 * run — in the editor's preview, on /list and in the world's booth dialog. The editor passes axe.
 * Procurement facts the member states show on the booth page, and /list's finder and the world's
 * search find the enterprise by them (the world's match takes the visitor there). Against a fresh
 * server of our own, so the edits touch no other spec's venue. With approval on, a save waits in
 * /admin/approvals until staff approve it (then visitors see it) or reject it with a reason the
 * member then reads in /studio. A save overtaken by another is shown field by field and saved again
 * without undoing the other's fields.
 */

const BOOTH = 'cut-the-trash';

const test = base.extend<object, { studioServer: RunningServer; people: { admin: SignedInSession; member: SignedInSession } }>({
  studioServer: ownServer(),
  // The first admin from the setup code in the server's log, who invites a member of the booth.
  people: [
    async ({ studioServer }, use) => {
      const admin = await setupAdmin(studioServer.url, studioServer.output());
      const member = await invitedAccount(studioServer.url, admin, { role: 'enterprise', boothId: BOOTH, email: 'owner@ctt.example.kr', displayName: '컷더트래쉬 담당자' });
      await use({ admin, member });
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ studioServer }, use) => use(studioServer.url),
});

// A fresh server, a phone viewport, the world and axe several times: on a machine other work shares.
test.setTimeout(300_000);

/** The browser context carries the session's cookie, as after signing in. */
const signIn = (context: BrowserContext, server: RunningServer, who: SignedInSession) =>
  context.addCookies([{ name: 'seeot_session', value: who.cookie.split('=')[1]!, url: server.url }]);

const PAYLOAD = '<img src=x onerror=alert(1)>';

test('a tagline with markup is saved from /studio and shows as inert text in the preview, /list and the world', async ({ page, context, studioServer, people }) => {
  await signIn(context, studioServer, people.member);
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
  await expect(dialog.locator('.booth-panel__intro')).toHaveText(PAYLOAD);

  // Nowhere did the markup become an element or run.
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('procurement facts a member states are shown on the booth, and /list and the world’s search find the enterprise by them', async ({ page, studioServer, people: { member } }) => {
  const api = `${studioServer.url}/api/studio/booths/${BOOTH}`;
  const { version } = (await (await fetch(api, { headers: member.headers() })).json()) as { version: number };
  const saved = await fetch(api, {
    method: 'PUT',
    headers: member.headers(),
    body: JSON.stringify({ baseVersion: version, fields: [{ path: 'procurement', value: { certifications: [{ type: '예비사회적기업' }], priorityPurchase: true, categories: ['eco', 'fashion'] } }] }),
  });
  expect(saved.status).toBe(200);

  await page.goto(`/booth/${BOOTH}?view=list`);
  const facts = page.getByRole('region', { name: ko.booth.procurementTitle });
  await expect(facts).toContainText(ko.booth.priorityPurchase);
  await expect(facts).toContainText('예비사회적기업');
  await expect(facts).toContainText('친환경·재활용');

  // /list: only the enterprise that states 우선구매 is left; a category it does not list leaves none.
  await page.goto('/list');
  const finder = page.getByRole('region', { name: ko.search.finderTitle });
  // The box shows the filter the URL holds: checked once the address has it (which the app does,
  // so not before it has hydrated: the server's box would only tick itself).
  await hydrated(page);
  await finder.getByLabel(ko.search.priorityOnly).click();
  await expect(page).toHaveURL(/[?&]priority=1/);
  await expect(finder.getByLabel(ko.search.priorityOnly)).toBeChecked();
  await expect(finder.getByRole('listitem').getByRole('link')).toHaveText([/컷더트래쉬/]);
  await finder.getByLabel(ko.search.category, { exact: true }).selectOption('food');
  await expect(finder.getByRole('status')).toHaveText(ko.search.finderEmpty);
  await expectNoSeriousA11yViolations(page);

  // The world: the same filter behind the search's toggle; the match takes the visitor to the booth.
  await enterWorld(page);
  await page.getByRole('button', { name: ko.search.filtersToggle }).click();
  await page.getByLabel(ko.search.priorityOnly).check();
  await page.getByRole('button', { name: '(주)컷더트래쉬' }).click();
  const target = booth(BOOTH).interactPoint;
  await expect.poll(async () => distance(await playerPos(page), target)).toBeLessThan(1e-6);
});

test('with approval on, a member’s save waits (승인 대기 중) until staff approve it in /admin; a rejection’s reason reaches the member', async ({ page, context, browser, studioServer, people }) => {
  await signIn(context, studioServer, people.member);
  const staff = await browser.newContext({ baseURL: studioServer.url, locale: 'ko-KR' });
  await signIn(staff, studioServer, people.admin);
  const admin = await staff.newPage();
  try {
    await admin.goto('/admin/approvals');
    const setting = admin.getByLabel(boothEditKo.approvalSetting);
    await setting.click();
    await expect(setting).toBeChecked();
    await expect(admin.getByText(boothEditKo.approvalsEmpty)).toBeVisible();
    await expectNoSeriousA11yViolations(admin);

    await page.goto(`/studio/booths/${BOOTH}`);
    await expect(page.getByText(boothEditKo.needsApproval)).toBeVisible();
    await page.getByLabel(boothEditKo.field_tagline).fill('승인 받을 한 줄');
    await page.getByRole('button', { name: boothEditKo.submit }).click();
    await expect(page.getByRole('status').filter({ hasText: boothEditKo.submitted })).toBeVisible();
    await expect(page.getByText(boothEditKo.pendingStatus, { exact: true })).toBeVisible();
    const shown = async () => ((await (await page.request.get('/api/catalogue')).json()) as { enterprises: { id: string; tagline?: string }[] }).enterprises.find((e) => e.id === BOOTH)?.tagline;
    expect(await shown()).not.toBe('승인 받을 한 줄');

    await admin.reload();
    const card = admin.getByRole('listitem').filter({ hasText: '승인 받을 한 줄' });
    await expect(card).toContainText('컷더트래쉬 담당자');
    await expectNoSeriousA11yViolations(admin);
    await card.getByRole('button', { name: boothEditKo.approve }).click();
    await expect(admin.getByRole('status').filter({ hasText: boothEditKo.approvedNote })).toBeVisible();

    expect(await shown()).toBe('승인 받을 한 줄');
    await page.goto('/list');
    await expect(page.locator('.finder__tagline')).toHaveText('승인 받을 한 줄');

    await page.goto(`/studio/booths/${BOOTH}`);
    await expect(page.getByText(boothEditKo.pendingStatus, { exact: true })).toBeHidden();
    await page.getByLabel(boothEditKo.field_tagline).fill('최고의 제품!!!');
    await page.getByRole('button', { name: boothEditKo.submit }).click();
    await expect(page.getByText(boothEditKo.pendingStatus, { exact: true })).toBeVisible();

    await admin.reload();
    const second = admin.getByRole('listitem').filter({ hasText: '최고의 제품!!!' });
    await second.getByLabel(boothEditKo.reason).fill('과장된 표현은 고쳐 주세요');
    await second.getByRole('button', { name: boothEditKo.reject }).click();
    await expect(admin.getByRole('status').filter({ hasText: boothEditKo.rejectedNote })).toBeVisible();

    await page.reload();
    await expect(page.getByText(boothEditKo.rejectedStatus.replace('{{reason}}', '과장된 표현은 고쳐 주세요'))).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  } finally {
    await fetch(`${studioServer.url}/api/admin/fairs/1`, { method: 'PATCH', headers: people.admin.headers(), body: JSON.stringify({ editsNeedApproval: false }) });
    await staff.close();
  }
});

test('someone saved first: the editor shows their value beside the member’s, and saving again keeps the member’s field without undoing theirs', async ({ page, context, studioServer, people }) => {
  await signIn(context, studioServer, people.member);
  await page.goto(`/studio/booths/${BOOTH}`);
  const tagline = page.getByLabel(boothEditKo.field_tagline);
  await expect(tagline).toBeVisible();

  // Staff save the booth while the member's editor is open: a tagline and a colour.
  const api = `${studioServer.url}/api/studio/booths/${BOOTH}`;
  const { version } = (await (await fetch(api, { headers: people.admin.headers() })).json()) as { version: number };
  const theirs = await fetch(api, {
    method: 'PUT',
    headers: people.admin.headers(),
    body: JSON.stringify({ baseVersion: version, fields: [{ path: 'tagline', value: '센터가 먼저 고친 한 줄' }, { path: 'colorIndex', value: 3 }] }),
  });
  expect(theirs.status).toBe(200);

  await tagline.fill('내가 고친 한 줄');
  await page.getByRole('button', { name: boothEditKo.save, exact: true }).click();
  const conflict = page.getByRole('alert').filter({ hasText: boothEditKo.conflictTitle });
  await expect(conflict).toContainText('센터가 먼저 고친 한 줄');
  await expect(conflict).toContainText('내가 고친 한 줄');
  await expectNoSeriousA11yViolations(page);
  await conflict.getByRole('button', { name: boothEditKo.keepMine }).click();
  await expect(page.getByRole('status').filter({ hasText: boothEditKo.saved })).toBeVisible();

  const venue = (await (await fetch(`${studioServer.url}/api/catalogue`)).json()) as { enterprises: { id: string; tagline?: string; colorIndex?: number }[] };
  expect(venue.enterprises.find((e) => e.id === BOOTH)).toMatchObject({ tagline: '내가 고친 한 줄', colorIndex: 3 });
});
