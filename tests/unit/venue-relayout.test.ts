import { describe, expect, it, vi } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { venueFingerprint } from '../../shared/protocol/venue.ts';
import { withoutClosedBooths } from '../../shared/venue/closedBooths.ts';
import { clampToWalkable, createCollisionWorld } from '../../shared/world/collision.ts';
import { layoutWorld } from '../../shared/world/layout.ts';
import { HallSim } from '../../server/hall/sim.ts';
import { HallVenue } from '../../server/hall/venueLayout.ts';
import { staticVenue } from '../../server/venue/venueSource.ts';
import { createWorld } from '../../client/world/state/worldStore.ts';

/**
 * A venue change that moves booths, on both runners: the server's shard simulation and the client's
 * world switch layouts keeping everyone where they stand, and move a visitor off a booth that now
 * stands where they stood, to the same point on both sides.
 */

const CLOSABLE = 'vq-studio';
const open = layoutWorld(CATALOGUE);
const closed = layoutWorld(withoutClosedBooths(CATALOGUE, new Set([CLOSABLE])));
/** The booth's centre: floor while it is closed, inside it once reopened. */
const spot = open.booths.find((b) => b.id === CLOSABLE)!.position;
const offBooth = clampToWalkable(createCollisionWorld(open), spot);
const elsewhere = open.spawn.position;

describe('closing a booth', () => {
  it('removes it from the venue and the layout, and changes the fingerprint', () => {
    const venue = withoutClosedBooths(CATALOGUE, new Set([CLOSABLE]));
    expect(venue.enterprises.map((e) => e.id)).not.toContain(CLOSABLE);
    expect(closed.booths.map((b) => b.id)).not.toContain(CLOSABLE);
    expect(venueFingerprint(closed)).not.toBe(venueFingerprint(open));
    // The test's premise: the spot is floor without the booth, and not with it.
    expect(clampToWalkable(createCollisionWorld(closed), spot)).toEqual(spot);
    expect(offBooth).not.toEqual(spot);
  });
});

describe('the shard simulation re-lays-out', () => {
  it('keeps each visitor where they stood, moves one off the booth that now stands there, and sends every pose again', () => {
    const sim = new HallSim(closed, 4);
    sim.add(0, spot);
    sim.add(1, elsewhere);
    sim.stepAll();
    const tick = sim.tick;
    sim.relayout(open);
    expect(sim.layout).toBe(open);
    expect(sim.state(0)!.position).toEqual(offBooth);
    expect(sim.state(1)!.position).toEqual(elsewhere);
    // Stamped for the coming tick: the view messages carry them quantized over the new bounds.
    expect(sim.changedTick[0]).toBe(tick + 1);
    expect(sim.changedTick[1]).toBe(tick + 1);
    sim.stepAll();
    expect(sim.state(1)!.position).toEqual(elsewhere);
  });
});

describe('the shards’ shared layout', () => {
  it('is computed once per venue version and stays the same object when only text changed', () => {
    const source = staticVenue(CATALOGUE);
    const hall = new HallVenue(source);
    const first = hall.current;
    const renamed = { ...CATALOGUE, enterprises: CATALOGUE.enterprises.map((e) => ({ ...e, name: { ...e.name, ko: `${e.name.ko}!` } })) };
    const text = hall.update({ venue: renamed, version: 5 });
    expect(text.layout).toBe(first.layout);
    expect(text.version).toBe(5);
    expect(hall.update({ venue: CATALOGUE, version: 4 })).toBe(text); // an older venue changes nothing
    const moved = hall.update({ venue: withoutClosedBooths(CATALOGUE, new Set([CLOSABLE])), version: 6 });
    expect(moved.fingerprint).toBe(venueFingerprint(closed));
    expect(moved.boothIds.has(CLOSABLE)).toBe(false);
  });
});

describe('the client world re-lays-out', () => {
  it('keeps the player where they stand, on the same point the server moves them to', () => {
    const world = createWorld({ layout: closed, cameraMode: 'follow', quality: 'low' });
    world.frame.controller.place(spot, 0);
    world.frame.input.walkTo = { x: 1, z: 1 };
    world.store.getState().relayout(open);
    expect(world.store.getState().layout).toBe(open);
    expect(world.frame.controller.state.position).toEqual(offBooth);
    expect(world.frame.player.position).toEqual(offBooth);
    expect(world.frame.input.walkTo).toBeNull();
  });

  it('with the same fingerprint (a text edit) only swaps what is drawn', () => {
    const world = createWorld({ layout: open, cameraMode: 'follow', quality: 'low' });
    world.frame.controller.place(elsewhere, 1);
    const collision = world.frame.controller.world;
    const listener = vi.fn();
    world.store.subscribe(listener);
    const renamed = layoutWorld({ ...CATALOGUE, enterprises: CATALOGUE.enterprises.map((e) => ({ ...e, name: { ...e.name, ko: '새 이름' } })) });
    world.store.getState().relayout(renamed);
    expect(world.store.getState().layout).toBe(renamed);
    expect(world.frame.controller.world).toBe(collision);
    expect(world.frame.controller.state.position).toEqual(elsewhere);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('teleports to the new layout’s points', () => {
    const world = createWorld({ layout: closed, cameraMode: 'follow', quality: 'low' });
    expect(world.store.getState().teleport(`booth:${CLOSABLE}`)).toBe(false);
    world.store.getState().relayout(open);
    expect(world.store.getState().teleport(`booth:${CLOSABLE}`)).toBe(true);
  });
});
