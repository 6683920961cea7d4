import { describe, expect, it } from 'vitest';
import type { HallRoom } from '../../client/net/hallState.ts';
import { onServerMessage, sendMessage } from '../../client/net/messages.ts';
import type { ChatLine } from '../../shared/protocol/index.ts';

/**
 * The client's one door for room messages (client/net/messages.ts): every payload is checked
 * against the wire contract before a feature sees it, so a malformed one never reaches the chat
 * panel, the removal screen or the avatars.
 */

/** The part of the SDK's room the helpers use: handlers by type, and what was sent. */
function fakeRoom() {
  const handlers = new Map<string | number, ((payload: unknown) => void)[]>();
  const sent: [string | number, unknown][] = [];
  const room = {
    onMessage(type: string | number, cb: (payload: unknown) => void) {
      handlers.set(type, [...(handlers.get(type) ?? []), cb]);
      return () => handlers.set(type, (handlers.get(type) ?? []).filter((h) => h !== cb));
    },
    send(type: string | number, payload: unknown) {
      sent.push([type, payload]);
    },
  };
  const deliver = (type: string, payload: unknown) => (handlers.get(type) ?? []).forEach((h) => h(payload));
  return { room: room as unknown as HallRoom, deliver, sent };
}

const line: ChatLine = { id: 'abc1', scope: 'hall', boothId: null, senderId: 's1', shardId: 'r1', nickname: '손님', staff: false, text: '안녕', at: 1 };

describe('client message helpers', () => {
  it('hand over well-formed messages and drop malformed ones', () => {
    const { room, deliver } = fakeRoom();
    const lines: ChatLine[] = [];
    onServerMessage(room, 'chat', (l) => lines.push(l));
    deliver('chat', line);
    for (const bad of [null, 'hi', { ...line, scope: 'everywhere' }, { ...line, at: 'noon' }, { ...line, staff: 'yes' }, { id: 'x' }]) deliver('chat', bad);
    expect(lines).toEqual([line]);
  });

  it('check a refusal against the contract: its type, a code that type may answer, a finite wait', () => {
    const { room, deliver } = fakeRoom();
    const seen: unknown[] = [];
    onServerMessage(room, 'rejected', (r) => seen.push(r));
    deliver('rejected', { type: 'chat', code: 'muted', retryAfterMs: 5 });
    deliver('rejected', { type: 'teleport', code: 'unknownPoint' });
    deliver('rejected', { type: 'teleport', code: 'muted' }); // not a teleport's code
    deliver('rejected', { type: 'chat', code: 'shrug' });
    deliver('rejected', { type: 'move', code: 'invalid' }); // moves are never answered
    deliver('rejected', { type: 'chat', code: 'slowMode', retryAfterMs: -1 });
    deliver('rejected', { code: 'muted' });
    expect(seen).toEqual([
      { type: 'chat', code: 'muted', retryAfterMs: 5 },
      { type: 'teleport', code: 'unknownPoint' },
    ]);
  });

  it('keep a kicked message only with its reason, and a ban end only as a number', () => {
    const { room, deliver } = fakeRoom();
    const seen: unknown[] = [];
    onServerMessage(room, 'kicked', (k) => seen.push(k));
    deliver('kicked', { reason: '도배', until: 5 });
    deliver('kicked', { reason: 42 });
    deliver('kicked', { reason: '', until: 'tomorrow' });
    expect(seen).toEqual([{ reason: '도배', until: 5 }]);
  });

  it('unsubscribe, and send typed messages as they are', () => {
    const { room, deliver, sent } = fakeRoom();
    const seen: unknown[] = [];
    const off = onServerMessage(room, 'chatDeleted', (d) => seen.push(d.id));
    deliver('chatDeleted', { id: 'abc1' });
    off();
    deliver('chatDeleted', { id: 'abc2' });
    expect(seen).toEqual(['abc1']);
    sendMessage(room, 'presence', { boothId: null });
    expect(sent).toEqual([['presence', { boothId: null }]]);
  });
});
