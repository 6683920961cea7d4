import type { WorldNet } from '../net/worldSession.ts';
import type { World } from '../state/worldStore.ts';
import { TEST_HOOK_SWITCH } from './api.ts';

/**
 * Installs the test hook for this world only when a test or benchmark switched it on before the
 * page loaded; returns the uninstaller. The hook and the synthetic crowd are a separate chunk (the
 * dynamic import), so a visitor's page neither downloads nor runs them. Someone who sets the switch
 * by hand gets a view of their own page that devtools already gives, and synthetic avatars that
 * exist only on that page: nothing reaches the server, so a runtime switch is enough and the
 * browser tests run the same build visitors get.
 */
export function loadTestHook(world: World, net: WorldNet): () => void {
  if (window[TEST_HOOK_SWITCH] !== true) return () => {};
  let uninstall: (() => void) | null = null;
  let unmounted = false;
  import('./testHook.ts').then(
    ({ installTestHook }) => {
      if (!unmounted) uninstall = installTestHook(world, net);
    },
    (err: unknown) => console.error('[seeot] the test hook did not load', err),
  );
  return () => {
    unmounted = true;
    uninstall?.();
  };
}
