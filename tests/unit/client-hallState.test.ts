import { beforeEach, describe, expect, it } from 'vitest';
import { INITIAL_HALL_STATE, syncFromState, useHall, type HallRoom, type RosterEntry } from '../../client/net/hallState.ts';

/**
 * The hall's schema state copied into the client's store after each patch: only what changed is
 * replaced, so a booth count ticking does not re-render the who's-here list, and an unchanged patch
 * re-renders nothing.
 */

interface FakeState {
  shardName: string;
  capacity: number;
  hallVisitors?: number;
  roster: Map<string, RosterEntry>;
  booths: Map<string, number>;
  hallHosts?: Map<string, number>;
}

const entry = (slot: number, nickname: string, connected = true): RosterEntry => ({
  slot,
  nickname,
  colorIndex: slot % 8,
  connected,
  hosting: '',
  shape: 0,
  hair: 1,
  outfit: 0,
  badge: '',
});

function room(state: FakeState, sessionId = 'me'): HallRoom {
  return { sessionId, state } as unknown as HallRoom;
}

const base = (): FakeState => ({
  shardName: '1관',
  capacity: 1000,
  hallVisitors: 3,
  roster: new Map([
    ['me', entry(4, '나')],
    ['you', entry(7, '너')],
  ]),
  booths: new Map([['booth-a', 2]]),
});

beforeEach(() => useHall.setState({ ...INITIAL_HALL_STATE, roster: new Map(), boothCounts: {} }));

describe('syncFromState', () => {
  it('copies the shard, the roster, one\'s own slot, booth counts and the hall-wide total', () => {
    syncFromState(room(base()));
    const s = useHall.getState();
    expect(s.shardName).toBe('1관');
    expect(s.capacity).toBe(1000);
    expect(s.hallTotal).toBe(3);
    expect(s.mySlot).toBe(4);
    expect([...s.roster.keys()]).toEqual(['me', 'you']);
    expect(s.roster.get('you')).toEqual(entry(7, '너'));
    expect(s.boothCounts).toEqual({ 'booth-a': 2 });
  });

  it('an unchanged patch changes nothing in the store (no re-render)', () => {
    syncFromState(room(base()));
    let notified = 0;
    const off = useHall.subscribe(() => notified++);
    syncFromState(room(base()));
    off();
    expect(notified).toBe(0);
  });

  it('a booth count change keeps the roster object, and a roster change keeps the counts', () => {
    syncFromState(room(base()));
    const roster = useHall.getState().roster;
    const counts = useHall.getState().boothCounts;

    const moreAtBooth = base();
    moreAtBooth.booths.set('booth-a', 3);
    syncFromState(room(moreAtBooth));
    expect(useHall.getState().roster).toBe(roster);
    expect(useHall.getState().boothCounts).toEqual({ 'booth-a': 3 });

    const away = { ...moreAtBooth, roster: new Map(moreAtBooth.roster) };
    away.roster.set('you', entry(7, '너', false)); // dropped, seat held
    syncFromState(room(away));
    expect(useHall.getState().roster).not.toBe(roster);
    expect(useHall.getState().roster.get('you')?.connected).toBe(false);
    expect(useHall.getState().boothCounts).not.toBe(counts);
  });

  it('booth hosts: the booths with one, and who hosts which, follow the state; a server without hosts shows none', () => {
    syncFromState(room(base()));
    expect(useHall.getState().boothHosts).toEqual({});
    const hosted = { ...base(), hallHosts: new Map([['booth-a', 1]]) };
    hosted.roster.set('you', { ...entry(7, '너'), hosting: 'booth-a' });
    syncFromState(room(hosted));
    expect(useHall.getState().boothHosts).toEqual({ 'booth-a': 1 });
    expect(useHall.getState().roster.get('you')?.hosting).toBe('booth-a');
    syncFromState(room(base()));
    expect(useHall.getState().boothHosts).toEqual({});
    expect(useHall.getState().roster.get('you')?.hosting).toBe('');
  });

  it('a visitor\'s look and mark reach the roster; a change of either replaces it', () => {
    syncFromState(room(base()));
    const before = useHall.getState().roster;
    const changed = base();
    changed.roster.set('you', { ...entry(7, '너'), shape: 2, hair: 3, outfit: 1, badge: 'staff' });
    syncFromState(room(changed));
    expect(useHall.getState().roster).not.toBe(before);
    expect(useHall.getState().roster.get('you')).toMatchObject({ shape: 2, hair: 3, outfit: 1, badge: 'staff' });
  });

  it('no hall-wide figure yet reads as unknown, not as zero visitors', () => {
    syncFromState(room({ ...base(), hallVisitors: 0 }));
    expect(useHall.getState().hallTotal).toBeNull();
  });

  it('one\'s slot is -1 until the roster has us', () => {
    syncFromState(room(base(), 'someone-else'));
    expect(useHall.getState().mySlot).toBe(-1);
  });

  it('ignores a room whose state has not arrived', () => {
    syncFromState({ sessionId: 'me', state: undefined } as unknown as HallRoom);
    expect(useHall.getState().roster.size).toBe(0);
  });
});
