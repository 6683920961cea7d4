/**
 * Every limit of the process over one bucket store (one in-process queue per key, so all shards of
 * the process count a key one spend at a time): per-address session and matchmaking limits, the
 * guests connected per address, and chat limits per guest and per address. app.ts builds it once
 * and hands it to the session route, the matchmaking edge and the rooms.
 */
import { matchMaker } from '@colyseus/core';
import { createChatLimiter } from '../chat/chatLimits.ts';
import type { Env } from '../env.ts';
import type { Logger } from '../logger.ts';
import { metrics } from '../metrics/metrics.ts';
import { createAddressGuests } from './addressGuests.ts';
import { createAddressPolicy } from './addressLimits.ts';
import { createBucketStore } from './bucketStore.ts';
import { createInquiryLimits } from './inquiryLimits.ts';
import { createOrderLimits } from './orderLimits.ts';

/** A presence outage is logged once a minute, not once per chat line. */
const ERROR_LOG_EVERY_MS = 60_000;

export function createLimits(env: Pick<Env, 'ADDRESS_LIMITS_EXEMPT'>, log: Logger) {
  // The matchmaker's presence (RedisPresence with REDIS_URL) exists once the Server does: read it per use.
  const presence = () => matchMaker.presence;
  let loggedAt = -Infinity;
  const store = createBucketStore({
    presence,
    now: Date.now,
    onError: (err) => {
      if (Date.now() - loggedAt < ERROR_LOG_EVERY_MS) return;
      loggedAt = Date.now();
      log.warn({ err }, 'limits: presence unreachable, letting requests through');
    },
  });
  const policy = createAddressPolicy({ store, exempt: env.ADDRESS_LIMITS_EXEMPT, log, metrics });
  const guests = createAddressGuests(presence);
  const chat = createChatLimiter({ store, guests, addressKey: policy.limitedKey });
  const inquiries = createInquiryLimits({ store, addressKey: policy.limitedKey });
  const orders = createOrderLimits({ store, addressKey: policy.limitedKey });
  return { policy, guests, chat, inquiries, orders };
}
export type Limits = ReturnType<typeof createLimits>;
