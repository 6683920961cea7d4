import type { Client as ServerClient } from '@colyseus/core';
import { describe, expect, it } from 'vitest';
import type { HallRoom } from '../../server/rooms/HallRoom.ts';
import { joinOptions, own, visit, waitFor, useHallServer } from './room-boot.ts';

/** A dropped connection keeps its seat and position; the SDK comes back to both. */
describe('hall reconnection', () => {
  const srv = useHallServer();

  it('a visitor whose connection drops comes back to the same seat and position', async () => {
    const v = await visit(srv.url);
    const watcher = await visit(srv.url);
    v.room.reconnection.minUptime = 0; // the SDK otherwise only retries rooms up for 5 s
    v.room.reconnection.minDelay = 300; // long enough to see the seat held
    const room = srv.colyseus.getRoomById(v.room.roomId) as unknown as HallRoom;
    await v.view.until(() => own(v) !== undefined, 3000, 'own avatar');
    const start = own(v)!.x;
    let seq = 0;
    const timer = setInterval(() => v.room.send('move', { seq: ++seq, kind: 'dir', dx: 1, dz: 0, run: false }), 50);
    await v.view.until(() => own(v)!.x > start + 1, 5000, 'moved');
    clearInterval(timer);
    await room.waitForNextTimestep();
    const slot = v.slot();
    const before = { ...room.sim.state(slot)!.position };

    // Cut the socket from the server side, as a network drop would (no consented leave).
    const reconnected = new Promise<void>((resolve) => v.room.onReconnect.once(() => resolve()));
    const serverClient = room.clients.find((c) => c.sessionId === v.room.sessionId) as ServerClient & { ref: { terminate(): void } };
    serverClient.ref.terminate();
    await waitFor(() => room.state.roster.get(v.room.sessionId)?.connected === false, 3000, 'roster shows the drop');
    // While dropped, the avatar still stands there for others.
    expect(watcher.view.avatars.has(slot)).toBe(true);

    await reconnected;
    expect(room.seats.get(v.room.sessionId)?.slot).toBe(slot);
    expect(room.sim.state(slot)!.position).toEqual(before);
    // The new connection is sent its own avatar again, where it was.
    const got = v.view.messages;
    await v.view.until(() => v.view.messages > got && own(v) !== undefined, 3000, 'own avatar after reconnect');
    expect(Math.abs(own(v)!.x - before.x)).toBeLessThan(0.01);
    await waitFor(() => {
      const e = (watcher.room.state as { roster: Map<string, { connected: boolean }> }).roster.get(v.room.sessionId);
      return e?.connected === true;
    }, 3000, 'roster shows the return');
    await v.room.leave();
    await watcher.room.leave();
  });

  it('a seat held for reconnection keeps its join token: nobody joins with it, and its owner comes back', async () => {
    const opts = joinOptions();
    const v = await visit(srv.url, opts);
    v.room.reconnection.minUptime = 0;
    v.room.reconnection.minDelay = 300;
    const room = srv.colyseus.getRoomById(v.room.roomId) as unknown as HallRoom;
    const reconnected = new Promise<void>((resolve) => v.room.onReconnect.once(() => resolve()));
    const serverClient = room.clients.find((c) => c.sessionId === v.room.sessionId) as ServerClient & { ref: { terminate(): void } };
    serverClient.ref.terminate();
    await waitFor(() => room.state.roster.get(v.room.sessionId)?.connected === false, 3000, 'seat held');
    // Someone who copied the join token (a second tab, a leaked link) gets nothing while the seat waits.
    await expect(visit(srv.url, opts)).rejects.toMatchObject({ code: 409, message: 'tokenInUse' });
    // The owner reconnects with Colyseus' reconnection token, not the join token: it gets back in.
    await reconnected;
    expect(room.seats.get(v.room.sessionId)?.client).not.toBeNull();
    await expect(visit(srv.url, opts)).rejects.toMatchObject({ message: 'tokenInUse' });
    await v.room.leave();
  });
});
