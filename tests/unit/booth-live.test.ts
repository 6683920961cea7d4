import { LocalPresence } from '@colyseus/core';
import { describe, expect, it } from 'vitest';
import { BoothLive } from '../../server/chat/boothLive.ts';
import type { ChatLine } from '../../server/chat/types.ts';
import { createBoothStore } from '../../server/presence/boothStore.ts';

const line = (i: number, boothId = 'cut-the-trash'): ChatLine => ({
  id: `line${i}`,
  scope: 'booth',
  boothId,
  senderId: 's1',
  shardId: 'shard1',
  nickname: '손님',
  staff: false,
  text: `줄 ${i}`,
  at: 1000 + i,
});

describe('booth store (presence)', () => {
  it("keeps a booth's last 50 lines, oldest first, and forgets a deleted one", async () => {
    const store = createBoothStore(new LocalPresence());
    for (let i = 0; i < 75; i++) await store.addLine(line(i));
    await store.addLine(line(0, 'vq-studio'));
    const kept = await store.lines('cut-the-trash');
    expect(kept.map((l) => l.id)).toEqual(Array.from({ length: 50 }, (_, k) => `line${k + 25}`));
    await store.removeLine('cut-the-trash', 'line74');
    expect((await store.lines('cut-the-trash')).at(-1)!.id).toBe('line73');
    expect((await store.lines('vq-studio')).map((l) => l.id)).toEqual(['line0']);
  });

  it('ignores what does not parse (Redis holds any JSON)', async () => {
    const presence = new LocalPresence();
    const store = createBoothStore(presence);
    await presence.hset('seeot:booth-lines:main:cut-the-trash', 'x', '{"not":"a line"}');
    await presence.hset('seeot:booth-lines:main:cut-the-trash', 'y', 'not json');
    await presence.hset('seeot:booth-notices:main', 'cut-the-trash', '{"text":5}');
    await presence.hset('seeot:booth-hearts:main', 'vq-studio', 'many');
    expect(await store.lines('cut-the-trash')).toEqual([]);
    expect(await store.notices()).toEqual(new Map());
    expect(await store.hearts()).toEqual(new Map());
  });

  it('sums hearts over every caller and keeps or clears a notice', async () => {
    const presence = new LocalPresence();
    const a = createBoothStore(presence);
    const b = createBoothStore(presence);
    expect(await a.addHearts('cut-the-trash', 3)).toBe(3);
    expect(await b.addHearts('cut-the-trash', 2)).toBe(5);
    await a.setNotice('cut-the-trash', { text: '3시 라이브', at: 1 });
    expect(await b.notices()).toEqual(new Map([['cut-the-trash', { text: '3시 라이브', at: 1 }]]));
    await b.setNotice('cut-the-trash', null);
    expect(await a.notices()).toEqual(new Map());
  });
});

describe('booth live (one shard)', () => {
  it('coalesces hearts said here into one addition per booth and flush', () => {
    const live = new BoothLive(createBoothStore(new LocalPresence()));
    for (let i = 0; i < 30; i++) live.heart('cut-the-trash');
    live.heart('vq-studio');
    expect(live.takePending()).toEqual([
      ['cut-the-trash', 30],
      ['vq-studio', 1],
    ]);
    expect(live.takePending()).toEqual([]);
  });

  it('tells a total once per flush, and never an older, smaller one that arrives late', () => {
    const live = new BoothLive(createBoothStore(new LocalPresence()));
    live.setHearts('cut-the-trash', 5);
    live.setHearts('cut-the-trash', 9);
    live.setHearts('cut-the-trash', 7); // another shard's earlier total, delivered after ours
    expect(live.hearts('cut-the-trash')).toBe(9);
    expect(live.takeDirty()).toEqual(['cut-the-trash']);
    expect(live.takeDirty()).toEqual([]);
    live.setHearts('cut-the-trash', 9);
    expect(live.takeDirty()).toEqual([]);
  });
});
