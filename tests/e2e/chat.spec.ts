import { CHAT_MAX_CODE_POINTS } from '../../shared/chat/rules.ts';
import { t, tPattern } from '../helpers/i18n.ts';
import { test, expect, expectNoSeriousA11yViolations } from './fixtures.ts';
import { closeAll, farApartBooths, lineWith, listVisitor, log, messageBox, say, selectScope, standAtBooth, worldVisitor, type Visitor } from './chat-helpers.ts';

/**
 * Chat between real browsers through the real server: who hears what in each scope, a /list reader
 * talking with a /world visitor at the same booth, the rate limit as a friendly sentence, and axe on
 * the open panel. Korean composition is in chat-ime.spec.ts, moderation in moderation.spec.ts.
 */
test.describe('chat scopes', () => {
  let a: Visitor | undefined;
  let b: Visitor | undefined;
  let c: Visitor | undefined;
  test.afterEach(async () => closeAll(a, b, c));

  test('nearby reaches those close by, booth those at the booth, hall everyone', async ({ browser, baseURL }) => {
    // Three 3D worlds on a software renderer: load them side by side, and allow the time.
    test.setTimeout(180_000);
    const [here, far] = farApartBooths();
    [a, b, c] = await Promise.all([worldVisitor(browser, '가람', { baseURL }), worldVisitor(browser, '나래', { baseURL }), worldVisitor(browser, '다온', { baseURL })]);
    await Promise.all([standAtBooth(a, here), standAtBooth(b, here), standAtBooth(c, far)]);

    // Nearby is the default tab in the world.
    await expect(a.page.getByRole('tab', { name: t('chat.scope_nearby') })).toHaveAttribute('aria-selected', 'true');
    await say(a.page, '근처 사람들 안녕하세요');
    await expect(lineWith(a.page, '근처 사람들 안녕하세요')).toHaveClass(/chat-line--mine/);
    await expect(lineWith(b.page, '근처 사람들 안녕하세요')).toContainText('가람');

    await selectScope(a.page, 'booth');
    await say(a.page, '이 부스 설명 좋네요');
    await selectScope(b.page, 'booth');
    await expect(lineWith(b.page, '이 부스 설명 좋네요')).toBeVisible();

    await selectScope(a.page, 'hall');
    await say(a.page, '전시장 모두에게 인사');
    for (const v of [b, c]) {
      await selectScope(v.page, 'hall');
      await expect(lineWith(v.page, '전시장 모두에게 인사')).toBeVisible();
    }

    // Lines arrive in order: C has the hall line, so it would already have the others if sent to it.
    await selectScope(c.page, 'nearby');
    await expect(lineWith(c.page, '근처 사람들 안녕하세요')).toHaveCount(0);
    await selectScope(c.page, 'booth');
    await expect(lineWith(c.page, '이 부스 설명 좋네요')).toHaveCount(0);
  });

  test('booth chat away from a booth is disabled with a hint', async ({ browser, baseURL }) => {
    a = await worldVisitor(browser, '라온', { baseURL });
    await selectScope(a.page, 'booth');
    await expect(messageBox(a.page)).toBeDisabled();
    await expect(a.page.locator('.chat-composer__hint')).toContainText(t('chat.boothNone'));
  });
});

test.describe('/list and /world at the same booth', () => {
  let w: Visitor | undefined;
  let l: Visitor | undefined;
  test.afterEach(async () => closeAll(w, l));

  test('a list reader and a world visitor see each other’s booth lines, and the count', async ({ browser, baseURL }) => {
    const [boothId] = farApartBooths();
    w = await worldVisitor(browser, '월드손님', { baseURL });
    await standAtBooth(w, boothId);
    l = await listVisitor(browser, '목록손님', boothId, baseURL);

    // The list view starts on the booth tab, and counts both of us.
    await expect(l.page.getByRole('tab', { name: t('chat.scope_booth') })).toHaveAttribute('aria-selected', 'true');
    await expect(l.page.locator('.booth-occupancy')).toContainText(t('chat.occupancy', { count: 2 }));

    await say(l.page, '목록에서 인사드려요');
    await selectScope(w.page, 'booth');
    await expect(lineWith(w.page, '목록에서 인사드려요')).toContainText('목록손님');

    await say(w.page, '3D에서 답장해요');
    await expect(lineWith(l.page, '3D에서 답장해요')).toContainText('월드손님');
  });

  test('a late joiner gets the booth history', async ({ browser, baseURL }) => {
    const [boothId] = farApartBooths();
    l = await listVisitor(browser, '먼저온손님', boothId, baseURL);
    await say(l.page, '먼저 남긴 말');
    await expect(lineWith(l.page, '먼저 남긴 말')).toBeVisible();
    w = await listVisitor(browser, '나중손님', boothId, baseURL);
    await expect(lineWith(w.page, '먼저 남긴 말')).toBeVisible();
  });
});

test.describe('limits', () => {
  let a: Visitor | undefined;
  test.afterEach(async () => closeAll(a));

  test('sending too fast shows a friendly countdown, keeps the text and the connection', async ({ browser, baseURL }) => {
    a = await worldVisitor(browser, '빠른손님', { baseURL });
    // The burst allows 5 lines, then one per 2 s. Each line's outcome is awaited (shown, or refused),
    // so a machine slow enough to refill a token while typing only pushes the refusal a line later.
    const toast = a.page.locator('.chat-toast');
    let sent = 0;
    for (let shown = true; shown && sent < 15; ) {
      sent++;
      await say(a.page, `빠르게 ${sent}번`);
      const line = lineWith(a.page, `빠르게 ${sent}번`);
      await expect(line.or(toast)).toBeVisible();
      shown = await line.isVisible();
    }
    expect(sent, 'the first five lines of a burst all go through').toBeGreaterThan(5);
    await expect(toast).toContainText(t('chat.err_rateLimited'));
    await expect(toast).toContainText(tPattern('chat.retryInSeconds', { count: '\\d+' }));
    await expect(messageBox(a.page)).toHaveValue(`빠르게 ${sent}번`);
    await expect(messageBox(a.page)).toBeEnabled();
    expect(await a.page.evaluate(() => window.__seeot?.status)).toBe('connected');
    // When the countdown runs out, the same line goes through.
    await expect(toast).toContainText(t('chat.retryNow'), { timeout: 15_000 });
    await messageBox(a.page).press('Enter');
    await expect(lineWith(a.page, `빠르게 ${sent}번`)).toBeVisible();
  });

  test('300 characters at most, counted live', async ({ browser, baseURL }) => {
    const max = CHAT_MAX_CODE_POINTS;
    a = await worldVisitor(browser, '긴글손님', { baseURL });
    const box = messageBox(a.page);
    await box.fill('가'.repeat(max));
    await expect(a.page.locator('.chat-composer__counter')).toContainText(t('chat.counter', { count: max, max }));
    await expect(a.page.locator('.chat-composer__send')).toBeEnabled();
    await box.fill('가'.repeat(max + 1));
    await expect(a.page.locator('.chat-composer__over')).toContainText(t('chat.overLimit', { max }));
    await expect(a.page.locator('.chat-composer__send')).toBeDisabled();
    // A long unbroken word wraps inside the panel instead of widening it.
    await box.fill('가'.repeat(max));
    await box.press('Enter');
    const line = lineWith(a.page, '가'.repeat(max));
    await expect(line).toBeVisible();
    const [lineBox, panelBox] = await Promise.all([line.boundingBox(), a.page.locator('.chat-panel').boundingBox()]);
    expect(lineBox!.width).toBeLessThanOrEqual(panelBox!.width);
  });
});

test.describe('keyboard and accessibility', () => {
  let a: Visitor | undefined;
  let b: Visitor | undefined;
  test.afterEach(async () => closeAll(a, b));

  test('Enter focuses chat away from booths, Esc returns to walking; typing never walks', async ({ browser, baseURL }) => {
    a = await worldVisitor(browser, '키보드손님', { baseURL });
    const page = a.page;
    // Nothing focused (a canvas click would walk there).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Enter');
    await expect(messageBox(page)).toBeFocused();
    const before = await page.evaluate(() => window.__seeot!.player());
    await page.keyboard.type('wasd 걷지 않아요');
    await expect(messageBox(page)).toHaveValue('wasd 걷지 않아요');
    const after = await page.evaluate(() => window.__seeot!.player());
    expect(Math.hypot(after.x - before.x, after.z - before.z)).toBeLessThan(0.05);
    await page.keyboard.press('Escape');
    await expect(messageBox(page)).not.toBeFocused();
    // T works too, also at a booth, where Enter opens the booth instead.
    await page.keyboard.press('KeyT');
    await expect(messageBox(page)).toBeFocused();
    await expect(messageBox(page)).toHaveValue('wasd 걷지 않아요');
  });

  test('axe: the open chat panel with lines, in the world and in the list view', async ({ browser, baseURL }) => {
    const [boothId] = farApartBooths();
    a = await worldVisitor(browser, '접근성손님', { baseURL });
    await standAtBooth(a, boothId);
    b = await listVisitor(browser, '목록접근성', boothId, baseURL);
    await say(b.page, '스크린리더로 읽혀요');
    await selectScope(a.page, 'booth');
    await expect(lineWith(a.page, '스크린리더로 읽혀요')).toBeVisible();
    await say(a.page, '저도 보여요');
    await expect(lineWith(b.page, '저도 보여요')).toBeVisible();
    await lineWith(a.page, '스크린리더로 읽혀요').getByRole('button', { name: t('chat.reportLabel', { name: b.nickname }) }).click();
    await expect(a.page.getByRole('group', { name: t('chat.reportPrompt') })).toBeVisible();
    await expectNoSeriousA11yViolations(a.page, { include: '.chat-panel' });
    await expectNoSeriousA11yViolations(b.page, { include: '.chat-panel' });
    await expect(log(b.page)).toHaveAttribute('aria-live', 'polite');
  });
});
