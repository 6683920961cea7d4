import { describe, expect, it } from 'vitest';
import type { HallRoom } from '../../server/rooms/HallRoom.ts';
import { LAYOUT, own, visit, useHallServer, type Visitor } from './room-boot.ts';

/** Movement is the server's: inputs move avatars, nothing a client claims does. */
describe('hall movement', () => {
  const srv = useHallServer();

  const serverRoom = (v: Visitor): HallRoom => srv.colyseus.getRoomById(v.room.roomId) as unknown as HallRoom;

  /** Holds a direction the way the client does: one input per tick until `done` holds. */
  async function hold(v: Visitor, dx: number, dz: number, done: () => boolean, what: string): Promise<number> {
    let seq = 0;
    const timer = setInterval(() => v.room.send('move', { seq: ++seq, kind: 'dir', dx, dz, run: false }), 50);
    try {
      await v.view.until(done, 5000, what);
    } finally {
      clearInterval(timer);
    }
    return seq;
  }

  it('a client holding a direction moves, and its ack follows its inputs', async () => {
    const v = await visit(srv.url);
    await v.view.until(() => own(v) !== undefined, 3000, 'own avatar');
    const start = { ...own(v)! };
    await hold(v, 1, 0, () => own(v)!.x > start.x + 1, 'moved 1 m east');
    expect(Math.abs(own(v)!.z - start.z)).toBeLessThan(0.05);
    expect(v.view.ack).toBeGreaterThan(0);
    await v.room.leave();
  });

  it('a client sending a position never moves itself there', async () => {
    const v = await visit(srv.url);
    await v.view.until(() => own(v) !== undefined, 3000, 'own avatar');
    const start = { ...own(v)! };
    const room = serverRoom(v);
    const before = room.counters.malformed;
    v.room.send('move', { seq: 1, kind: 'dir', dx: 0, dz: 0, run: false, x: 30, z: 30 });
    v.room.send('move', { seq: 2, x: 30, z: 30 });
    v.room.send('move', { seq: 3, kind: 'dir', dx: 500, dz: 0, run: true });
    v.room.send('move', { seq: 4, kind: 'walkTo', target: { x: 1e9, z: 0 } });
    await room.waitForNextTimestep();
    await room.waitForNextTimestep();
    await room.waitForNextTimestep();
    const s = room.sim.state(room.seats.get(v.room.sessionId)!.slot)!;
    expect(Math.hypot(s.position.x - start.x, s.position.z - start.z)).toBeLessThan(0.5);
    expect(room.counters.malformed - before).toBe(3);
    await v.room.leave();
  });

  it('teleports only to the layout\'s named points', async () => {
    const v = await visit(srv.url);
    const room = serverRoom(v);
    const target = LAYOUT.teleports.find((t) => t.kind === 'booth')!;
    const rejected: unknown[] = [];
    v.room.onMessage('rejected', (m: unknown) => rejected.push(m));
    v.room.send('teleport', { pointId: 'nowhere-at-all' });
    v.room.send('teleport', { pointId: '../etc' });
    v.room.send('teleport', { x: 1, z: 2 });
    await v.view.until(() => rejected.length === 3, 10_000, 'three refusals');
    expect(rejected).toEqual([
      { type: 'teleport', code: 'unknownPoint' },
      { type: 'teleport', code: 'invalid' },
      { type: 'teleport', code: 'invalid' },
    ]);
    v.room.send('teleport', { pointId: target.id });
    await v.view.until(() => Math.hypot(own(v)!.x - target.position.x, own(v)!.z - target.position.z) < 0.05, 10_000, 'at the booth point');
    expect(own(v)!.flags & 4).toBe(4); // teleported: the client snaps instead of sliding
    expect(room.counters.malformed).toBeGreaterThan(0);
    await v.room.leave();
  });

  it('drops inputs beyond the rate limit, without disconnecting', async () => {
    const v = await visit(srv.url);
    const room = serverRoom(v);
    const before = room.counters.rateLimited;
    for (let seq = 1; seq <= 100; seq++) v.room.send('move', { seq, kind: 'dir', dx: 0, dz: 1, run: false });
    await v.view.until(() => v.view.ack > 0, 3000, 'an ack');
    const dropped = room.counters.rateLimited - before;
    expect(dropped).toBeGreaterThanOrEqual(85);
    // Only the first bucketful was queued (and only its newest inputs applied): the ack stops there.
    await room.waitForNextTimestep();
    expect(v.view.ack).toBeLessThanOrEqual(15);
    expect(v.room.connection.isOpen).toBe(true);
    await v.room.leave();
  });
});
