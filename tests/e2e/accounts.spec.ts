import type { APIRequestContext, Page } from '@playwright/test';
import { CSRF_HEADER } from '../../shared/api/account.ts';
import { accountKo } from '../../shared/i18n/account-ko.ts';
import { adminKo } from '../../shared/i18n/admin-ko.ts';
import { enterpriseImportKo as importKo } from '../../shared/i18n/enterprise-import-ko.ts';
import { studioKo } from '../../shared/i18n/studio-ko.ts';
import { ownServer } from '../helpers/ownServer.ts';
import type { RunningServer } from '../helpers/serverProcess.ts';
import { setupAdmin, setupCodeIn, TEST_PASSWORD } from '../helpers/staffSession.ts';
import { test as base, expect, expectNoSeriousA11yViolations } from './fixtures.ts';

/**
 * Accounts end to end, against a fresh server of our own (its first start prints the setup code):
 * staff make the first admin at /setup with the code from the server's log, invite an enterprise
 * member for a booth in /admin; the member accepts on a phone and lands in /studio with that booth;
 * the link then says it was used. Every page is checked with axe. The private pages' strings are
 * read from their own namespaces (shared/i18n/account-*, admin-*, studio-*), which the client
 * loads with their chunk.
 */

const test = base.extend<object, { accountsServer: RunningServer }>({
  accountsServer: ownServer(),
  baseURL: async ({ accountsServer }, use) => use(accountsServer.url),
});

// A fresh embedded database, Chromium on a phone viewport, axe on six pages: on a shared machine.
test.setTimeout(180_000);

const fill = (text: string, vars: Record<string, string>): string => text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => vars[k] ?? `{{${k}}}`);
const STAFF = { email: 'mina@example.kr', name: '운영팀 미나' };
const MEMBER = { email: 'owner@danbi.example.kr', name: '단비 담당자' };
/** A note with markup: it must show as text in /admin, never run. */
const NOTE = '<img src=x onerror="window.__pwned=1">단비 대표님';

/** The first enterprise booth of the venue the server serves: id and Korean name. */
async function firstEnterprise(page: Page): Promise<{ id: string; name: string }> {
  const venue = (await (await page.request.get('/api/catalogue')).json()) as { enterprises: { id: string; name: { ko: string } }[] };
  const e = venue.enterprises[0]!;
  return { id: e.id, name: e.name.ko };
}

test('staff set up with the code from the log and invite a booth member, who joins on a phone and finds the booth in /studio', async ({
  page,
  browser,
  accountsServer,
  baseURL,
}) => {
  // /admin without a session goes to the sign-in page, which offers the first setup.
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin$/);
  await expect(page.getByRole('heading', { level: 1, name: accountKo.loginTitle })).toBeVisible();
  await expect(page.getByRole('link', { name: accountKo.loginSetupLink })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: accountKo.loginSetupLink }).click();

  // /setup: an empty submit names each field in a summary that takes the focus.
  await expect(page.getByRole('heading', { level: 1, name: accountKo.setupTitle })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: accountKo.setupSubmit }).click();
  const summary = page.locator('.form-errors');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(accountKo.errCode);
  await expect(summary).toContainText(accountKo.errEmail);
  const code = page.getByLabel(accountKo.fieldCode);
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`#${await code.getAttribute('aria-describedby').then((ids) => ids!.split(' ').pop())}`)).toHaveText(accountKo.errCode);
  await expectNoSeriousA11yViolations(page);

  // The code the server printed at its first start, then the first admin.
  const setupCode = setupCodeIn(accountsServer.output());
  expect(setupCode, 'the server prints a setup code at its first start').not.toBeNull();
  await code.fill(setupCode!);
  await page.getByLabel(accountKo.fieldEmail).fill(STAFF.email);
  await page.getByLabel(accountKo.fieldName).fill(STAFF.name);
  await page.getByLabel(accountKo.fieldPassword, { exact: true }).fill(TEST_PASSWORD);
  await page.getByLabel(accountKo.fieldPasswordAgain).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: accountKo.setupSubmit }).click();

  // Signed in, in /admin: the accounts section lists the new admin.
  await expect(page).toHaveURL(/\/admin\/accounts$/);
  await expect(page.getByRole('heading', { level: 1, name: adminKo.accountsTitle })).toBeVisible();
  await expect(page.locator('.account-bar')).toContainText(STAFF.name);
  await expect(page.locator('.card').filter({ hasText: STAFF.email })).toContainText(accountKo.roleAdmin);
  await expectNoSeriousA11yViolations(page);

  // An invitation for the first enterprise booth; its link is shown once.
  const booth = await firstEnterprise(page);
  await page.getByRole('navigation', { name: adminKo.navLabel }).getByRole('link', { name: adminKo.navInvitations }).click();
  await expect(page.getByRole('heading', { level: 1, name: adminKo.navInvitations })).toBeVisible();
  await expect(page.getByText(adminKo.invitationsEmpty)).toBeVisible();
  await page.getByRole('button', { name: adminKo.inviteSubmit }).click();
  await expect(page.locator('.form-errors')).toBeFocused();
  await expect(page.locator('.form-errors')).toContainText(adminKo.errBooth);
  await page.getByLabel(adminKo.inviteBooth, { exact: true }).selectOption(booth.id);
  await page.getByLabel(adminKo.inviteNote).fill(NOTE);
  await page.getByRole('button', { name: adminKo.inviteSubmit }).click();
  const linkField = page.getByLabel(adminKo.linkLabel, { exact: true });
  await expect(linkField).toHaveValue(new RegExp(`^${baseURL}/invite/\\S+$`));
  const inviteUrl = await linkField.inputValue();
  const invitation = page.locator('.cards .card').filter({ hasText: booth.name });
  await expect(invitation).toContainText(adminKo.statusPending);
  // The note's markup is text on the page, and nothing of it ran.
  await expect(invitation).toContainText(NOTE);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expectNoSeriousA11yViolations(page);

  // The member, on a phone: what the invitation is for, then name, email and password.
  const phone = await browser.newContext({ baseURL, locale: 'ko-KR', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const member = await phone.newPage();
  await member.goto(inviteUrl);
  await expect(member.getByRole('heading', { level: 1, name: accountKo.inviteTitle })).toBeVisible();
  await expect(member.getByText(fill(accountKo.inviteForBooth, { booth: booth.name, role: accountKo.roleEnterprise }))).toBeVisible();
  await expectNoSeriousA11yViolations(member);
  await member.getByLabel(accountKo.fieldName).fill(MEMBER.name);
  await member.getByLabel(accountKo.fieldEmail).fill(MEMBER.email);
  await member.getByLabel(accountKo.fieldPassword, { exact: true }).fill(TEST_PASSWORD);
  await member.getByLabel(accountKo.fieldPasswordAgain).fill(`${TEST_PASSWORD}!`);
  await member.getByRole('button', { name: accountKo.inviteSubmit }).tap();
  await expect(member.locator('.form-errors')).toBeFocused();
  await expect(member.locator('.form-errors')).toContainText(accountKo.errPasswordMatch);
  await member.getByLabel(accountKo.fieldPasswordAgain).fill(TEST_PASSWORD);
  await member.getByRole('button', { name: accountKo.inviteSubmit }).tap();

  // Signed in, in /studio, with the booth's card leading to its editor's place.
  await expect(member).toHaveURL(/\/studio$/);
  await expect(member.getByRole('heading', { level: 1, name: studioKo.title })).toBeVisible();
  const card = member.locator('.card').filter({ has: member.getByRole('heading', { level: 2, name: booth.name }) });
  await expect(card.getByRole('link', { name: studioKo.edit })).toHaveAttribute('href', `/studio/booths/${booth.id}`);
  await expect(member.locator('.account-bar')).toContainText(MEMBER.name);
  await expectNoSeriousA11yViolations(member);

  // An enterprise member who opens /admin is told where their pages are.
  await member.goto('/admin');
  await expect(member.getByText(adminKo.staffOnly)).toBeVisible();

  // The same link again (another browser, as a forwarded message would be): already used.
  const again = await browser.newContext({ baseURL, locale: 'ko-KR' });
  const second = await again.newPage();
  await second.goto(inviteUrl);
  await expect(second.getByRole('alert')).toContainText(accountKo.linkUsed);
  await expect(second.getByLabel(accountKo.fieldPassword, { exact: true })).toHaveCount(0);
  await expect(second.getByRole('link', { name: accountKo.toLogin })).toBeVisible();
  await expectNoSeriousA11yViolations(second);
  await again.close();

  // Staff see the invitation used.
  await page.reload();
  await expect(page.locator('.cards .card').filter({ hasText: booth.name })).toContainText(adminKo.statusUsed);

  // Signed out, the booth's editor asks to sign in and returns there after a wrong then a right password.
  await member.goto('/studio');
  await member.getByRole('button', { name: accountKo.signOut }).tap();
  await expect(member).toHaveURL(/\/login$/);
  await member.goto(`/studio/booths/${booth.id}`);
  await expect(member).toHaveURL(new RegExp(`/login\\?next=${encodeURIComponent(`/studio/booths/${booth.id}`)}$`));
  await member.getByLabel(accountKo.fieldEmail).fill(MEMBER.email);
  await member.getByLabel(accountKo.fieldPassword, { exact: true }).fill('not the password');
  await member.getByRole('button', { name: accountKo.loginSubmit }).tap();
  await expect(member.locator('.form-errors')).toBeFocused();
  await expect(member.locator('.form-errors')).toContainText(accountKo.errBadCredentials);
  await expectNoSeriousA11yViolations(member);
  await member.getByLabel(accountKo.fieldPassword, { exact: true }).fill(TEST_PASSWORD);
  await member.getByRole('button', { name: accountKo.loginSubmit }).tap();
  await expect(member).toHaveURL(new RegExp(`/studio/booths/${booth.id}$`));
  // The booth's editor (its own spec tests it), under the booth's name.
  await expect(member.getByRole('heading', { level: 1 })).toContainText(booth.name);
  await phone.close();
});

/** The admin of the worker's server: made with the setup code if the first test did not, else signed in. */
async function staffSignIn(base: string, log: string, request: APIRequestContext): Promise<void> {
  const { needed } = (await (await request.get('/api/auth/setup')).json()) as { needed: boolean };
  if (needed) await setupAdmin(base, log, { email: STAFF.email, displayName: STAFF.name });
  expect((await request.post('/api/auth/login', { data: { email: STAFF.email, password: TEST_PASSWORD } })).status()).toBe(200);
}

test('staff make a password reset link and disable an account; the member resets, then is told the account is disabled', async ({
  page,
  request,
  browser,
  accountsServer,
  baseURL,
}) => {
  await staffSignIn(accountsServer.url, accountsServer.output(), page.request);
  const booth = await firstEnterprise(page);
  const admin = await page.request.get('/api/auth/me').then((r) => r.json() as Promise<{ csrfToken: string }>);
  const made = await page.request.post('/api/admin/invitations', { data: { role: 'enterprise', boothId: booth.id }, headers: { [CSRF_HEADER]: admin.csrfToken } });
  const token = ((await made.json()) as { url: string }).url.split('/').pop()!;
  const who = { email: 'second@example.kr', name: '두번째 담당자' };
  // The member accepts from a client of their own (its cookies are not the staff page's).
  const accepted = await request.post(`/api/auth/links/${token}/accept`, { data: { email: who.email, displayName: who.name, password: TEST_PASSWORD } });
  expect(accepted.status()).toBe(201);

  // A reset link for the member, shown once.
  await page.goto('/admin/accounts');
  const card = page.locator('.card').filter({ hasText: who.email });
  await card.getByRole('button', { name: adminKo.makeReset }).click();
  const link = card.getByLabel(adminKo.linkLabel, { exact: true });
  await expect(link).toHaveValue(/\/reset\/\S+$/);
  const resetUrl = await link.inputValue();
  await expectNoSeriousA11yViolations(page);

  // The member sets a new password on a phone and is signed in with it.
  const phone = await browser.newContext({ baseURL, locale: 'ko-KR', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const member = await phone.newPage();
  await member.goto(resetUrl);
  await expect(member.getByText(fill(accountKo.resetFor, { email: who.email }))).toBeVisible();
  await expectNoSeriousA11yViolations(member);
  await member.getByLabel(accountKo.fieldNewPassword).fill('short');
  await member.getByRole('button', { name: accountKo.resetSubmit }).tap();
  await expect(member.locator('.form-errors')).toBeFocused();
  await expect(member.locator('.form-errors')).toContainText(accountKo.errPassword);
  const fresh = 'a brand new pass phrase';
  await member.getByLabel(accountKo.fieldNewPassword).fill(fresh);
  await member.getByLabel(accountKo.fieldPasswordAgain).fill(fresh);
  await member.getByRole('button', { name: accountKo.resetSubmit }).tap();
  await expect(member).toHaveURL(/\/studio$/);
  await expect(member.locator('.card').getByRole('heading', { level: 2, name: booth.name })).toBeVisible();

  // Staff disable the account, after saying so twice.
  await card.getByRole('button', { name: adminKo.disable }).click();
  await expect(card.getByText(fill(adminKo.disableConfirm, { name: who.name }))).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await card.getByRole('button', { name: adminKo.disableYes }).click();
  await expect(page.getByText(fill(adminKo.disabledDone, { name: who.name }))).toBeVisible();
  await expect(card).toContainText(adminKo.stateDisabled);

  // The member's session ended: back to sign-in, where the account is said to be disabled.
  await member.reload();
  await expect(member).toHaveURL(/\/login\?next=%2Fstudio$/);
  await member.getByLabel(accountKo.fieldEmail).fill(who.email);
  await member.getByLabel(accountKo.fieldPassword, { exact: true }).fill(fresh);
  await member.getByRole('button', { name: accountKo.loginSubmit }).tap();
  await expect(member.locator('.form-errors')).toContainText(accountKo.errDisabled);
  await phone.close();
});

test('an admin pastes a CSV of enterprises: the bad row is named, the good one becomes a booth invitation', async ({ page, accountsServer }) => {
  await staffSignIn(accountsServer.url, accountsServer.output(), page.request);
  await page.goto('/admin/accounts');
  await page.getByLabel(importKo.paste).fill('기업명,연락처,인증\n햇살 공방,sun@example.kr,마을기업\n별빛 상회,not-an-address,마을기업\n');
  await page.getByRole('button', { name: importKo.check }).click();
  const rows = page.getByRole('region', { name: importKo.colResult }).getByRole('row');
  await expect(rows.filter({ hasText: '별빛 상회' })).toContainText(importKo.issue_email_invalid);
  await expect(rows.filter({ hasText: '햇살 공방' })).toContainText(importKo.status_ready);
  await expect(page.getByText(fill(importKo.previewCounts, { ready: '1', skipped: '1' }))).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: importKo.import }).click();
  await expect(page.getByText(fill(importKo.summaryCounts, { created: '1', skipped: '1' }))).toBeVisible();
  // This server sends no mail (no SMTP_URL): the page says so and shows the link to pass on.
  await expect(rows.filter({ hasText: '햇살 공방' })).toContainText(importKo.notMailed);
  await expect(rows.filter({ hasText: '햇살 공방' }).getByRole('textbox')).toHaveValue(/\/invite\/\S+$/);
  await expectNoSeriousA11yViolations(page);

  await page.goto('/admin/invitations');
  await expect(page.locator('.card').filter({ hasText: '햇살 공방 · sun@example.kr' })).toContainText(adminKo.statusPending);
});

test('the private pages are the shell, out of search engines, with nothing of anyone in them', async ({ page }) => {
  for (const path of ['/login', '/setup', '/admin/accounts', '/studio', '/invite/abc', '/reset/abc']) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(200);
    const html = await res.text();
    expect(html, path).toContain('<meta name="robots" content="noindex, nofollow" />');
    expect(html, path).toMatch(/<div id="root"><\/div>/);
  }
  // A link that is not one says so, with the way forward.
  await page.goto('/invite/not-a-real-token');
  await expect(page.getByRole('alert')).toContainText(accountKo.linkUnknown);
  await expect(page.getByRole('link', { name: accountKo.toLogin })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
