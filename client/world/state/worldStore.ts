import { createStore, type StoreApi } from 'zustand/vanilla';
import { venueFingerprint } from '../../../shared/protocol/venue.ts';
import { createCollisionWorld } from '../../../shared/world/collision.ts';
import { areaTeleportId, teleportTarget } from '../../../shared/world/teleports.ts';
import type { Layout, Vec2 } from '../../../shared/world/types.ts';
import type { ActiveGuide } from './guiding.ts';
import type { QualityTier } from './quality.ts';
import { createFrame, writePlayer, type WorldFrame } from './frame.ts';

/**
 * One mounted world: a vanilla zustand store for slow state (a few changes a minute: what the HUD
 * shows, the quality tier, whether the world is ready) and one mutable object for per-frame values
 * (frame.ts). WorldApp creates it and hands it down through React context (context.ts), so the
 * scene, the player rig, the HUD and the network bridge share it without module-level side tables.
 * Teleport, floor click and booth click are its actions: whoever asks (mini-map, search, a deep link,
 * the 3D scene, the test hook) goes through the same rules.
 */
export type CameraMode = 'follow' | 'overview';

/** Camera pitch after a jump to a zone or the enterprise hall (rad above the horizon; the default is 0.42): see teleport. */
export const GATE_ARRIVAL_PITCH = 0.14;

export interface Teleported {
  pointId: string;
  to: Vec2;
}

export interface WorldState {
  /** The floor plan drawn and walked; replaced by `relayout` when the venue changes. */
  layout: Layout;
  /** 'follow' behind the visitor (the player rig drives it) or a fixed 'overview' (benchmarks). */
  readonly cameraMode: CameraMode;
  /** Fonts loaded, every sign laid out and a frame drawn after that; set once. */
  ready: boolean;
  quality: QualityTier;
  /** The booth the visitor stands at (for the prompt, E/Enter and booth chat). */
  nearbyBoothId: string | null;
  helpOpen: boolean;
  /** The plaza's info desk panel (the center's introduction and contacts) is open. */
  infoDeskOpen: boolean;
  /** 시웃이's "어디로 갈까?" panel is open (clicking him, or the HUD's guide button). */
  guideOpen: boolean;
  /** The way 시웃이 is showing (state/guiding.ts), null when not guiding. */
  guide: ActiveGuide | null;
  mapCollapsed: boolean;
  /** Short polite announcement for screen readers (teleports, search, staff actions). */
  announcement: string;
  /** The visitor's last teleport, already applied locally; the network bridge tells the server. */
  lastTeleport: Teleported | null;
  /** How a booth opens: the HUD's booth route (the URL); null without a HUD (the overview). */
  boothOpener: ((boothId: string) => void) | null;

  /**
   * The venue changed: draw and walk `next` from now on, the visitor staying where they stand (moved
   * to the nearest floor if a booth now stands there, as the server does). A layout with the same
   * fingerprint (a text or an image changed) only replaces what is drawn.
   */
  relayout(next: Layout): void;
  /** Jumps to a named point (booth front, area entrance); false if the layout has no such point. */
  teleport(pointId: string): boolean;
  /** The floor was clicked or tapped: walk there (unless the click ended a camera drag). */
  floorClick(point: Vec2): void;
  /** A booth was clicked or tapped in 3D: open it (unless the click ended a camera drag). */
  boothClick(boothId: string): void;
  setBoothOpener(open: ((boothId: string) => void) | null): void;
  markReady(): void;
  setQuality(tier: QualityTier): void;
  setNearby(boothId: string | null): void;
  setHelpOpen(open: boolean): void;
  /** The info desk was clicked or walked up to (true), or its panel closed (false). */
  setInfoDeskOpen(open: boolean): void;
  /** 시웃이 was clicked (true; not at the end of a camera drag), or his panel closed (false). */
  setGuideOpen(open: boolean): void;
  setGuide(guide: ActiveGuide | null): void;
  toggleMap(): void;
  setMapCollapsed(collapsed: boolean): void;
  announce(text: string): void;
}

export type WorldStore = StoreApi<WorldState>;

export interface World {
  readonly store: WorldStore;
  readonly frame: WorldFrame;
}

export interface WorldOptions {
  layout: Layout;
  cameraMode: CameraMode;
  quality: QualityTier;
}

export function createWorld({ layout, cameraMode, quality }: WorldOptions): World {
  const frame = createFrame(layout, createCollisionWorld(layout));
  const store = createStore<WorldState>()((set, get) => ({
    layout,
    cameraMode,
    ready: false,
    quality,
    nearbyBoothId: null,
    helpOpen: false,
    infoDeskOpen: false,
    guideOpen: false,
    guide: null,
    mapCollapsed: false,
    announcement: '',
    lastTeleport: null,
    boothOpener: null,

    relayout: (next) => {
      const prev = get().layout;
      if (next === prev) return;
      if (venueFingerprint(next) !== venueFingerprint(prev)) {
        frame.controller.relayout(createCollisionWorld(next));
        frame.input.walkTo = null;
        writePlayer(frame);
      }
      set({ layout: next });
    },
    teleport: (pointId) => {
      const point = teleportTarget(get().layout, pointId);
      if (!point) return false;
      frame.controller.place(point.position, point.heading);
      frame.input.look.yaw = point.heading;
      // In front of a gate the camera levels out, so the banner high over it is seen whole
      // (shared/world/arrival.ts); the plaza's arrival keeps the default pitch.
      if (point.kind === 'area' && get().layout.areas.some((a) => areaTeleportId(a.id) === pointId && a.kind !== 'plaza')) {
        frame.input.look.pitch = GATE_ARRIVAL_PITCH;
      }
      frame.input.walkTo = null;
      frame.cameraSnap = true;
      writePlayer(frame);
      set({ lastTeleport: { pointId, to: { x: point.position.x, z: point.position.z } } });
      return true;
    },
    floorClick: (point) => {
      if (frame.input.dragged) return;
      frame.input.walkTo = { x: point.x, z: point.z };
    },
    boothClick: (boothId) => {
      if (frame.input.dragged) return;
      get().boothOpener?.(boothId);
    },
    setBoothOpener: (boothOpener) => set({ boothOpener }),
    markReady: () => set({ ready: true }),
    setQuality: (tier) => set({ quality: tier }),
    // Guarded: the HUD's per-frame watcher calls it every frame; only a change notifies anyone.
    setNearby: (id) => {
      if (get().nearbyBoothId !== id) set({ nearbyBoothId: id });
    },
    setHelpOpen: (helpOpen) => set({ helpOpen }),
    setInfoDeskOpen: (infoDeskOpen) => {
      // A click that ended a camera drag opens nothing (as for booths); closing always works.
      if (infoDeskOpen && frame.input.dragged) return;
      if (get().infoDeskOpen !== infoDeskOpen) set({ infoDeskOpen });
    },
    setGuideOpen: (guideOpen) => {
      if (guideOpen && frame.input.dragged) return;
      if (get().guideOpen !== guideOpen) set({ guideOpen });
    },
    setGuide: (guide) => set({ guide }),
    toggleMap: () => set((s) => ({ mapCollapsed: !s.mapCollapsed })),
    setMapCollapsed: (mapCollapsed) => set({ mapCollapsed }),
    announce: (announcement) => set({ announcement }),
  }));
  return { store, frame };
}
