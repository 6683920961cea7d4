import { useEffect, type RefObject } from 'react';
import { isActivatable, keysBelongElsewhere, PRESS_KEYS } from '../input/keymap.ts';
import { useWorld } from '../state/context.ts';
import type { BoothRoute } from './boothRoute.ts';

/**
 * The HUD's one-press keys, by `code` like walking: E or Enter opens the booth the visitor stands
 * at, H toggles the controls help. Not while typing or inside a dialog, and Enter on a focused
 * button or link stays that control's own.
 */
export function useHudKeys(route: RefObject<BoothRoute>): void {
  const { store } = useWorld();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      const action = PRESS_KEYS[e.code];
      if (!action || keysBelongElsewhere(e.target)) return;
      const hud = store.getState();
      if (action === 'help') {
        e.preventDefault();
        hud.setHelpOpen(!hud.helpOpen);
        return;
      }
      if (e.code !== 'KeyE' && isActivatable(e.target)) return;
      if (!hud.nearbyBoothId || route.current.boothId) return;
      e.preventDefault();
      route.current.open(hud.nearbyBoothId);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [route, store]);
}
