/**
 * Staff changed a timed fair (its booths, its settings): every process hears it through the
 * presence's pub/sub (Redis across processes, in memory within one), and each re-reads the fairs
 * whose shards it runs (hall/fairHalls.ts refresh), so a booth added to or removed from a fair
 * reaches its halls on every process at once, not at their next join. The message carries only the
 * fair's id: what changed is read from the database, the one source of truth.
 */
import type { Presence } from '@colyseus/core';
import { z } from 'zod';

export const FAIRS_TOPIC = 'seeot:fairs';

/** JSON-parsed from Redis, so checked. */
const FairChanged = z.object({ fairId: z.number().int().positive() });

/** After a write to a fair: tells every process (this one too). */
export async function announceFairChanged(presence: Presence, fairId: number): Promise<void> {
  await presence.publish(FAIRS_TOPIC, { fairId });
}

/** Runs `onChange` for each announced change; returns the unsubscribe. */
export async function watchFairChanges(presence: Presence, onChange: (fairId: number) => void): Promise<() => Promise<void>> {
  const listener = (raw: unknown) => {
    const m = FairChanged.safeParse(raw);
    if (m.success) onChange(m.data.fairId);
  };
  await presence.subscribe(FAIRS_TOPIC, listener);
  return async () => void (await presence.unsubscribe(FAIRS_TOPIC, listener));
}
