/**
 * A live's start, change or end told to every hall shard on every process over the hall bus
 * (presence/hallBus.ts, `live` envelope), which tells the visitors at that booth (a `live` message).
 */
import type { Presence } from '@colyseus/core';
import type { LiveView } from '../../shared/api/live.ts';
import { hallTopic } from '../presence/hallBus.ts';

export async function announceLive(presence: Presence, boothId: string, live: LiveView | null, hall = 'main'): Promise<void> {
  await presence.publish(hallTopic(hall), { t: 'live', from: 'http', boothId, live });
}
