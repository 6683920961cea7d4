import { describe, expect, it } from 'vitest';
import type { HallRoom } from '../../server/rooms/HallRoom.ts';
import { own, visit, useHallServer } from './room-boot.ts';

/** Garbage in: counted and dropped, never a crash, never a disconnect of the sender or anyone else. */
describe('hall under malformed messages', () => {
  const srv = useHallServer();

  it('survives wrong types, NaN, Infinity, big strings, unknown types and raw bytes', async () => {
    const bad = await visit(srv.url);
    const honest = await visit(srv.url);
    const room = srv.colyseus.getRoomById(bad.room.roomId) as unknown as HallRoom;
    bad.room.onMessage('rejected', () => {});
    const payloads: unknown[] = [
      null, undefined, 0, 'move', [], [1, 2, 3], true,
      { seq: 'x', kind: 'dir', dx: 1, dz: 0, run: false },
      { seq: 1, kind: 'dir', dx: NaN, dz: 0, run: false },
      { seq: 1, kind: 'dir', dx: Infinity, dz: -Infinity, run: false },
      { seq: -1, kind: 'dir', dx: 1, dz: 0, run: false },
      { seq: 2 ** 40, kind: 'dir', dx: 1, dz: 0, run: false },
      { seq: 1, kind: 'fly', dx: 1, dz: 0, run: false },
      { seq: 1, kind: 'walkTo', target: null },
      { seq: 1, kind: 'walkTo', target: { x: NaN, z: 1 } },
      { seq: 1, kind: 'dir', dx: 1, dz: 0, run: 'yes' },
      { __proto__: { seq: 1 }, kind: 'dir' },
      { seq: 1, kind: 'x'.repeat(3000) },
      'x'.repeat(3000),
    ];
    for (const p of payloads) bad.room.send('move', p);
    for (const p of payloads) bad.room.send('teleport', p);
    bad.room.send('fly', { x: 1 });
    bad.room.send('__proto__', {});
    bad.room.send(12345, { x: 1 });
    bad.room.sendBytes('move', new Uint8Array([1, 2, 3, 255]));
    bad.room.sendBytes(7, new Uint8Array(1000));
    // The honest visitor keeps moving meanwhile.
    await honest.view.until(() => own(honest) !== undefined, 3000, 'own avatar');
    const start = own(honest)!.x;
    let seq = 0;
    const timer = setInterval(() => honest.room.send('move', { seq: ++seq, kind: 'dir', dx: -1, dz: 0, run: true }), 50);
    try {
      await honest.view.until(() => own(honest)!.x < start - 1, 5000, 'honest visitor moved');
    } finally {
      clearInterval(timer);
    }
    expect(room.counters.malformed).toBeGreaterThanOrEqual(payloads.length * 2 - 1);
    expect(bad.room.connection.isOpen).toBe(true);
    expect(honest.room.connection.isOpen).toBe(true);
    // The bad client is still served: its own next valid input is applied.
    bad.room.send('move', { seq: 999, kind: 'dir', dx: 0, dz: 1, run: false });
    await bad.view.until(() => bad.view.ack === 999, 3000, 'ack 999');
    await bad.room.leave();
    await honest.room.leave();
  });
});
