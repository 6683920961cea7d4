import { generate } from 'otplib';
import { accountKo } from '../../shared/i18n/account-ko.ts';
import { adminFairsKo } from '../../shared/i18n/fairs-admin-ko.ts';
import { ownServer } from '../helpers/ownServer.ts';
import type { RunningServer } from '../helpers/serverProcess.ts';
import { setupAdmin, TEST_PASSWORD } from '../helpers/staffSession.ts';
import { test as base, expect, expectNoSeriousA11yViolations } from './fixtures.ts';

/**
 * Two-step sign-in on a phone, on a server that requires it of staff (STAFF_REQUIRE_TOTP=1): an
 * admin who signs in is sent to /admin/security, sets it up from the key shown (an authenticator
 * app would scan the QR code), confirms with a code, sees the recovery codes once; /admin opens;
 * signed out, the sign-in asks for a code after the password, and a recovery code lets them in.
 */
const test = base.extend<object, { totpServer: RunningServer }>({
  totpServer: ownServer({ STAFF_REQUIRE_TOTP: '1' }),
  baseURL: async ({ totpServer }, use) => use(totpServer.url),
});
test.setTimeout(120_000);

const EMAIL = 'totp-phone@example.kr';

test('staff set up two-step sign-in on a phone when required, then sign in with a recovery code', async ({ browser, totpServer, baseURL }) => {
  await setupAdmin(totpServer.url, totpServer.output(), { email: EMAIL });
  const phone = await browser.newContext({ baseURL, locale: 'ko-KR', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await phone.newPage();
  const signInWithPassword = async () => {
    await page.getByLabel(accountKo.fieldEmail).fill(EMAIL);
    await page.getByLabel(accountKo.fieldPassword, { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: accountKo.loginSubmit }).tap();
  };

  await page.goto('/login?next=%2Fadmin%2Ffairs');
  await signInWithPassword();
  // Required and not set up: /admin sends the browser to its security page.
  await expect(page).toHaveURL(/\/admin\/security$/);
  await expect(page.getByText(accountKo.securityRequired)).toBeVisible();
  await page.getByRole('button', { name: accountKo.securityStart }).tap();
  await expect(page.getByRole('img', { name: accountKo.securityQrAlt })).toBeVisible();
  const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
  await page.getByLabel(accountKo.fieldTotpCode).fill(await generate({ secret }));
  await page.getByRole('button', { name: accountKo.securityConfirm }).tap();
  const codes = page.getByTestId('recovery-codes').getByRole('listitem');
  await expect(codes).toHaveCount(8);
  const recovery = (await codes.first().textContent()) ?? '';
  // Nothing wider than the phone: the QR code, the key and the codes fit.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: accountKo.securityCodesDone }).tap();
  await expect(page.getByText(accountKo.securityOn.replace('{{count}}', '8'))).toBeVisible();

  // Set up: the other sections open.
  await page.goto('/admin/fairs');
  await expect(page.getByRole('heading', { level: 1, name: adminFairsKo.nav })).toBeVisible();

  // Signed out, the password alone no longer signs in: a second step asks for the code.
  await page.getByRole('button', { name: accountKo.signOut }).tap();
  await expect(page).toHaveURL(/\/login$/);
  await signInWithPassword();
  await expect(page.getByRole('heading', { name: accountKo.totpStepTitle })).toBeVisible();
  await page.getByLabel(accountKo.fieldTotpCode).fill('000000');
  await page.getByRole('button', { name: accountKo.totpStepSubmit }).tap();
  await expect(page.locator('.form-errors')).toContainText(/코드가 맞지 않습니다|이미 사용되었습니다/);
  await page.getByRole('button', { name: accountKo.useRecoveryCode }).tap();
  await page.getByLabel(accountKo.fieldRecoveryCode).fill(recovery);
  await page.getByRole('button', { name: accountKo.totpStepSubmit }).tap();
  await expect(page).toHaveURL(/\/admin/);
  await expect(page.locator('.account-bar')).toBeVisible();
  await phone.close();
});
