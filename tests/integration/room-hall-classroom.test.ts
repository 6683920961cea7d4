import { describe, expect, it } from 'vitest';
import type { ChatLine } from '../../server/chat/types.ts';
import { joinOptions, own, visit, waitFor, useHallServer, type Visitor } from './room-boot.ts';

const PUPILS = 50;

/**
 * Per-address limits must not lock out an honest crowd behind one address: a class of 50 on one
 * Wi-Fi (here all on 127.0.0.1) opens the fair together, walks, and talks in hall chat at a human
 * pace. Every step goes the page's way: GET /api/session, then matchmaking with that session.
 */
describe('a classroom behind one address', () => {
  const srv = useHallServer();
  const base = (): string => srv.url.replace('ws:', 'http:');

  async function pupil(i: number): Promise<Visitor> {
    const res = await fetch(`${base()}/api/session`);
    expect(res.status).toBe(200);
    const s = (await res.json()) as { guestId: string; joinToken: string };
    return visit(srv.url, joinOptions({ guestId: s.guestId, joinToken: s.joinToken, nickname: `학생${i}` }));
  }

  it('50 visitors from one address all get in, walk where others see them, and talk in hall chat', async () => {
    // A burst of 50 page loads within a moment.
    const pupils = await Promise.all(Array.from({ length: PUPILS }, (_, i) => pupil(i)));
    expect(new Set(pupils.map((p) => p.room.roomId)).size).toBe(1); // together, in one shard
    for (const p of pupils) await p.view.until(() => own(p) !== undefined, 10_000, 'own avatar');

    // Everyone walks off in their own direction; each is seen moving by someone else.
    const start = pupils.map((p) => ({ ...own(p)! }));
    let seq = 0;
    const walking = setInterval(() => {
      seq++;
      pupils.forEach((p, i) => {
        const a = (i / PUPILS) * Math.PI * 2;
        p.room.send('move', { seq, kind: 'dir', dx: Math.cos(a), dz: Math.sin(a), run: false });
      });
    }, 50);
    const seenMoving = (i: number): boolean =>
      pupils.some((o, j) => {
        if (j === i) return false;
        const seen = o.view.avatars.get(pupils[i]!.slot());
        return seen !== undefined && Math.hypot(seen.x - start[i]!.x, seen.z - start[i]!.z) > 1;
      });
    try {
      await waitFor(() => pupils.every((_, i) => seenMoving(i)), 10_000, 'every pupil seen moving by another');
    } finally {
      clearInterval(walking);
    }

    // Then one hall line each at a human pace: about one line each per 10 s (a line every 200 ms
    // from the class), and every line reaches the others.
    for (const [i, p] of pupils.entries()) {
      p.room.send('chat', { scope: 'hall', text: `안녕하세요 ${i}번이에요` });
      await new Promise((r) => setTimeout(r, 200)); // the pace of people typing, not a wait for a result
    }
    const heard = (v: Visitor): number => (v.msgs['chat'] as ChatLine[]).filter((l) => l.text.startsWith('안녕하세요')).length;
    await waitFor(() => pupils.every((p) => heard(p) === PUPILS), 10_000, 'every line heard by everyone');
    expect(pupils.flatMap((p) => p.msgs['rejected'])).toEqual([]);
    for (const p of pupils) await p.room.leave();
  }, 60_000);
});
