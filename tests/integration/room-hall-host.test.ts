import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signJoinToken } from '../../server/auth/joinToken.ts';
import type { Role } from '../../server/auth/tokens.ts';
import { joinOptions, TEST_SECRET, useHallServer, visit, waitFor, type Visitor } from './room-boot.ts';

const OWN = 'cut-the-trash';
const OTHER = 'nongnongi';

interface Roster {
  slot: number;
  hosting: string;
}
interface HostState {
  roster: Map<string, Roster>;
  hallHosts: Map<string, number>;
}
const stateOf = (v: Visitor): HostState => v.room.state as unknown as HostState;
const hostsSeenBy = (v: Visitor): Record<string, number> => Object.fromEntries(stateOf(v).hallHosts);

let n = 0;
/** Join options with a join token as /api/session signs it, `hostOf` among its claims. */
function signedAs(role: Role, hostOf: string[] | undefined, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const identity = { guestId: `host-test-${++n}`, role, ...(hostOf ? { hostOf } : {}) };
  return joinOptions({ joinToken: signJoinToken(identity, TEST_SECRET, Date.now()), ...extra });
}

/**
 * Issue 9 §2: an enterprise member standing at their own booth shows as its host. The hall learns
 * a member's booths from the signed join token only; the booth shows a host (hall-wide, across
 * shards) while the member's avatar is at it, and their roster entry names the booth for the
 * avatar's badge.
 */
describe('booth hosts', () => {
  const srv = useHallServer();
  let member: Visitor, visitor: Visitor, elsewhere: Visitor;
  beforeAll(async () => {
    // As /api/session signs a member's token: role visitor, their booths in hostOf.
    member = await visit(srv.url, signedAs('visitor', [OWN]));
    visitor = await visit(srv.url);
    // A visitor in another shard of the hall.
    const other = await srv.colyseus.createRoom('hall', {});
    elsewhere = await visit(srv.url, joinOptions(), other.roomId);
  });
  afterAll(async () => {
    for (const v of [visitor, elsewhere]) await v.room.leave();
  });

  const rosterOf = (seenBy: Visitor, who: Visitor): Roster | undefined => stateOf(seenBy).roster.get(who.room.sessionId);

  it('a member at their own booth is its host, in every shard; at another booth they are not; gone when they leave', async () => {
    expect(hostsSeenBy(visitor)).toEqual({});
    member.room.send('teleport', { pointId: `booth:${OWN}` });
    await waitFor(() => stateOf(visitor).hallHosts.get(OWN) === 1, 3000, 'the booth shows a host');
    expect(rosterOf(visitor, member)?.hosting).toBe(OWN);
    await waitFor(() => stateOf(elsewhere).hallHosts.get(OWN) === 1, 3000, 'the other shard shows the host');

    member.room.send('teleport', { pointId: `booth:${OTHER}` });
    await waitFor(() => !stateOf(visitor).hallHosts.has(OWN), 3000, 'host gone from their booth');
    expect(hostsSeenBy(visitor)).toEqual({});
    expect(rosterOf(visitor, member)?.hosting).toBe('');

    member.room.send('teleport', { pointId: `booth:${OWN}` });
    await waitFor(() => stateOf(elsewhere).hallHosts.get(OWN) === 1, 3000, 'host back');
    await member.room.leave();
    await waitFor(() => !stateOf(visitor).hallHosts.has(OWN) && !stateOf(elsewhere).hallHosts.has(OWN), 3000, 'host gone after leaving');
  });

  it('nobody else can claim a booth: hostOf in the join options, or a member of another booth, counts for nothing', async () => {
    const claimant = await visit(srv.url, signedAs('visitor', undefined, { hostOf: [OWN] }));
    const otherMember = await visit(srv.url, signedAs('visitor', [OTHER]));
    try {
      for (const v of [claimant, otherMember]) v.room.send('teleport', { pointId: `booth:${OWN}` });
      // A real host joins them, so the pass that would count the claimants has run.
      const host = await visit(srv.url, signedAs('visitor', [OWN]));
      host.room.send('teleport', { pointId: `booth:${OWN}` });
      await waitFor(() => stateOf(visitor).hallHosts.get(OWN) === 1, 3000, 'the real host');
      expect(hostsSeenBy(visitor)).toEqual({ [OWN]: 1 });
      for (const v of [claimant, otherMember]) expect(rosterOf(visitor, v)?.hosting).toBe('');
      expect(rosterOf(visitor, host)?.hosting).toBe(OWN);
      await host.room.leave();
      // A token claiming the booth but not signed by the server opens no seat at all.
      const forged = joinOptions({ joinToken: signJoinToken({ guestId: 'forger', role: 'visitor', hostOf: [OWN] }, 'another-secret-0123456789abcdefghijklmnop', Date.now()) });
      await expect(visit(srv.url, forged)).rejects.toThrow();
    } finally {
      for (const v of [claimant, otherMember]) await v.room.leave();
    }
  });
});
