import type { Page } from '@playwright/test';
import { expect } from '../e2e/fixtures.ts';

/**
 * Waits until React has hydrated the page the server rendered (client/App.tsx sets
 * <html data-hydrated>). Until then its buttons do nothing and its links are plain links that load
 * a page, so a spec clicking for in-place behaviour waits on this first.
 */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
}
