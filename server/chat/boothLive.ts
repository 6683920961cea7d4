/**
 * One shard's view of every booth's live counters: heart totals and pinned notices as the presence
 * holds them (server/presence/boothStore.ts), kept current by the hall bus, plus the hearts said in
 * this shard and not yet added to the presence. Hearts can stream (a crowd tapping at a live), so
 * they are coalesced twice: this shard adds its hearts to the presence once per flush (one HINCRBY
 * per booth, not one per tap), and viewers are told a booth's total at most once per flush.
 */
import type { BoothNotice, BoothStore } from '../presence/boothStore.ts';

export class BoothLive {
  readonly store: BoothStore;
  readonly #hearts = new Map<string, number>();
  readonly #notices = new Map<string, BoothNotice>();
  /** Hearts said here since the last flush, per booth. */
  readonly #pending = new Map<string, number>();
  /** Booths whose total changed since viewers were last told. */
  readonly #dirty = new Set<string>();

  constructor(store: BoothStore) {
    this.store = store;
  }

  /** At the shard's start: the totals and notices other shards left in the presence. */
  async load(): Promise<void> {
    const [hearts, notices] = await Promise.all([this.store.hearts(), this.store.notices()]);
    for (const [id, n] of hearts) this.setHearts(id, n);
    for (const [id, n] of notices) this.#notices.set(id, n);
    this.#dirty.clear(); // nobody is here yet to be told
  }

  heart(boothId: string): void {
    this.#pending.set(boothId, (this.#pending.get(boothId) ?? 0) + 1);
  }

  /** The hearts to add to the presence, per booth; cleared. */
  takePending(): [string, number][] {
    const out = [...this.#pending];
    this.#pending.clear();
    return out;
  }

  /**
   * A booth's total from the presence (our HINCRBY's answer, or another shard's over the bus). Totals
   * only grow, so an older answer arriving after a newer one is ignored.
   */
  setHearts(boothId: string, count: number): void {
    if (count <= (this.#hearts.get(boothId) ?? 0)) return;
    this.#hearts.set(boothId, count);
    this.#dirty.add(boothId);
  }

  hearts = (boothId: string): number => this.#hearts.get(boothId) ?? 0;

  /** Booths whose viewers should hear the new total; cleared. */
  takeDirty(): string[] {
    const out = [...this.#dirty];
    this.#dirty.clear();
    return out;
  }

  setNotice(boothId: string, notice: BoothNotice | null): void {
    if (notice) this.#notices.set(boothId, notice);
    else this.#notices.delete(boothId);
  }

  notice = (boothId: string): BoothNotice | null => this.#notices.get(boothId) ?? null;
}
