/**
 * The orders API's one fetch helper (shared/api/orders.ts): answers parsed with the contract's
 * schemas, refusals as the contract's codes and their facts (fields, stock left, the price now),
 * never a throw. `network` is the client's own code: no answer, or one that is not the API's (a
 * proxy's 502), after which the same request may be sent again.
 */
import type { z } from 'zod';
import { OrderErrorSchema, type OrderErrorCode, type OrderFieldErrorCode, type OrderStatus } from '../../shared/api/orders.ts';

export interface OrdersFailure {
  error: OrderErrorCode | 'network';
  /** HTTP status; 0 without an answer. */
  status: number;
  fields?: Record<string, OrderFieldErrorCode>;
  retryAfterMs?: number;
  unitPriceWon?: number;
  stockLeft?: number;
  /** wrong_status: the order's status now. */
  orderStatus?: OrderStatus;
}

export type OrdersResult<T> = { ok: true; data: T; status: number } | ({ ok: false } & OrdersFailure);

export interface CallOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT';
  body?: unknown;
  headers?: Record<string, string>;
}

export async function ordersCall<S extends z.ZodType>(path: string, schema: S, { method = 'GET', body, headers = {} }: CallOptions = {}): Promise<OrdersResult<z.output<S>>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: { Accept: 'application/json', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      credentials: 'same-origin',
      // Stock, orders and personal data: never from a cache.
      cache: 'no-store',
    });
  } catch {
    return { ok: false, error: 'network', status: 0 };
  }
  const json: unknown = await res.json().catch(() => null);
  if (res.ok) {
    const parsed = schema.safeParse(json);
    return parsed.success ? { ok: true, data: parsed.data, status: res.status } : { ok: false, error: 'network', status: res.status };
  }
  const refusal = OrderErrorSchema.safeParse(json);
  if (!refusal.success) return { ok: false, error: 'network', status: res.status };
  const r = refusal.data;
  return {
    ok: false,
    error: r.error,
    status: res.status,
    ...(r.fields ? { fields: r.fields } : {}),
    ...(r.retryAfterMs !== undefined ? { retryAfterMs: r.retryAfterMs } : {}),
    ...(r.unitPriceWon !== undefined ? { unitPriceWon: r.unitPriceWon } : {}),
    ...(r.stockLeft !== undefined ? { stockLeft: r.stockLeft } : {}),
    ...(r.status !== undefined ? { orderStatus: r.status } : {}),
  };
}
