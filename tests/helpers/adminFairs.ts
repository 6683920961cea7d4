import { expect, type Page } from '@playwright/test';
import { adminFairsKo } from '../../shared/i18n/fairs-admin-ko.ts';
import { instantToSeoulLocal } from '../../shared/schemas/fairTime.ts';

/** Now plus an offset, to the minute (the fair forms take Seoul local time to the minute). */
export const minuteFromNow = (offsetMs: number): Date => new Date(Math.floor((Date.now() + offsetMs) / 60_000) * 60_000);

/** On a fair's /admin page: schedules the talk 공정무역 이야기 at a booth, from `starts` to `ends`, and waits for the note that it was added. */
export async function scheduleTalk(page: Page, boothId: string, starts: Date, ends: Date): Promise<void> {
  const schedule = page.getByRole('region', { name: adminFairsKo.scheduleTitle });
  await schedule.getByLabel(adminFairsKo.eventTitleKo).fill('공정무역 이야기');
  await schedule.getByLabel(adminFairsKo.eventTitleEn).fill('Fair trade talk');
  await schedule.getByLabel(adminFairsKo.eventKind).selectOption('talk');
  await schedule.getByLabel(adminFairsKo.fieldStarts).fill(instantToSeoulLocal(starts));
  await schedule.getByLabel(adminFairsKo.fieldEnds).fill(instantToSeoulLocal(ends));
  await schedule.getByLabel(adminFairsKo.eventPlace).selectOption(`booth:${boothId}`);
  await schedule.getByRole('button', { name: adminFairsKo.addEvent }).click();
  await expect(page.getByText(adminFairsKo.eventAdded)).toBeVisible();
}
