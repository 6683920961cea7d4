import { EMOTE_KINDS } from '../../../shared/protocol/clientMessages.ts';

/** How long an emote floats above its avatar (ms). */
export const EMOTE_MS = 2000;
/** Emotes on screen at once; a new one replaces the oldest (rate limits keep real use far below). */
export const EMOTE_POOL = 16;

export interface EmoteSlot {
  /** Avatar slot it floats over (the local visitor's own slot too), -1 when free. */
  slot: number;
  /** Index into EMOTE_KINDS. */
  kind: number;
  start: number;
}

/** A fixed pool of emote entries, reused: an emote event allocates nothing. */
export class EmotePool {
  readonly entries: EmoteSlot[] = Array.from({ length: EMOTE_POOL }, () => ({ slot: -1, kind: 0, start: 0 }));
  /** Bumped on every add, so tests and the HUD can tell an emote arrived. */
  received = 0;

  add(slot: number, kind: string, now: number): void {
    const k = (EMOTE_KINDS as readonly string[]).indexOf(kind);
    if (k < 0) return;
    let pick = this.entries[0]!;
    for (const e of this.entries) {
      if (e.slot < 0 || now - e.start >= EMOTE_MS) {
        pick = e;
        break;
      }
      if (e.start < pick.start) pick = e;
    }
    pick.slot = slot;
    pick.kind = k;
    pick.start = now;
    this.received++;
  }

  clear(): void {
    for (const e of this.entries) e.slot = -1;
  }
}
