/**
 * Orders on a database, wired for app.ts: the events, the service in ORDERS_MODE, the expiry job
 * (at start, then every minute) and the guest and studio routes; close() at shutdown.
 */
import { Router } from 'express';
import { sessionSecretOf } from '../auth/secret.ts';
import type { Repos } from '../db/repos.ts';
import type { Env } from '../env.ts';
import { orderRoutes } from '../http/orders.ts';
import { studioOrderRoutes } from '../http/ordersStudio.ts';
import type { Limits } from '../limits/limits.ts';
import type { Logger } from '../logger.ts';
import { OrderEvents } from './events.ts';
import { startExpiryJob } from './expiry.ts';
import { createOrderService } from './service.ts';

export interface OrdersOptions {
  repos: Repos;
  env: Pick<Env, 'ORDERS_MODE' | 'SESSION_SECRET'>;
  log: Logger;
  limits: Pick<Limits, 'orders'>;
}

export function startOrders({ repos, env, log, limits }: OrdersOptions) {
  const events = new OrderEvents();
  const service = createOrderService({ repo: repos.orders, mode: env.ORDERS_MODE, events });
  const expiry = startExpiryJob(() => service.expire(), log);
  const router = Router();
  router.use(orderRoutes({ service, limits: limits.orders, secret: sessionSecretOf(env) }));
  router.use(studioOrderRoutes({ repos, service }));
  return {
    router,
    events,
    close() {
      expiry.stop();
    },
  };
}
