import { describe, expect, it } from 'vitest';
import { LAYOUT, own, visit, useHallServer } from './room-boot.ts';

/** Interest management: visitors hear about each other near, not far. */
describe('hall interest', () => {
  const srv = useHallServer();

  it('two visitors see each other when near and stop when more than 20 m apart', async () => {
    const a = await visit(srv.url);
    const b = await visit(srv.url);
    // Both spawn at the same point: each sees the other.
    await a.view.until(() => a.view.avatars.has(b.slot()), 3000, 'a sees b');
    await b.view.until(() => b.view.avatars.has(a.slot()), 3000, 'b sees a');

    // Two named points far apart (the hall has nobody else, so only distance decides).
    const spawn = LAYOUT.spawn.position;
    const far = LAYOUT.teleports
      .filter((t) => Math.hypot(t.position.x - spawn.x, t.position.z - spawn.z) > 30)
      .sort((p, q) => q.position.z - p.position.z)[0]!;
    b.room.send('teleport', { pointId: far.id });
    await a.view.until(() => !a.view.avatars.has(b.slot()), 3000, 'b gone from a\'s view');
    await b.view.until(() => !b.view.avatars.has(a.slot()), 3000, 'a gone from b\'s view');
    await b.view.until(() => Math.hypot(own(b)!.x - far.position.x, own(b)!.z - far.position.z) < 0.1, 3000, 'b at the far point');

    // a walks nowhere; b comes back to the spawn point: they see each other again.
    b.room.send('teleport', { pointId: 'spawn' });
    await a.view.until(() => a.view.avatars.has(b.slot()), 3000, 'a sees b again');
    const seen = a.view.avatars.get(b.slot())!;
    expect(Math.hypot(seen.x - spawn.x, seen.z - spawn.z)).toBeLessThan(0.1);
    await a.room.leave();
    await b.room.leave();
  });

  it('a moving neighbour reaches the watcher every tick, an idle one is not resent', async () => {
    const a = await visit(srv.url);
    const b = await visit(srv.url);
    await a.view.until(() => a.view.avatars.has(b.slot()), 3000, 'a sees b');
    const idleSince = a.view.messages;
    // Nobody moves: after the first frames, a's messages stop (nothing new to say).
    const room = srv.colyseus.getRoomById(a.room.roomId);
    for (let i = 0; i < 5; i++) await room.waitForNextTimestep();
    const quiet = a.view.messages - idleSince;
    expect(quiet).toBeLessThanOrEqual(2);
    let seq = 0;
    const timer = setInterval(() => b.room.send('move', { seq: ++seq, kind: 'dir', dx: 0, dz: 1, run: false }), 50);
    try {
      const start = a.view.messages;
      await a.view.until(() => a.view.messages - start >= 10, 3000, 'ten frames about b');
      expect(a.view.avatars.get(b.slot())!.flags & 1).toBe(1); // moving
    } finally {
      clearInterval(timer);
    }
    await a.room.leave();
    await b.room.leave();
  });
});
