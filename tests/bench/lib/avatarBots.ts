/**
 * Visitors for `bench:client --avatars N`: N bots on @colyseus/sdk (Node's built-in WebSocket) in
 * the same shard, standing and strolling on rings around the spawn plaza, where the overview camera
 * and the measured page's own avatar (at spawn) see them. Each gets its join token from
 * GET /api/session like a browser, and a starting place through `resumeFrom` (clamped by the server).
 */
import { Client, type Room } from '@colyseus/sdk';
import { PROTOCOL_VERSION } from '../../../shared/protocol/index.ts';

export interface AvatarBots {
  roomId: string;
  stop(): Promise<void>;
}

async function session(url: string): Promise<{ guestId: string; joinToken: string }> {
  const res = await fetch(`${url}/api/session`);
  if (!res.ok) throw new Error(`/api/session ${res.status}`);
  return (await res.json()) as { guestId: string; joinToken: string };
}

export async function startAvatarBots(url: string, n: number, center: { x: number; z: number }): Promise<AvatarBots> {
  const client = new Client(url);
  const rooms: Room[] = [];
  const join = async (i: number, roomId: string | null): Promise<Room> => {
    // Rings of 3–11 m around the plaza centre: inside the page's 20 m interest radius.
    const ring = 3 + (i % 5) * 2;
    const angle = (i * 2.399963) % (Math.PI * 2); // golden angle: spread evenly
    const s = await session(url);
    const opts = {
      protocolVersion: PROTOCOL_VERSION,
      nickname: `방문객${i + 1}`,
      colorIndex: i % 8,
      guestId: s.guestId,
      joinToken: s.joinToken,
      resumeFrom: { x: center.x + Math.cos(angle) * ring, z: center.z + Math.sin(angle) * ring },
    };
    const room = roomId ? await client.joinById(roomId, opts) : await client.joinOrCreate('hall', opts);
    room.reconnection.enabled = false;
    room.onMessage('*', () => {}); // view bytes and chat are not decoded here
    return room;
  };
  const first = await join(0, null);
  rooms.push(first);
  for (let i = 1; i < n; i += 20) {
    const ids = Array.from({ length: Math.min(20, n - i) }, (_, k) => i + k);
    rooms.push(...(await Promise.all(ids.map((k) => join(k, first.roomId)))));
  }
  // A third of them stroll (a direction held for 1.5 s, then a pause), the rest stand: walk and idle
  // animation both on screen.
  const seqs = new Array<number>(rooms.length).fill(0);
  let tick = 0;
  const timer = setInterval(() => {
    tick++;
    rooms.forEach((room, i) => {
      if (i % 3 !== 0) return;
      const phase = (tick + i * 7) % 60;
      if (phase >= 30) return;
      const a = ((i * 37 + Math.floor((tick + i * 7) / 60) * 90) % 360) * (Math.PI / 180);
      const dx = phase < 29 ? Math.cos(a) : 0;
      const dz = phase < 29 ? Math.sin(a) : 0;
      room.send('move', { seq: ++seqs[i]!, kind: 'dir', dx, dz, run: false });
    });
  }, 50);
  return {
    roomId: first.roomId,
    stop: async () => {
      clearInterval(timer);
      await Promise.all(rooms.map((r) => r.leave(true).catch(() => 0)));
    },
  };
}
