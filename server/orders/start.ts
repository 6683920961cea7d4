/**
 * Orders on a database, wired for app.ts: the events, the service in ORDERS_MODE, the expiry job
 * (at start, then every minute), the live pushes to open pages (sellBus.ts) and the guest, studio
 * and live routes; close() at shutdown.
 */
import type { Presence } from '@colyseus/core';
import { Router } from 'express';
import type { PublicListing } from '../../shared/api/orders.ts';
import { sessionSecretOf } from '../auth/secret.ts';
import type { Repos } from '../db/repos.ts';
import type { Env } from '../env.ts';
import { orderRoutes } from '../http/orders.ts';
import { liveSellRoutes } from '../http/ordersLive.ts';
import { studioOrderRoutes } from '../http/ordersStudio.ts';
import type { Limits } from '../limits/limits.ts';
import type { Logger } from '../logger.ts';
import { OrderEvents } from './events.ts';
import { startExpiryJob } from './expiry.ts';
import { createSellBus } from './sellBus.ts';
import { createOrderService } from './service.ts';

export interface OrdersOptions {
  repos: Repos;
  env: Pick<Env, 'ORDERS_MODE' | 'SESSION_SECRET'>;
  log: Logger;
  limits: Pick<Limits, 'orders'>;
  /** The Colyseus presence (set up after the app): pins and live events cross processes through it. */
  presence: () => Presence | undefined;
  /** Told each listing pinned (replays/pinTags.ts). */
  onPin?: (boothId: string, pinned: PublicListing) => Promise<void>;
}

export function startOrders({ repos, env, log, limits, presence, onPin }: OrdersOptions) {
  const events = new OrderEvents();
  const service = createOrderService({ repo: repos.orders, mode: env.ORDERS_MODE, events });
  const expiry = startExpiryJob(() => service.expire(), log);
  const bus = createSellBus({ presence, events, service, log });
  const router = Router();
  router.use(orderRoutes({ service, limits: limits.orders, secret: sessionSecretOf(env) }));
  router.use(studioOrderRoutes({ repos, service }));
  router.use(liveSellRoutes({ repos, service, bus, onPin }));
  return {
    router,
    events,
    /** The booth's pinned product on sale (null: none), for the "live now" lists (live/start.ts). */
    pinnedOf: async (boothId: string) => {
      const pinned = (await bus.snapshot(boothId)).pinned;
      return pinned ? { name: pinned.name, unitPriceWon: pinned.unitPriceWon } : null;
    },
    close() {
      expiry.stop();
      bus.stop();
    },
  };
}
