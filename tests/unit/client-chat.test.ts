import { beforeEach, describe, expect, it } from 'vitest';
import {
  markDeleted,
  MAX_LINES_PER_SCOPE,
  mergeLines,
  receiveHistory,
  receiveLine,
  resetChat,
  showRejection,
  useChat,
  type ShownLine,
} from '../../client/chat/chatStore.ts';
import type { ChatLine } from '../../shared/protocol/index.ts';

/**
 * Chat as the visitor sees it, without a browser: lines merged by id whatever order history and
 * live lines arrive in, unread counts only for what is out of sight, staff deletions as
 * placeholders, and refusals that give the text back. (Malformed messages are dropped at the door:
 * tests/unit/client-messages.test.ts.)
 */

let at = 1_000;
const line = (id: string, over: Partial<ChatLine> = {}): ChatLine => ({
  id,
  scope: 'nearby',
  boothId: null,
  senderId: 'them',
  shardId: 'shard-a',
  nickname: '손님',
  staff: false,
  text: `line ${id}`,
  at: at++,
  ...over,
});

beforeEach(() => {
  resetChat();
  useChat.getState().setOpen(true);
  useChat.getState().setActive('nearby');
});

describe('mergeLines', () => {
  it('keeps one copy per id, oldest first, whatever order they came in', () => {
    const a = line('a');
    const b = line('b');
    const c = line('c');
    const merged = mergeLines([c, a], [b, a, c]);
    expect(merged.map((l) => l.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps what is already shown (a deleted placeholder is not revived by a history resend)', () => {
    const original = line('x');
    const deleted: ShownLine = { ...original, text: '', deleted: true };
    expect(mergeLines([deleted], [original])[0]).toEqual(deleted);
  });

  it('keeps the newest lines when a scope is over its cap', () => {
    const many = Array.from({ length: MAX_LINES_PER_SCOPE + 5 }, (_, i) => line(`n${i}`));
    const merged = mergeLines([], many);
    expect(merged).toHaveLength(MAX_LINES_PER_SCOPE);
    expect(merged[0]!.id).toBe('n5');
    expect(merged.at(-1)!.id).toBe(`n${MAX_LINES_PER_SCOPE + 4}`);
  });
});

describe('receiving lines', () => {
  it('counts unread lines only in scopes out of sight, and never one\'s own', () => {
    receiveLine(line('1', { scope: 'nearby' }), false); // the tab on screen
    receiveLine(line('2', { scope: 'hall' }), false);
    receiveLine(line('3', { scope: 'hall', senderId: 'me' }), true);
    expect(useChat.getState().unread).toEqual({ nearby: 0, booth: 0, hall: 1 });
    useChat.getState().setActive('hall');
    expect(useChat.getState().unread.hall).toBe(0);
    useChat.getState().setOpen(false);
    receiveLine(line('4', { scope: 'hall' }), false); // folded panel: out of sight too
    expect(useChat.getState().unread.hall).toBe(1);
  });

  it('history replaces the booth list (a new booth) and fills in the hall list', () => {
    receiveLine(line('old-booth', { scope: 'booth', boothId: 'b1' }), false);
    receiveLine(line('live-hall', { scope: 'hall' }), false);
    const earlier = line('earlier-hall', { scope: 'hall', at: 1 });
    receiveHistory([earlier, line('live-hall', { scope: 'hall' })], [line('new-booth', { scope: 'booth', boothId: 'b2' })]);
    const s = useChat.getState();
    expect(s.lines.booth.map((l) => l.id)).toEqual(['new-booth']);
    expect(s.lines.hall.map((l) => l.id)).toEqual(['earlier-hall', 'live-hall']);
    expect(s.unread.booth).toBe(0);
  });

  it('a line deleted by staff becomes a placeholder in whichever scope holds it', () => {
    receiveLine(line('keep', { scope: 'hall' }), false);
    receiveLine(line('gone', { scope: 'hall' }), false);
    markDeleted('gone');
    const hall = useChat.getState().lines.hall;
    expect(hall.map((l) => [l.id, l.text, l.deleted ?? false])).toEqual([
      ['keep', 'line keep', false],
      ['gone', '', true],
    ]);
  });
});

describe('refusals', () => {
  it('a refused chat line goes back into the box, with the wait the server named', () => {
    showRejection({ type: 'chat', code: 'rateLimited', retryAfterMs: 1500 }, 10_000, '안녕하세요');
    const s = useChat.getState();
    expect(s.restoreText).toBe('안녕하세요');
    expect(s.toast).toMatchObject({ type: 'chat', code: 'rateLimited', retryAt: 11_500, retryMs: 1500, tone: 'error' });
  });

  it('other refusals restore nothing, and a bad wait is no wait', () => {
    showRejection({ type: 'emote', code: 'rateLimited', retryAfterMs: Number.NaN }, 10_000, 'ignored');
    expect(useChat.getState().restoreText).toBeNull();
    expect(useChat.getState().toast?.retryAt).toBeNull();
  });
});
