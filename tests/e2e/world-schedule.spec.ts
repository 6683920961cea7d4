import { listBooths } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { fairsKo } from '../../shared/i18n/fairs-ko.ts';
import { ownServer } from '../helpers/ownServer.ts';
import type { RunningServer } from '../helpers/serverProcess.ts';
import { setupAdmin } from '../helpers/staffSession.ts';
import { booth, distance, enterWorld, playerPos } from '../helpers/world.ts';
import { test as base, expect, expectNoSeriousA11yViolations } from './fixtures.ts';

/**
 * Issue 11 §1 (visitors see the schedule in the world) and issue 10 §2 (coming lives): a fair open
 * now with a live sale at a booth later today. In the world the toolbar's 일정 opens the same
 * schedule as /list beside the world; its "부스로 가기" takes the visitor to the booth and opens it.
 * Against a server of our own: the fair would otherwise show on every other spec's pages.
 */
const test = base.extend<object, { scheduleServer: RunningServer }>({
  scheduleServer: ownServer(),
  baseURL: async ({ scheduleServer }, use) => use(scheduleServer.url),
});

const [, , BOOTH] = listBooths(CATALOGUE);
const HOUR = 3_600_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

test('the world shows the fairs\' schedule, and an event at a booth takes the visitor there', async ({ page, scheduleServer }) => {
  const admin = await setupAdmin(scheduleServer.url, scheduleServer.output());
  const api = (path: string, body: unknown) => fetch(`${scheduleServer.url}/api/admin/fairs${path}`, { method: 'POST', headers: admin.headers(), body: JSON.stringify(body) });
  const fair = (await (
    await api('', { title: { ko: '가치온마켓 겨울장', en: 'Gachion Market, Winter' }, slug: 'winter-market', startsAt: iso(-HOUR), endsAt: iso(24 * HOUR), shardCapacity: null, editsNeedApproval: false, published: true })
  ).json()) as { id: number };
  const made = await api(`/${fair.id}/events`, { title: { ko: '겨울 라이브 특가', en: 'Winter live deals' }, kind: 'live', startsAt: iso(2 * HOUR), endsAt: iso(3 * HOUR), boothId: BOOTH!.id, zoneId: null });
  expect(made.status).toBe(201);

  // The world reads the schedule when it opens (the server keeps its list for a few seconds).
  const listed = async () => ((await (await fetch(`${scheduleServer.url}/api/fairs`)).json()) as { fairs: unknown[] }).fairs.length;
  await expect.poll(listed, { timeout: 20_000 }).toBe(1);
  await enterWorld(page);
  const open = page.getByRole('button', { name: fairsKo.scheduleTitle, exact: true });
  await expect(open).toBeVisible();
  await open.click();
  const panel = page.getByRole('dialog', { name: fairsKo.scheduleTitle });
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  const item = panel.getByRole('listitem').filter({ hasText: '겨울 라이브 특가' });
  await expect(item).toContainText(fairsKo.kind_live);
  await expect(panel.getByRole('heading', { level: 3 })).toContainText('가치온마켓 겨울장');
  await expectNoSeriousA11yViolations(page, { include: '.schedule-panel' });

  // A reminder set here is the page's (it outlives the panel).
  await item.getByRole('button', { name: `${fairsKo.remind} 겨울 라이브 특가` }).click();
  await expect(item).toContainText(fairsKo.reminderSet);

  await item.getByRole('button', { name: `${fairsKo.goToBooth} 겨울 라이브 특가` }).click();
  await expect(page.getByRole('dialog', { name: BOOTH!.title.ko })).toBeVisible();
  await expect(panel).toHaveCount(0);
  const b = booth(BOOTH!.id);
  expect(distance(await playerPos(page), b.interactPoint)).toBeLessThanOrEqual(b.interactRadius);
});
