import type { ChatScope } from '../../shared/chat/rules.ts';
import type { EmoteKind, ReportReason } from '../../shared/protocol.ts';
import { getRoom, onHallRoom, useHall, type HallRoom } from '../net/hallStore.ts';
import {
  addReaction,
  markDeleted,
  receiveAnnouncement,
  receiveHistory,
  receiveLine,
  receiveReport,
  showRejection,
  useChat,
} from './chatStore.ts';
import { asEmote, asLine, asLines, asRejected, asReport, CHAT_REJECTION_TYPES, type OutgoingMessages } from './wire.ts';

/**
 * Binds chat to whatever room the hall connection holds. `onHallRoom` runs `bind` in the same turn
 * the room is attached: the SDK drops messages that arrive before a handler exists, and
 * `chatHistory` comes right after the join. A new room (rejoin after a server restart, shard
 * switch) is bound again; lines already shown stay (merged by id). Being kicked or banned is the
 * connection's business (useHall status 'kicked' and `removed`, client/net/removal.ts), not chat's.
 */
/**
 * Texts sent and not yet answered, oldest first. The room answers every chat message in order,
 * with our own line (accepted) or a rejection, so each answer settles the oldest one; a refused
 * text goes back into the box even when several were sent in a burst.
 */
const pending: string[] = [];

function bind(room: HallRoom): () => void {
  useChat.setState({ me: room.sessionId });
  pending.length = 0; // a new room owes us no answers
  const offs = [
    room.onMessage('chat', (raw: unknown) => {
      const line = asLine(raw);
      if (!line) return;
      const mine = line.senderId === room.sessionId;
      if (mine) pending.shift();
      receiveLine(line, mine);
    }),
    room.onMessage('chatHistory', (raw: unknown) => {
      const h = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
      receiveHistory(asLines(h['hall']), asLines(h['booth']));
    }),
    room.onMessage('chatDeleted', (raw: unknown) => {
      const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
      if (typeof id === 'string') markDeleted(id);
    }),
    room.onMessage('rejected', (raw: unknown) => {
      const r = asRejected(raw);
      const refusedText = r?.type === 'chat' ? (pending.shift() ?? null) : null;
      if (r && CHAT_REJECTION_TYPES.has(r.type)) showRejection(r, Date.now(), refusedText);
    }),
    room.onMessage('emote', (raw: unknown) => {
      const e = asEmote(raw);
      // Our own reaction was already shown when the button was pressed.
      if (e && e.sessionId !== room.sessionId) addReaction(e.kind, false);
    }),
    room.onMessage('announce', (raw: unknown) => {
      const a = typeof raw === 'object' && raw !== null ? (raw as { text?: unknown; at?: unknown }) : {};
      if (typeof a.text === 'string') receiveAnnouncement(a.text, typeof a.at === 'number' ? a.at : Date.now());
    }),
    room.onMessage('report', (raw: unknown) => {
      const r = asReport(raw);
      if (r) receiveReport(r);
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}

/** Starts following the hall store (idempotent; the module keeps one subscription for the page). */
let started = false;
export function startChatBinding(): void {
  if (started) return;
  started = true;
  onHallRoom(bind);
}

function send<K extends keyof OutgoingMessages>(type: K, payload: OutgoingMessages[K]): boolean {
  const room = getRoom();
  if (!room || useHall.getState().status !== 'connected') return false;
  try {
    room.send(type, payload);
    return true;
  } catch {
    return false; // socket closing: the connection banner explains; the text stays in the box
  }
}

export function sendChat(scope: ChatScope, text: string): boolean {
  const ok = send('chat', { scope, text });
  if (ok) pending.push(text);
  return ok;
}

export function sendEmote(kind: EmoteKind): boolean {
  const ok = send('emote', { kind });
  if (ok) addReaction(kind, true);
  return ok;
}

export const sendReport = (messageId: string, reason: ReportReason): boolean => send('report', { messageId, reason });
export const sendModerate = (m: OutgoingMessages['moderate']): boolean => send('moderate', m);
export const sendPresence = (boothId: string | null): boolean => send('presence', { boothId });

/** This visitor's session id in the shard, for telling own lines apart. */
export const useMySessionId = (): string | null => useChat((s) => s.me);

// Bound on import: the panel's module loads before any view connects, so no early message is lost.
startChatBinding();
