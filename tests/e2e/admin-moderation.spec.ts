import { moderationKo } from '../../shared/i18n/moderation-ko.ts';
import { ownServer } from '../helpers/ownServer.ts';
import type { RunningServer } from '../helpers/serverProcess.ts';
import { setupAdmin, type SignedInSession } from '../helpers/staffSession.ts';
import { t } from '../helpers/i18n.ts';
import { test as base, expect, expectNoSeriousA11yViolations } from './fixtures.ts';
import { closeAll, farApartBooths, lineWith, listVisitor, messageBox, say, type Visitor } from './chat-helpers.ts';

/**
 * Moderation from /admin, against a server of our own (its first admin made with the setup code it
 * prints): two visitors read the same booth page in /list, one reports the other's line; staff see
 * it in /admin/reports with the line before it, ban the sender with a reason; the sender is removed
 * and the audit log shows the ban and its reason.
 */
const test = base.extend<object, { modServer: RunningServer; admin: SignedInSession }>({
  modServer: ownServer(),
  admin: [async ({ modServer }, use) => use(await setupAdmin(modServer.url, modServer.output(), { displayName: '운영팀' })), { scope: 'worker' }],
  baseURL: async ({ modServer }, use) => use(modServer.url),
});

let offender: Visitor | undefined;
let reporter: Visitor | undefined;
test.afterEach(async () => closeAll(offender, reporter));

test('a report from /list reaches /admin/reports in context; staff ban the sender, who is removed; the audit log shows the ban with its reason', async ({ browser, baseURL, page, context, admin }) => {
  const [boothId] = farApartBooths();
  [offender, reporter] = await Promise.all([listVisitor(browser, '말썽손님', boothId, baseURL), listVisitor(browser, '신고손님', boothId, baseURL)]);
  await say(offender.page, '안녕하세요 여러분');
  await say(offender.page, '<b>나쁜 말</b> 입니다');
  const bad = lineWith(reporter.page, '<b>나쁜 말</b> 입니다');
  await bad.getByRole('button', { name: t('chat.reportLabel', { name: offender.nickname }) }).click();
  await reporter.page.getByRole('button', { name: t('chat.reason_abuse') }).click();
  await expect(reporter.page.locator('.chat-toast')).toContainText(t('chat.reportSent'));

  // Staff: the queue shows the report with the line said before it, as text.
  await context.addCookies([{ name: 'seeot_session', value: admin.cookie.split('=')[1]!, url: baseURL! }]);
  await page.goto('/admin/reports');
  const card = page.locator('.report').filter({ hasText: '<b>나쁜 말</b> 입니다' });
  await expect(card).toBeVisible();
  await expect(card.locator('.report__line')).toHaveText([/안녕하세요 여러분/, /<b>나쁜 말<\/b> 입니다/]);
  await expect(card.locator('.report__line--reported')).toContainText(moderationKo.reportedMark);
  await expectNoSeriousA11yViolations(page);

  await card.getByLabel(moderationKo.banReason).fill('욕설 반복');
  await card.getByRole('button', { name: moderationKo.ban, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: moderationKo.done_ban })).toBeVisible();
  await expect(page.locator('.report')).toHaveCount(0);

  // The sender is removed, with the reason, and cannot chat any more.
  await expect(offender.page.getByText('욕설 반복').first()).toBeVisible();
  await expect(messageBox(offender.page)).toHaveCount(0);

  await page.goto('/admin/audit');
  const row = page.getByRole('row').filter({ hasText: moderationKo.action_ban });
  await expect(row).toContainText('욕설 반복');
  await expect(row).toContainText('운영팀');
  await expectNoSeriousA11yViolations(page);
});

test('a mute is listed in /admin/bans until staff lift it there (kept like a ban)', async ({ page, context, admin, baseURL }) => {
  const guestId = 'g_mutedInAdmin0001';
  const muted = await fetch(`${baseURL}/api/admin/moderation/actions`, { method: 'POST', headers: admin.headers(), body: JSON.stringify({ action: 'mute', guestId, minutes: 60 }) });
  expect(muted.status).toBe(201);

  await context.addCookies([{ name: 'seeot_session', value: admin.cookie.split('=')[1]!, url: baseURL! }]);
  await page.goto('/admin/bans');
  const row = page.getByTestId('mutes').getByRole('row').filter({ hasText: guestId });
  await expect(row).toContainText('운영팀');
  await expectNoSeriousA11yViolations(page);

  await row.getByRole('button', { name: moderationKo.unmute }).click();
  await expect(page.getByRole('status').filter({ hasText: moderationKo.unmuted })).toBeVisible();
  await expect(page.getByText(moderationKo.mutesEmpty)).toBeVisible();
  await page.goto('/admin/audit');
  await expect(page.getByRole('row').filter({ hasText: moderationKo.action_unmute })).toContainText(guestId);
});
