import type { BrowserContext, Locator, Page } from '@playwright/test';
import { liveKo } from '../../shared/i18n/live-ko.ts';
import { expect } from '../e2e/fixtures.ts';

/**
 * A booth member goes live from /studio as on a phone: the camera (Chromium's fake one) starts, then
 * the live; resolves once the panel says it is on air, with the page and the live panel.
 */
export async function goLiveFromStudio(context: BrowserContext, boothId: string): Promise<{ studio: Page; panel: Locator }> {
  const studio = await context.newPage();
  await studio.goto(`/studio/booths/${boothId}`);
  const panel = studio.getByRole('region', { name: liveKo.panelTitle });
  await panel.getByRole('button', { name: liveKo.cameraStart }).click();
  await expect(panel.getByRole('button', { name: liveKo.start })).toBeVisible();
  await panel.getByRole('button', { name: liveKo.start }).click();
  // The panel's own status line (its chat, once joined, has live regions of its own).
  await expect(panel.getByRole('status').filter({ hasText: liveKo.onAir })).toHaveCount(1, { timeout: 30_000 });
  return { studio, panel };
}
