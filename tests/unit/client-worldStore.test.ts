import { describe, expect, it, vi } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { nearestBooth } from '../../shared/world/collision.ts';
import { STEP_DT } from '../../shared/world/movement.ts';
import { layoutWorld } from '../../shared/world/layout.ts';
import { boothTeleportId } from '../../shared/world/teleports.ts';
import { createWorld } from '../../client/world/state/worldStore.ts';

/**
 * One mounted world: its store's actions (teleport, floor click, booth click) and the per-frame
 * object they act on, without React, three.js or a browser.
 */

const layout = layoutWorld(CATALOGUE);
const newWorld = () => createWorld({ layout, cameraMode: 'follow', quality: 'low' });
const booth = layout.booths[3]!;

describe('a new world', () => {
  it('starts at the spawn, facing the way the spawn faces, not ready, signs pending', () => {
    const { store, frame } = newWorld();
    expect(frame.player.position).toEqual(layout.spawn.position);
    expect(frame.controller.state.position).toEqual(layout.spawn.position);
    expect(frame.input.look.yaw).toBe(layout.spawn.heading);
    expect(store.getState().ready).toBe(false);
    expect(frame.signsPending).toBeGreaterThan(0);
  });
});

describe('teleport', () => {
  it('puts the visitor in front of the booth, facing it, with the camera cut there', () => {
    const { store, frame } = newWorld();
    frame.cameraSnap = false;
    frame.input.walkTo = { x: 1, z: 1 };
    expect(store.getState().teleport(boothTeleportId(booth.id))).toBe(true);
    expect(frame.player.position).toEqual(booth.interactPoint);
    expect(frame.controller.state.position).toEqual(booth.interactPoint);
    expect(nearestBooth(layout, frame.player.position)?.id).toBe(booth.id);
    expect(frame.input.look.yaw).toBe(frame.controller.state.heading);
    expect(frame.input.walkTo).toBeNull();
    expect(frame.cameraSnap).toBe(true);
    expect(store.getState().lastTeleport).toEqual({ pointId: boothTeleportId(booth.id), to: booth.interactPoint });
  });

  it('drops inputs aimed at the old place, and walking goes on from the new one', () => {
    const { store, frame } = newWorld();
    frame.controller.tracking = true;
    frame.controller.advance(STEP_DT, (seq) => ({ seq, kind: 'dir', dx: 1, dz: 0, run: false }));
    store.getState().teleport(boothTeleportId(booth.id));
    expect(frame.controller.pending).toHaveLength(0);
    frame.controller.advance(STEP_DT, (seq) => ({ seq, kind: 'dir', dx: 0, dz: 1, run: false }));
    expect(frame.controller.state.position.z).toBeGreaterThan(booth.interactPoint.z);
  });

  it('refuses a point the layout does not have, and changes nothing', () => {
    const { store, frame } = newWorld();
    const notify = vi.fn();
    store.subscribe(notify);
    expect(store.getState().teleport('booth:nowhere')).toBe(false);
    expect(frame.player.position).toEqual(layout.spawn.position);
    expect(notify).not.toHaveBeenCalled();
  });

  it('tells subscribers (the network bridge) of every teleport, the same point twice included', () => {
    const { store } = newWorld();
    const seen: string[] = [];
    store.subscribe((s, prev) => s.lastTeleport !== prev.lastTeleport && seen.push(s.lastTeleport!.pointId));
    store.getState().teleport('spawn');
    store.getState().teleport('spawn');
    expect(seen).toEqual(['spawn', 'spawn']);
  });
});

describe('floor and booth clicks', () => {
  it('a floor click becomes the next walk-to; the click that ends a camera drag does not', () => {
    const { store, frame } = newWorld();
    frame.input.dragged = true;
    store.getState().floorClick({ x: 3, z: 4 });
    expect(frame.input.walkTo).toBeNull();
    frame.input.dragged = false;
    store.getState().floorClick({ x: 3, z: 4 });
    expect(frame.input.walkTo).toEqual({ x: 3, z: 4 });
  });

  it('a booth click opens the booth through the HUD\'s opener, unless it ended a drag', () => {
    const { store, frame } = newWorld();
    store.getState().boothClick(booth.id); // no HUD (the overview): nothing happens
    const open = vi.fn();
    store.getState().setBoothOpener(open);
    frame.input.dragged = true;
    store.getState().boothClick(booth.id);
    expect(open).not.toHaveBeenCalled();
    frame.input.dragged = false;
    store.getState().boothClick(booth.id);
    expect(open).toHaveBeenCalledWith(booth.id);
  });
});

describe('slow state', () => {
  it('the nearby booth only notifies when it changes (its watcher calls it every frame)', () => {
    const { store } = newWorld();
    const notify = vi.fn();
    store.subscribe(notify);
    store.getState().setNearby(booth.id);
    store.getState().setNearby(booth.id);
    store.getState().setNearby(null);
    expect(notify).toHaveBeenCalledTimes(2);
  });

  it('each world has its own state', () => {
    const a = newWorld();
    const b = newWorld();
    a.store.getState().setHelpOpen(true);
    a.store.getState().teleport(boothTeleportId(booth.id));
    expect(b.store.getState().helpOpen).toBe(false);
    expect(b.frame.player.position).toEqual(layout.spawn.position);
  });
});
