import { startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { setupAdmin, TEST_PASSWORD } from '../helpers/staffSession.ts';
import { t } from '../helpers/i18n.ts';
import { test as base, expect, expectNoSeriousA11yViolations } from './fixtures.ts';
import { closeAll, listVisitor, messageBox, type Visitor } from './chat-helpers.ts';

/**
 * Issue 10 §3 in the browser: a booth's pinned notice and its hearts above the booth chat of
 * /list's booth page. Staff pin it (signed in on a server of our own, whose first admin is made
 * with the setup code it prints); a visitor reading the same booth sees it, and the hearts count.
 */
const STAFF = { email: 'notice@example.kr', password: TEST_PASSWORD };
const BOOTH = 'cut-the-trash';

const test = base.extend<object, { noticeServer: RunningServer }>({
  noticeServer: [
    // Playwright reads a fixture's dependencies from its destructuring: none here.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer();
      await setupAdmin(server.url, server.output(), { email: STAFF.email, displayName: '공지팀' });
      await use(server);
      server.child.kill('SIGTERM');
      await server.exited;
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ noticeServer }, use) => use(noticeServer.url),
});

let staff: Visitor | undefined;
let reader: Visitor | undefined;
test.afterEach(async () => closeAll(staff, reader));

test('staff pin a notice on a booth; a /list reader of the booth sees it above the chat, and the hearts', async ({ browser, baseURL }) => {
  staff = await listVisitor(browser, '공지담당', BOOTH, baseURL);
  // Signed in, the page's next session is a staff one: reload to join as staff.
  expect((await staff.context.request.post('/api/auth/login', { data: STAFF })).status()).toBe(200);
  await staff.page.reload();
  await expect(messageBox(staff.page)).toBeEnabled({ timeout: 30_000 });
  reader = await listVisitor(browser, '구경손님', BOOTH, baseURL);

  // A visitor has no form to pin with.
  await expect(reader.page.getByLabel(t('chat.noticeInputLabel'))).toHaveCount(0);
  await staff.page.getByLabel(t('chat.noticeInputLabel')).fill('오늘 오후 3시 라이브 판매!');
  await staff.page.getByRole('button', { name: t('chat.noticePin') }).click();

  const notice = reader.page.locator('.booth-pinned__notice');
  await expect(notice).toContainText('오늘 오후 3시 라이브 판매!');
  await expect(notice).toContainText(t('chat.boothNoticeLabel'));
  // Pinned above the conversation.
  const noticeBox = (await notice.boundingBox())!;
  const logBox = (await reader.page.locator('.chat-panel').getByRole('log').boundingBox())!;
  expect(noticeBox.y + noticeBox.height).toBeLessThanOrEqual(logBox.y);

  // A heart from the reader counts for both.
  await reader.page.getByRole('button', { name: t('chat.emote_heart') }).click();
  await expect(staff.page.locator('.booth-pinned__hearts')).toHaveText(new RegExp(t('chat.boothHearts', { count: 1 })));
  await expect(reader.page.locator('.booth-pinned__hearts')).toHaveAttribute('data-count', '1');
  await expectNoSeriousA11yViolations(reader.page, { include: '.chat-panel' });
  await expectNoSeriousA11yViolations(staff.page, { include: '.chat-panel' });

  // Removed: gone for the reader too.
  await staff.page.getByRole('button', { name: t('chat.noticeClear') }).click();
  await expect(notice).toHaveCount(0);
});
