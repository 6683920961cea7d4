import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signJoinToken } from '../../server/auth/joinToken.ts';
import { DEFAULT_AVATAR_LOOK, lookFromIndices, type AvatarLook } from '../../shared/schemas/avatarLook.ts';
import { joinOptions, TEST_SECRET, useHallServer, visit, waitFor, type Visitor } from './room-boot.ts';

interface Entry {
  nickname: string;
  shape: number;
  hair: number;
  outfit: number;
  badge: string;
}
const rosterOf = (seenBy: Visitor): Map<string, Entry> => (seenBy.room.state as unknown as { roster: Map<string, Entry> }).roster;
const seen = (seenBy: Visitor, who: Visitor): { look: AvatarLook; badge: string } | null => {
  const e = rosterOf(seenBy).get(who.room.sessionId);
  return e ? { look: lookFromIndices(e), badge: e.badge } : null;
};

/**
 * Issue 12 §2: what visitor A chose for their avatar reaches visitor B through the real server, and
 * the host / staff mark is the server's, from A's signed session: an enterprise member (hostOf in the
 * join token) wears 'host' wherever they stand, a staff session 'staff', and nothing a client puts in
 * its join options gives a mark. A look the server does not understand becomes the default look.
 */
describe('avatar looks and marks', () => {
  const srv = useHallServer();
  let b: Visitor;
  const others: Visitor[] = [];
  beforeAll(async () => {
    b = await visit(srv.url);
  });
  afterAll(async () => {
    for (const v of [b, ...others]) await v.room.leave();
  });
  const join = async (opts: Record<string, unknown>): Promise<Visitor> => {
    const v = await visit(srv.url, opts);
    others.push(v);
    await waitFor(() => rosterOf(b).has(v.room.sessionId), 3000, 'B sees the newcomer');
    return v;
  };

  it('a plain visitor\'s chosen look reaches B, with no mark, whatever mark the options claim', async () => {
    const look = { shape: 'tall', hair: 'cap', outfit: 'apron' } as const;
    const a = await join(joinOptions({ look, badge: 'staff', role: 'staff', hostOf: ['cut-the-trash'] }));
    expect(seen(b, a)).toEqual({ look, badge: '' });
  });

  it('an enterprise member (from the signed token) wears the host mark; a staff session the staff mark', async () => {
    const member = await join(
      joinOptions({
        look: { shape: 'small', hair: 'bun', outfit: 'vest' },
        joinToken: signJoinToken({ guestId: 'looks-member', role: 'visitor', hostOf: ['cut-the-trash'] }, TEST_SECRET, Date.now()),
      }),
    );
    const staff = await join(joinOptions({ look: { shape: 'round', hair: 'none', outfit: 'plain' } }, 'staff'));
    expect(seen(b, member)).toEqual({ look: { shape: 'small', hair: 'bun', outfit: 'vest' }, badge: 'host' });
    expect(seen(b, staff)).toEqual({ look: { shape: 'round', hair: 'none', outfit: 'plain' }, badge: 'staff' });
    // And the marked visitors see B as B is: no mark.
    expect(seen(member, b)?.badge).toBe('');
  });

  it('a look the server does not know joins with the default for that part; no look at all, the default look', async () => {
    const odd = await join(joinOptions({ look: { shape: 'giant', hair: 'short', outfit: 7 } }));
    expect(seen(b, odd)?.look).toEqual({ shape: DEFAULT_AVATAR_LOOK.shape, hair: 'short', outfit: DEFAULT_AVATAR_LOOK.outfit });
    const none = await join(joinOptions());
    expect(seen(b, none)?.look).toEqual(DEFAULT_AVATAR_LOOK);
  });
});
