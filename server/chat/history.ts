/**
 * Recent chat lines in one shard: the last 50 of the hall and of each booth (sent to late joiners),
 * plus an index of recent lines of every scope by id, so staff can delete and visitors can report a
 * nearby line too. Bounded everywhere: a long fair must not grow memory.
 */
import { CHAT_HISTORY_LENGTH } from '../../shared/chat/rules.ts';
import type { ChatLine } from './types.ts';

/** How many recent lines (all scopes) stay reportable/deletable by id. */
export const INDEX_LENGTH = 1000;

export interface StoredLine {
  line: ChatLine;
  /** Kept server-side only: who to mute or ban when the line is reported. */
  guestId: string;
}

export function createHistory(max = CHAT_HISTORY_LENGTH) {
  let hall: ChatLine[] = [];
  const booths = new Map<string, ChatLine[]>();
  const byId = new Map<string, StoredLine>(); // Map keeps insertion order: the first key is the oldest

  const push = (list: ChatLine[], line: ChatLine): ChatLine[] => {
    list.push(line);
    if (list.length > max) list.shift(); // 50 elements: shifting is cheaper than ring arithmetic to read
    return list;
  };

  return {
    add(stored: StoredLine): void {
      const { line } = stored;
      if (byId.has(line.id)) return; // a hall line echoed back through the bus
      byId.set(line.id, stored);
      if (byId.size > INDEX_LENGTH) byId.delete(byId.keys().next().value as string);
      if (line.scope === 'hall') hall = push(hall, line);
      else if (line.scope === 'booth' && line.boothId !== null) {
        booths.set(line.boothId, push(booths.get(line.boothId) ?? [], line));
      }
    },
    get(id: string): StoredLine | undefined {
      return byId.get(id);
    },
    /** Removes a line everywhere; returns it (the room needs its scope to tell the right clients). */
    remove(id: string): StoredLine | undefined {
      const stored = byId.get(id);
      if (!stored) return undefined;
      byId.delete(id);
      const { line } = stored;
      if (line.scope === 'hall') hall = hall.filter((l) => l.id !== id);
      else if (line.boothId !== null) {
        const list = booths.get(line.boothId);
        if (list) booths.set(line.boothId, list.filter((l) => l.id !== id));
      }
      return stored;
    },
    /**
     * Up to `n` lines said just before line `id` in the same place (hall, the same booth, or nearby
     * in this shard), oldest first: a report's context. The index is in arrival order.
     */
    before(id: string, n: number): ChatLine[] {
      const target = byId.get(id)?.line;
      if (!target) return [];
      const out: ChatLine[] = [];
      for (const { line } of byId.values()) {
        if (line.id === id) break;
        if (line.scope === target.scope && line.boothId === target.boothId) out.push(line);
      }
      return out.slice(-n);
    },
    /** Copies, oldest first: what a late joiner receives. */
    hall: (): ChatLine[] => hall.slice(),
    booth: (boothId: string): ChatLine[] => (booths.get(boothId) ?? []).slice(),
  };
}
export type ChatHistory = ReturnType<typeof createHistory>;
