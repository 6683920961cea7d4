/**
 * Browser DSL for chat specs: a visitor in their own context (their own guest cookie), joined to
 * the hall under a nickname, standing somewhere; chat tabs, the message box and the log by role and
 * name, as a visitor would find them. Every wait is on a condition.
 */
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import type { ChatScope } from '../../shared/chat/rules.ts';
import { t } from '../helpers/i18n.ts';
import { expect } from './fixtures.ts';
import { enableTestHook } from '../helpers/testHook.ts';
import { LAYOUT, enterWorld, teleport } from '../helpers/world.ts';

/** client/net/identity.ts keeps the chosen nickname and colour here. */
const IDENTITY_KEY = 'seeot.identity';

export interface Visitor {
  context: BrowserContext;
  page: Page;
  nickname: string;
}

async function newVisitor(browser: Browser, nickname: string, baseURL: string | undefined): Promise<Visitor> {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  await enableTestHook(context);
  const page = await context.newPage();
  await page.addInitScript(
    ([key, value]) => {
      localStorage.setItem(key!, value!);
      localStorage.setItem('seeot.lang', 'ko');
    },
    [IDENTITY_KEY, JSON.stringify({ nickname, colorIndex: 2 })],
  );
  return { context, page, nickname };
}

/** A /world visitor, joined to the hall (the message box is enabled once connected). */
export async function worldVisitor(
  browser: Browser,
  nickname: string,
  opts: { baseURL?: string; query?: string; signIn?: { email: string; password: string } } = {},
): Promise<Visitor> {
  const v = await newVisitor(browser, nickname, opts.baseURL);
  // A staff account signs in first: the context's cookie jar keeps the session cookie for the page.
  if (opts.signIn) expect((await v.context.request.post('/api/auth/login', { data: opts.signIn })).status()).toBe(200);
  await enterWorld(v.page, `/world${opts.query ?? ''}`);
  // The world's chat waits folded as a pill: open it, as a visitor who wants to talk does.
  await v.page.locator('.chat-fab').click();
  await expect(messageBox(v.page)).toBeEnabled({ timeout: 30_000 });
  return v;
}

/** A /list visitor reading one booth page. */
export async function listVisitor(browser: Browser, nickname: string, boothId: string, baseURL?: string): Promise<Visitor> {
  const v = await newVisitor(browser, nickname, baseURL);
  await v.page.goto(`/booth/${boothId}?view=list`);
  await expect(messageBox(v.page)).toBeEnabled({ timeout: 30_000 });
  return v;
}

export function chatPanel(page: Page): Locator {
  return page.locator('.chat-panel');
}

export function messageBox(page: Page): Locator {
  return page.getByRole('textbox', { name: t('chat.inputLabel') });
}

export function log(page: Page): Locator {
  return chatPanel(page).getByRole('log');
}

export async function selectScope(page: Page, scope: ChatScope): Promise<void> {
  const tab = chatPanel(page).getByRole('tab', { name: t(`chat.scope_${scope}`) });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** Types a line into the box and presses Enter (the visitor's way; no IME). */
export async function say(page: Page, text: string): Promise<void> {
  const box = messageBox(page);
  await box.fill(text);
  await box.press('Enter');
}

/** The line with this text in the visible log. */
export function lineWith(page: Page, text: string): Locator {
  return log(page).locator('.chat-line').filter({ hasText: text });
}

/** Stands at a booth (server-checked teleport to its interact point) and waits for the prompt. */
export async function standAtBooth(v: Visitor, boothId: string): Promise<void> {
  await teleport(v.page, `booth:${boothId}`);
  await expect(v.page.locator(`.world-prompt__button[data-booth-id="${boothId}"]`)).toBeVisible();
}

/** Two booths far apart (more than three nearby radii), for "far away" visitors. */
export function farApartBooths(): [string, string] {
  const bs = LAYOUT.booths;
  let best: [string, string] = [bs[0]!.id, bs[1]!.id];
  let bestD = 0;
  for (const a of bs) {
    for (const b of bs) {
      const d = Math.hypot(a.interactPoint.x - b.interactPoint.x, a.interactPoint.z - b.interactPoint.z);
      if (d > bestD) {
        bestD = d;
        best = [a.id, b.id];
      }
    }
  }
  expect(bestD, 'the layout has two booths far apart').toBeGreaterThan(45);
  return best;
}

export async function closeAll(...vs: (Visitor | undefined)[]): Promise<void> {
  for (const v of vs) await v?.context.close();
}
