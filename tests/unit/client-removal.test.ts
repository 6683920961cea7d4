import { describe, expect, it } from 'vitest';
import { closeRemoval, removalFromMessage } from '../../client/net/removal.ts';

/**
 * Being removed by a moderator is one state on the client, put together from the room's `kicked`
 * message (the moderator's words, a ban's end) and the close that follows it (kick or ban), or from
 * a ban refusing the join. What the visitor reads must be the moderator's words, never the close
 * frame's bare 'kicked'/'banned'.
 */
describe('removal', () => {
  it('the kicked message gives the reason, and an end date means a ban', () => {
    expect(removalFromMessage({ reason: '광고 도배' })).toEqual({ banned: false, reason: '광고 도배' });
    expect(removalFromMessage({ reason: '욕설', until: 1_800_000_000_000 })).toEqual({ banned: true, reason: '욕설', until: 1_800_000_000_000 });
  });

  it('the close keeps what the message said and adds whether it was a ban', () => {
    const told = removalFromMessage({ reason: '광고 도배' });
    expect(closeRemoval(told, false)).toEqual({ banned: false, reason: '광고 도배' });
    expect(closeRemoval(told, true)).toEqual({ banned: true, reason: '광고 도배' });
    const ban = removalFromMessage({ reason: '욕설', until: 5 });
    expect(closeRemoval(ban, false)).toEqual({ banned: true, reason: '욕설', until: 5 });
  });

  it('a close with no message before it (flooding, a ban refusing the join) removes with no words', () => {
    expect(closeRemoval(null, false)).toEqual({ banned: false, reason: '' });
    expect(closeRemoval(null, true)).toEqual({ banned: true, reason: '' });
  });
});
