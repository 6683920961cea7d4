import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { findBooth } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { accountKo } from '../../shared/i18n/account-ko.ts';
import { adminKo } from '../../shared/i18n/admin-ko.ts';
import { boothEditKo } from '../../shared/i18n/booth-edit-ko.ts';
import { inquiryFormKo } from '../../shared/i18n/inquiry-form-ko.ts';
import { inquiryInboxKo } from '../../shared/i18n/inquiry-inbox-ko.ts';
import { studioKo } from '../../shared/i18n/studio-ko.ts';
import { t } from '../helpers/i18n.ts';
import { ownServer } from '../helpers/ownServer.ts';
import type { RunningServer } from '../helpers/serverProcess.ts';
import { setupCodeIn, TEST_PASSWORD } from '../helpers/staffSession.ts';
import { enableTestHook } from '../helpers/testHook.ts';
import { boothDialog, enterWorld, openBoothByKey } from '../helpers/world.ts';
import { test as base, expect, expectNoSeriousA11yViolations } from './fixtures.ts';

/**
 * Issue 9 §7, the whole story in one browser run against a fresh server of this spec's own (its
 * first start prints the setup code): staff set up with the code and invite an enterprise; the
 * enterprise accepts on a phone, edits its tagline and uploads a logo; staff, who turned approval
 * on, approve the edit in /admin/approvals; a visitor who had /world and /list open before the
 * approval sees the new tagline and logo in both without reloading, then sends a consultation and
 * reads its receipt; the enterprise finds it in /studio's inbox and downloads the CSV (a BOM, the
 * visitor's name). Every page along the way passes axe. Each part has its own spec too
 * (accounts, studio-edit, venue-live, inquiry): this one proves they join up.
 */

const test = base.extend<object, { flowServer: RunningServer }>({
  flowServer: ownServer(),
  baseURL: async ({ flowServer }, use) => use(flowServer.url),
});

const BOOTH = 'cut-the-trash';
const boothName = findBooth(CATALOGUE, BOOTH)!.summary.title.ko;
const STAFF = { email: 'staff@seeot.example.kr', name: '운영팀 지은' };
const MEMBER = { email: 'owner@ctt.example.kr', name: '컷더트래쉬 담당자' };
const VISITOR = '한가람';
const TAGLINE = '버려진 현수막이 가방이 됩니다';

/** The inquiry form's strings (loaded with the form's chunk), {{vars}} filled. */
const tf = (key: keyof typeof inquiryFormKo, vars: Record<string, string> = {}): string => inquiryFormKo[key].replace(/\{\{(\w+)\}\}/g, (_, v: string) => vars[v] ?? '');

/** A 320² PNG logo made here: a green disc on white. */
function logoPng(): Promise<Buffer> {
  const size = 320;
  const px = Buffer.alloc(size * size * 3, 255);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (Math.hypot(x - 159.5, y - 159.5) < 130) px.set([30, 140, 80], (y * size + x) * 3);
  return sharp(px, { raw: { width: size, height: size, channels: 3 } }).png().toBuffer();
}

// A fresh embedded database, three browser contexts, the world on SwiftShader, axe on many pages: on a shared machine.
test.setTimeout(420_000);

test('staff set up and invite, the enterprise edits from a phone, staff approve, a visitor sees it live and inquires, the enterprise exports the CSV', async ({
  page,
  browser,
  flowServer,
  baseURL,
}) => {
  // --- Staff: the first admin from the setup code in the server's log. ---
  const staff = page;
  await staff.goto('/admin');
  await expect(staff).toHaveURL(/\/login\?next=%2Fadmin$/);
  await staff.getByRole('link', { name: accountKo.loginSetupLink }).click();
  await expect(staff.getByRole('heading', { level: 1, name: accountKo.setupTitle })).toBeVisible();
  await expectNoSeriousA11yViolations(staff);
  const setupCode = setupCodeIn(flowServer.output());
  expect(setupCode, 'the server prints a setup code at its first start').not.toBeNull();
  await staff.getByLabel(accountKo.fieldCode).fill(setupCode!);
  await staff.getByLabel(accountKo.fieldEmail).fill(STAFF.email);
  await staff.getByLabel(accountKo.fieldName).fill(STAFF.name);
  await staff.getByLabel(accountKo.fieldPassword, { exact: true }).fill(TEST_PASSWORD);
  await staff.getByLabel(accountKo.fieldPasswordAgain).fill(TEST_PASSWORD);
  await staff.getByRole('button', { name: accountKo.setupSubmit }).click();
  await expect(staff).toHaveURL(/\/admin\/accounts$/);
  await expect(staff.locator('.account-bar')).toContainText(STAFF.name);

  // An invitation for the booth; its link is shown once.
  const nav = staff.getByRole('navigation', { name: adminKo.navLabel });
  await nav.getByRole('link', { name: adminKo.navInvitations }).click();
  await staff.getByLabel(adminKo.inviteBooth, { exact: true }).selectOption(BOOTH);
  await staff.getByRole('button', { name: adminKo.inviteSubmit }).click();
  const linkField = staff.getByLabel(adminKo.linkLabel, { exact: true });
  await expect(linkField).toHaveValue(new RegExp(`^${baseURL}/invite/\\S+$`));
  const inviteUrl = await linkField.inputValue();
  await expectNoSeriousA11yViolations(staff);

  // Edits wait for approval from now on.
  await nav.getByRole('link', { name: adminKo.navApprovals }).click();
  const setting = staff.getByLabel(boothEditKo.approvalSetting);
  await setting.click();
  await expect(setting).toBeChecked();
  await expect(staff.getByText(boothEditKo.approvalsEmpty)).toBeVisible();
  await expectNoSeriousA11yViolations(staff);

  // --- The enterprise, on a phone: accepts, edits the tagline, uploads a logo, asks for approval. ---
  const phone = await browser.newContext({ baseURL, locale: 'ko-KR', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const member = await phone.newPage();
  await member.goto(inviteUrl);
  await expect(member.getByRole('heading', { level: 1, name: accountKo.inviteTitle })).toBeVisible();
  await expectNoSeriousA11yViolations(member);
  await member.getByLabel(accountKo.fieldName).fill(MEMBER.name);
  await member.getByLabel(accountKo.fieldEmail).fill(MEMBER.email);
  await member.getByLabel(accountKo.fieldPassword, { exact: true }).fill(TEST_PASSWORD);
  await member.getByLabel(accountKo.fieldPasswordAgain).fill(TEST_PASSWORD);
  await member.getByRole('button', { name: accountKo.inviteSubmit }).tap();
  await expect(member).toHaveURL(/\/studio$/);
  const card = member.locator('.card').filter({ has: member.getByRole('heading', { level: 2, name: boothName }) });
  await expectNoSeriousA11yViolations(member);
  await card.getByRole('link', { name: studioKo.edit }).tap();
  await expect(member).toHaveURL(new RegExp(`/studio/booths/${BOOTH}$`));
  await expect(member.getByText(boothEditKo.needsApproval)).toBeVisible();
  await member.getByLabel(boothEditKo.field_tagline).fill(TAGLINE);
  await member.getByLabel(boothEditKo.uploadLogo).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: await logoPng() });
  await expect(member.getByRole('status').filter({ hasText: boothEditKo.uploaded })).toBeVisible();
  await expectNoSeriousA11yViolations(member);
  await member.getByRole('button', { name: boothEditKo.submit }).tap();
  await expect(member.getByRole('status').filter({ hasText: boothEditKo.submitted })).toBeVisible();
  await expect(member.getByText(boothEditKo.pendingStatus, { exact: true })).toBeVisible();
  // The logo the edit carries: the media id the server gave the upload.
  const edit = (await (await member.request.get(`/api/studio/booths/${BOOTH}`)).json()) as { pending?: { fields: { path: string; value: unknown }[] } | null };
  const logoId = edit.pending?.fields.find((f) => f.path === 'logo')?.value;
  expect(typeof logoId, JSON.stringify(edit)).toBe('string');

  // --- A visitor with /world and /list open before the approval. ---
  const visitorContext = await browser.newContext({ baseURL, locale: 'ko-KR' });
  await enableTestHook(visitorContext);
  const world = await visitorContext.newPage();
  const list = await visitorContext.newPage();
  const boothPage = await visitorContext.newPage();
  await list.goto('/list');
  const listBooth = list.locator('.finder__item').filter({ has: list.getByRole('link', { name: boothName }) });
  await expect(listBooth).toBeVisible();
  await expect(listBooth).not.toContainText(TAGLINE);
  await boothPage.goto(`/booth/${BOOTH}?view=list`);
  await expect(boothPage.getByRole('heading', { level: 1, name: boothName })).toBeVisible();
  await enterWorld(world);
  await openBoothByKey(world, BOOTH);
  const dialog = boothDialog(world);
  await expect(dialog).toContainText(boothName);
  await expect(dialog).not.toContainText(TAGLINE);
  // Marks a reload would lose.
  for (const p of [world, list, boothPage]) await p.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));

  // --- Staff approve the edit. ---
  await staff.reload();
  const pending = staff.getByRole('listitem').filter({ hasText: TAGLINE });
  await expect(pending).toContainText(MEMBER.name);
  await expectNoSeriousA11yViolations(staff);
  await pending.getByRole('button', { name: boothEditKo.approve }).click();
  await expect(staff.getByRole('status').filter({ hasText: boothEditKo.approvedNote })).toBeVisible();

  // --- The visitor sees it without reloading: the open dialog, the sign's logo, /list. ---
  await expect(dialog).toContainText(TAGLINE);
  await expect(dialog.locator(`img[src*="${logoId as string}"]`)).toBeVisible();
  await expect
    .poll(() => world.evaluate((id) => window.__seeot?.pictures()?.pictures.some((p) => p.boothId === id && p.kind === 'logo' && p.drawn) ?? false, BOOTH), { timeout: 60_000 })
    .toBe(true);
  expect(await world.evaluate((id) => window.__seeot!.pictures()!.pictures.find((p) => p.boothId === id && p.kind === 'logo')!.mediaId, BOOTH)).toBe(logoId);
  await expect(listBooth.locator('.finder__tagline')).toHaveText(TAGLINE);
  await expect(boothPage.locator('main')).toContainText(TAGLINE);
  await expect(boothPage.locator(`img[src*="${logoId as string}"]`)).toBeVisible();
  for (const p of [world, list, boothPage]) expect(await p.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
  await expectNoSeriousA11yViolations(list);
  await expectNoSeriousA11yViolations(boothPage);

  // --- The visitor asks for a consultation from the dialog and reads the receipt. ---
  const open = dialog.getByRole('button', { name: t('inquiry.openConsultation') });
  await open.click();
  const form = world.getByRole('form', { name: tf('title_consultation', { recipient: boothName }) });
  await expect(form).toBeVisible();
  await form.getByRole('textbox', { name: tf('name') }).fill(VISITOR);
  await form.getByRole('textbox', { name: tf('contact') }).fill('010-2345-6789');
  await form.getByRole('textbox', { name: tf('message') }).fill('현수막 가방 단체 주문 상담을 원합니다.');
  await form.getByRole('checkbox', { name: tf('consent_collection'), exact: false }).check();
  await form.getByRole('checkbox', { name: tf('consent_provision'), exact: false }).check();
  await expectNoSeriousA11yViolations(world, { include: '[role="dialog"]' });
  await form.getByRole('button', { name: tf('send') }).click();
  const receipt = world.getByRole('region', { name: tf('receiptTitle') });
  await expect(receipt.getByTestId('inquiry-reference')).toHaveText(/^Q-\d{8}-[0-9A-HJKMNP-TV-Z]{4}$/);
  const reference = (await receipt.getByTestId('inquiry-reference').textContent())!;
  await expect(receipt).toContainText(tf('receiptNext_enterprise', { enterprise: boothName }));
  await expectNoSeriousA11yViolations(world, { include: '[role="dialog"]' });

  // --- The enterprise finds it in /studio's inbox and downloads the CSV. ---
  await member.goto('/studio');
  await member.getByRole('link', { name: inquiryInboxKo.openWithNew.replace('{{count}}', '1') }).tap();
  const inquiry = member.getByRole('listitem').filter({ hasText: reference });
  await expect(inquiry).toContainText(VISITOR);
  await expectNoSeriousA11yViolations(member);
  const download = member.waitForEvent('download');
  await member.getByRole('link', { name: inquiryInboxKo.csv }).tap();
  const bytes = readFileSync((await (await download).path())!);
  expect([...bytes.subarray(0, 3)], 'UTF-8 with a BOM, so Excel reads Korean').toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.subarray(3).toString('utf8');
  expect(csv).toContain(reference);
  expect(csv).toContain(VISITOR);

  await visitorContext.close();
  await phone.close();
});
