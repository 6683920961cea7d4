import { test, expect } from './fixtures.ts';
import { closeAll, lineWith, log, messageBox, worldVisitor, type Visitor } from './chat-helpers.ts';

/**
 * Korean input: while the IME is composing a syllable, Enter belongs to the IME (it commits the
 * syllable) and must not send. Composition goes through CDP (Input.imeSetComposition /
 * Input.insertText), as a real IME drives Chromium; the keydowns are dispatched both ways a
 * browser reports a composing Enter (isComposing, and keyCode 229 as Safari does).
 */
let a: Visitor | undefined;
let b: Visitor | undefined;
test.afterEach(async () => closeAll(a, b));

test('Enter during Hangul composition never sends; after it ends, Enter sends the Hangul', async ({ browser, baseURL }) => {
  // The two worlds load side by side (neither waits on the other).
  [a, b] = await Promise.all([worldVisitor(browser, '한글손님', { baseURL }), worldVisitor(browser, '듣는손님', { baseURL })]);
  const page = a.page;
  const box = messageBox(page);
  await box.focus();
  const cdp = await page.context().newCDPSession(page);

  // "안녕하세" typed, "요" being composed.
  await cdp.send('Input.insertText', { text: '안녕하세' });
  await cdp.send('Input.imeSetComposition', { text: '요', selectionStart: 1, selectionEnd: 1 });
  await expect(box).toHaveValue('안녕하세요');

  // A real Enter keydown while the composition is open (the composition ref holds).
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
  // The browser's own flags for a composing Enter.
  await box.evaluate((el) => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', isComposing: true, bubbles: true, cancelable: true }));
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 229, bubbles: true, cancelable: true }));
  });

  // Commit the syllable: the composition ends.
  await cdp.send('Input.insertText', { text: '요' });
  await expect(box).toHaveValue('안녕하세요');
  // Still nothing sent: the log has no line of ours.
  await expect(log(page).locator('.chat-line--mine')).toHaveCount(0);

  await box.press('Enter');
  await expect(lineWith(page, '안녕하세요')).toHaveCount(1);
  await expect(box).toHaveValue('');
  await expect(lineWith(b.page, '안녕하세요')).toContainText('한글손님');
  await expect(log(page).locator('.chat-line--mine')).toHaveCount(1);
  await cdp.detach();
});
