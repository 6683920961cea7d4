import { startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { setupAdmin, TEST_PASSWORD } from '../helpers/staffSession.ts';
import { t, tPattern } from '../helpers/i18n.ts';
import { test as base, expect, expectNoSeriousA11yViolations } from './fixtures.ts';
import { closeAll, lineWith, messageBox, say, worldVisitor, type Visitor } from './chat-helpers.ts';

/**
 * Moderation from the staff overlay, against a server of our own: its first admin is made with the
 * setup code it prints, and the staff browser signs in with that account before entering the world.
 */
const STAFF = { email: 'mina@example.kr', password: TEST_PASSWORD };

const test = base.extend<object, { modServer: RunningServer }>({
  modServer: [
    // Playwright reads a fixture's dependencies from its destructuring: none here.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer();
      await setupAdmin(server.url, server.output(), { email: STAFF.email, displayName: '진행팀' });
      await use(server);
      server.child.kill('SIGTERM');
      await server.exited;
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ modServer }, use) => use(modServer.url),
});

let staff: Visitor | undefined;
let visitor: Visitor | undefined;
test.afterEach(async () => closeAll(staff, visitor));
// Two 3D worlds on a software renderer, on a shared machine.
test.setTimeout(180_000);

// Who sees the overlay and what staff do with it share one test: its two worlds (a staff member's
// and a visitor's) take about ten seconds to load on a software renderer.
test('only a signed-in staff account sees the overlay; staff delete a line, see a report, mute, then kick: the visitor sees why', async ({ browser, baseURL }) => {
  [staff, visitor] = await Promise.all([worldVisitor(browser, '미나', { baseURL, signIn: STAFF }), worldVisitor(browser, '말썽손님', { baseURL })]);

  // Only the signed-in staff account has the overlay and the delete action.
  await expect(staff.page.getByRole('button', { name: t('chat.modTitle') })).toBeVisible();
  await expect(visitor.page.getByRole('button', { name: t('chat.modTitle') })).toHaveCount(0);
  await expect(visitor.page.locator('.chat-line__action--delete')).toHaveCount(0);

  // A staff line carries the badge; the visitor reports it (any line can be reported).
  await say(staff.page, '운영진 안내입니다');
  const staffLine = lineWith(visitor.page, '운영진 안내입니다');
  await expect(staffLine.locator('.chat-line__badge')).toHaveText(t('chat.staffBadge'));
  await staffLine.getByRole('button', { name: t('chat.reportLabel', { name: staff.nickname }) }).click();
  await visitor.page.getByRole('button', { name: t('chat.reason_spam') }).click();
  await expect(visitor.page.locator('.chat-toast')).toContainText(t('chat.reportSent'));

  // Delete: the line becomes a placeholder for everyone.
  await say(visitor.page, '광고 링크 도배');
  const bad = lineWith(staff.page, '광고 링크 도배');
  await bad.getByRole('button', { name: t('chat.modDeleteLabel', { name: visitor.nickname }) }).click();
  await expect(visitor.page.locator('.chat-line--deleted')).toContainText(t('chat.deleted'));

  // The overlay: the report is queued; the visitor list offers mute and kick.
  await staff.page.getByRole('button', { name: t('chat.modTitle') }).click();
  await expect(staff.page.locator('.mod-report')).toContainText('운영진 안내입니다');
  await expectNoSeriousA11yViolations(staff.page, { include: '.mod-panel' });
  await staff.page.locator('.mod-visitor__toggle', { hasText: visitor.nickname }).click();
  await staff.page.getByRole('button', { name: `${t('chat.modMute', { minutes: 5 })} (${visitor.nickname})`, exact: true }).click();
  await say(visitor.page, '막혔나요');
  await expect(visitor.page.locator('.chat-toast')).toContainText(t('chat.err_muted'));
  await expect(visitor.page.locator('.chat-toast')).toContainText(tPattern('chat.retryInMinutes', { count: '\\d+' }));

  await staff.page.getByRole('button', { name: t('chat.modKick') }).click();
  await staff.page.getByLabel(t('chat.modReason')).fill('광고 도배');
  await staff.page.getByRole('button', { name: t('chat.modConfirmKick', { name: visitor.nickname }) }).click();
  await expect(visitor.page.getByText('광고 도배').first()).toBeVisible();
  await expect.poll(() => visitor!.page.evaluate(() => window.__seeot?.status)).toBe('kicked');
  await expect(messageBox(visitor.page)).toHaveCount(0);
});
