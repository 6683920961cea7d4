import { create } from 'zustand';

/**
 * Slow HUD state only (changes a few times a minute, not per frame): which booth the visitor is
 * standing at, and which overlays are open. Per-frame values stay in the runtime.
 */
export interface HudState {
  nearbyBoothId: string | null;
  helpOpen: boolean;
  mapCollapsed: boolean;
  /** Short polite announcement for screen readers (teleports, search). */
  announcement: string;
  setNearby(id: string | null): void;
  setHelpOpen(open: boolean): void;
  toggleMap(): void;
  setMapCollapsed(collapsed: boolean): void;
  announce(text: string): void;
}

export const useHud = create<HudState>()((set, get) => ({
  nearbyBoothId: null,
  helpOpen: false,
  mapCollapsed: false,
  announcement: '',
  // Guarded so a watcher calling it every frame never re-renders anyone unless the value changed.
  setNearby: (id) => {
    if (get().nearbyBoothId !== id) set({ nearbyBoothId: id });
  },
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  toggleMap: () => set((s) => ({ mapCollapsed: !s.mapCollapsed })),
  setMapCollapsed: (mapCollapsed) => set({ mapCollapsed }),
  announce: (announcement) => set({ announcement }),
}));

/** The controls help is shown once per browser; this remembers that it was seen. */
export const HELP_SEEN_KEY = 'seeot.world.helpSeen';

export function helpSeen(): boolean {
  try {
    return localStorage.getItem(HELP_SEEN_KEY) === '1';
  } catch {
    return false;
  }
}

export function markHelpSeen(): void {
  try {
    localStorage.setItem(HELP_SEEN_KEY, '1');
  } catch {
    // Storage can be unavailable (privacy modes); the help then shows again next visit, harmless.
  }
}
