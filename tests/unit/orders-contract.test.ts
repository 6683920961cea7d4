/**
 * The orders contract as both sides run it: quantities are whole numbers from 1 to QUANTITY_MAX,
 * phones and postcodes in Korean forms, an order number typed loosely is found in its one form,
 * each problem is named by its field, and every code and status has its sentence in both languages.
 */
import { describe, expect, it } from 'vitest';
import {
  ORDER_CONSENT_VERSION,
  ORDER_ERRORS,
  ORDER_FIELD_ERRORS,
  ORDER_STATUSES,
  OrderBodySchema,
  orderFieldErrors,
  OrderNumberSchema,
  orderPath,
  ORDER_ROUTES,
  type OrderBodyInput,
} from '../../shared/api/orders.ts';
import { ordersEn } from '../../shared/i18n/orders-en.ts';
import { ordersKo } from '../../shared/i18n/orders-ko.ts';

const body = (over: Partial<Record<keyof OrderBodyInput, unknown>> = {}): unknown => ({
  listingId: '3f1c2b9e-8d4a-4c7e-9b1a-2e5f6a7b8c9d',
  quantity: 2,
  buyerName: ' 김민지 ',
  phone: '01012345678',
  address: '부천시 원미구 길주로 1',
  postcode: '14545',
  consents: { collection: true, provision: true, version: ORDER_CONSENT_VERSION },
  idempotencyKey: '9b2d7c1e-0f3a-4e5b-8c6d-7a8b9c0d1e2f',
  lang: 'ko',
  ...over,
});

describe('the order body', () => {
  it('takes a well-formed order and writes the phone one way', () => {
    const r = OrderBodySchema.parse(body());
    expect(r.phone).toBe('010-1234-5678');
    expect(r.buyerName).toBe('김민지');
  });

  it.each([0, -1, 1.5, 1001, 1e12, '2', null])('refuses the quantity %j as quantity_invalid', (quantity) => {
    const r = OrderBodySchema.safeParse(body({ quantity }));
    expect(r.success).toBe(false);
    expect(orderFieldErrors(r.error!)).toEqual({ quantity: 'quantity_invalid' });
  });

  it('names each bad field by its code', () => {
    const r = OrderBodySchema.safeParse(body({ phone: '555-1234', postcode: '1454', buyerName: '', expectedUnitPriceWon: -5 }));
    expect(orderFieldErrors(r.error!)).toEqual({
      phone: 'phone_invalid',
      postcode: 'postcode_invalid',
      buyerName: 'required',
      expectedUnitPriceWon: 'number_invalid',
    });
  });
});

describe('order numbers', () => {
  it.each([
    ['7KQ2-M9XP', '7KQ2-M9XP'],
    ['7kq2m9xp', '7KQ2-M9XP'],
    [' 7kq2 m9xp ', '7KQ2-M9XP'],
  ])('%j is found as %s', (typed, number) => {
    expect(OrderNumberSchema.parse(typed)).toBe(number);
  });

  it.each(['7KQ2-M9X', '0KQ2-M9XP', 'IKQ2-M9XP', ''])('refuses %j', (typed) => {
    expect(OrderNumberSchema.safeParse(typed).success).toBe(false);
  });
});

it('fills route patterns', () => {
  expect(orderPath(ORDER_ROUTES.studioListing, { boothId: 'b 1', listingId: 'x' })).toBe('/api/studio/booths/b%201/listings/x');
});

describe('the orders strings', () => {
  const placeholders = (s: string): string[] => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
  const hangul = /\p{Script=Hangul}/u;
  const ko: Record<string, string> = ordersKo;
  const en: Record<string, string> = ordersEn;

  it('have every key in both languages, none empty, the same placeholders, each in its own language', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ko).sort());
    for (const key of Object.keys(ko)) {
      expect(ko[key]!.trim(), key).not.toBe('');
      expect(en[key]!.trim(), key).not.toBe('');
      expect(placeholders(en[key]!), key).toEqual(placeholders(ko[key]!));
      expect(hangul.test(en[key]!), `en ${key}`).toBe(false);
    }
  });

  it('say every error, field error and status', () => {
    for (const code of ORDER_ERRORS) expect(ko).toHaveProperty(`error_${code}`);
    for (const code of ORDER_FIELD_ERRORS) expect(ko).toHaveProperty(`field_${code}`);
    for (const s of ORDER_STATUSES) expect(ko).toHaveProperty(`status_${s}`);
  });

  it('tell the buyer plainly that there is no online payment, and that 품절 means sold out', () => {
    expect(ko['paymentNotice']).toContain('온라인 결제는 없습니다');
    expect(ko['error_sold_out']).toContain('품절');
  });
});
