import { afterEach, describe, expect, it, vi } from 'vitest';
import { newAttemptKey } from '../../client/orders/attemptKey.ts';
import { clockOffset, clockText, countdown } from '../../client/orders/clock.ts';
import { wonDigits } from '../../client/orders/format.ts';
import { ordersCall } from '../../client/orders/ordersHttp.ts';
import { OrderViewSchema } from '../../shared/api/orders.ts';

/**
 * The buying UI's pure parts: a deal's countdown runs on the server's clock (a phone set five
 * minutes fast still ends it when the server does), an attempt's key is a UUID even without
 * crypto.randomUUID, and the orders fetch helper hands the page the facts of a refusal (how many
 * are left) and calls an answer that is not the API's a lost one (safe to retry).
 */

describe('the server clock and the countdown', () => {
  it('takes the midpoint of the round trip as the moment the server read its clock', () => {
    // Sent at 1,000, answered at 1,200 (our clock); the server said 61,100: it is 60 s ahead.
    expect(clockOffset(61_100, 1_000, 1_200)).toBe(60_000);
    expect(clockOffset(1_000, 5_000, 5_000)).toBe(-4_000);
  });

  it('counts down to the server’s end, not the phone’s, rounded up to the second', () => {
    const end = Date.parse('2026-12-03T12:00:00Z');
    // Our clock reads 11:54:00 but is five minutes behind the server: 60 s are left, not 360.
    const now = Date.parse('2026-12-03T11:54:00Z');
    const c = countdown(end, now, 5 * 60_000);
    expect(c).toEqual({ hours: 0, minutes: 1, seconds: 0, ended: false });
    expect(clockText(c)).toBe('01:00');
    // 1 ms before the end still shows a second; at the end it has ended.
    expect(countdown(end, end - 1, 0)).toMatchObject({ seconds: 1, ended: false });
    expect(countdown(end, end, 0)).toEqual({ hours: 0, minutes: 0, seconds: 0, ended: true });
    expect(countdown(end, end + 5_000, 0).ended).toBe(true);
  });

  it('shows hours past a day as hours (a deal lasts a week at most)', () => {
    const c = countdown(0, -(26 * 3600 + 3 * 60 + 9) * 1000, 0);
    expect(clockText(c)).toBe('26:03:09');
    expect(clockText(countdown(0, -(3600 + 5) * 1000, 0))).toBe('1:00:05');
  });
});

describe('an attempt’s idempotency key', () => {
  const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('is a version-4 UUID, also where crypto.randomUUID is missing (plain http)', () => {
    expect(newAttemptKey()).toMatch(UUID4);
    const keys = new Set(Array.from({ length: 50 }, () => newAttemptKey({ getRandomValues: (a) => crypto.getRandomValues(a) })));
    expect(keys.size).toBe(50);
    for (const k of keys) expect(k).toMatch(UUID4);
  });
});

describe('won', () => {
  it('groups thousands in both languages', () => {
    expect(wonDigits(1_234_500, 'ko')).toBe('1,234,500');
    expect(wonDigits(9000, 'en')).toBe('9,000');
  });
});

describe('the orders fetch helper', () => {
  afterEach(() => vi.unstubAllGlobals());
  const answer = (status: number, body: string, type = 'application/json') => vi.stubGlobal('fetch', () => Promise.resolve(new Response(body, { status, headers: { 'content-type': type } })));

  it('gives a stock refusal with how many are left', async () => {
    answer(409, JSON.stringify({ error: 'not_enough_stock', stockLeft: 1 }));
    expect(await ordersCall('/api/orders', OrderViewSchema, { method: 'POST', body: {} })).toEqual({ ok: false, error: 'not_enough_stock', status: 409, stockLeft: 1 });
  });

  it('calls a proxy’s error page or no answer at all a lost answer, which may be retried', async () => {
    answer(502, '<html>Bad Gateway</html>', 'text/html');
    expect(await ordersCall('/api/orders', OrderViewSchema, { method: 'POST', body: {} })).toEqual({ ok: false, error: 'network', status: 502 });
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await ordersCall('/api/orders', OrderViewSchema, { method: 'POST', body: {} })).toEqual({ ok: false, error: 'network', status: 0 });
  });
});
