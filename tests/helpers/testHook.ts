import type { BrowserContext } from '@playwright/test';
import { TEST_HOOK_SWITCH } from '../../client/world/testHook/api.ts';

/**
 * Switches the world's test hook (window.__seeot, the synthetic crowd) on for every page of the
 * context: the flag is set before the page's scripts run, and the world then loads the hook's own
 * chunk. A visitor's page never has it (tests/e2e/visitor-bundle.spec.ts).
 */
export async function enableTestHook(context: BrowserContext): Promise<void> {
  await context.addInitScript((flag) => {
    (window as unknown as Record<string, boolean>)[flag] = true;
  }, TEST_HOOK_SWITCH);
}
