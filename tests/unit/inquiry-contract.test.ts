/**
 * The inquiry form's contract as both sides run it: Korean phone numbers as people type them come
 * out in one written form, anything else is refused; an email or phone in the one contact box; the
 * kind decides whether a booth and purchase details belong; each problem is named by its field;
 * every code has its sentence in both languages.
 */
import { describe, expect, it } from 'vitest';
import { FIELD_ERRORS, fieldErrors, INQUIRY_ERRORS, InquiryBodySchema, type InquiryBodyInput } from '../../shared/api/inquiry.ts';
import { inquiryTarget } from '../../shared/api/inquiryTarget.ts';
import { normalizeKoreanPhone } from '../../shared/api/phone.ts';
import { findBooth } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { inquiryEn } from '../../shared/i18n/inquiry-en.ts';
import { inquiryFormEn } from '../../shared/i18n/inquiry-form-en.ts';
import { inquiryFormKo } from '../../shared/i18n/inquiry-form-ko.ts';
import { inquiryInboxEn } from '../../shared/i18n/inquiry-inbox-en.ts';
import { inquiryInboxKo } from '../../shared/i18n/inquiry-inbox-ko.ts';
import { inquiryKo } from '../../shared/i18n/inquiry-ko.ts';
import { inquiryMailEn } from '../../shared/i18n/inquiry-mail-en.ts';
import { inquiryMailKo } from '../../shared/i18n/inquiry-mail-ko.ts';
import { privacyEn } from '../../shared/i18n/privacy-en.ts';
import { privacyKo } from '../../shared/i18n/privacy-ko.ts';
import { CONSENT_VERSION } from '../../shared/privacy/notices.ts';

describe('Korean phone numbers', () => {
  it.each([
    ['010-1234-5678', '010-1234-5678'],
    ['01012345678', '010-1234-5678'],
    ['010 1234 5678', '010-1234-5678'],
    ['+82 10-1234-5678', '010-1234-5678'],
    ['+82 010 1234 5678', '010-1234-5678'],
    ['011-123-4567', '011-123-4567'],
    ['02-123-4567', '02-123-4567'],
    ['0212345678', '02-1234-5678'],
    ['(032) 123-4567', '032-123-4567'],
    ['031.1234.5678', '031-1234-5678'],
    ['070-1234-5678', '070-1234-5678'],
    ['1588-1234', '1588-1234'],
    ['1644-0123', '1644-0123'],
  ])('%s → %s', (typed, written) => {
    expect(normalizeKoreanPhone(typed)).toBe(written);
  });

  it.each(['010-123', '010-1234-56789', '555-1234', '+1 202 555 0100', '020-123-4567', '010-1234-abcd', '1234-5678', ''])('refuses %j', (typed) => {
    expect(normalizeKoreanPhone(typed)).toBeNull();
  });
});

const body = (over: Partial<InquiryBodyInput> = {}): InquiryBodyInput => ({
  kind: 'consultation',
  boothId: 'nongnongi',
  name: ' 김민지 ',
  contact: 'MinJi@Example.kr',
  message: '상담',
  consents: { collection: true, provision: true, version: CONSENT_VERSION },
  lang: 'ko',
  ...over,
});

describe('the inquiry body', () => {
  it('trims, lower-cases an email and normalises a phone in the contact box', () => {
    expect(InquiryBodySchema.parse(body())).toMatchObject({ name: '김민지', contact: { email: 'minji@example.kr' } });
    expect(InquiryBodySchema.parse(body({ contact: '010 9876 5432' })).contact).toEqual({ phone: '010-9876-5432' });
  });

  it('names each problem by its field, with a code the form has a sentence for', () => {
    const r = InquiryBodySchema.safeParse(body({ name: '   ', contact: 'kim@', message: 'x'.repeat(2001) }));
    expect(r.success).toBe(false);
    expect(fieldErrors(r.error!)).toEqual({ name: 'required', contact: 'contact_invalid', message: 'too_long' });
  });

  it('a purchase needs its details and a booth; SOS has no booth; a consultation no purchase details', () => {
    const purchase = { organisation: '부천시청', purpose: '기념품', quantity: 10, budgetWon: 500000, wantedBy: '2027-03-02' };
    expect(InquiryBodySchema.safeParse(body({ kind: 'purchase', purchase })).success).toBe(true);
    expect(fieldErrors(InquiryBodySchema.safeParse(body({ kind: 'purchase' })).error!)).toEqual({ purchase: 'required' });
    expect(fieldErrors(InquiryBodySchema.safeParse(body({ kind: 'purchase', purchase: { ...purchase, quantity: 0, wantedBy: '2027-02-30' } })).error!)).toEqual({
      'purchase.quantity': 'number_invalid',
      'purchase.wantedBy': 'date_invalid',
    });
    expect(InquiryBodySchema.safeParse(body({ kind: 'sos', boothId: undefined })).success).toBe(true);
    expect(fieldErrors(InquiryBodySchema.safeParse(body({ kind: 'sos' })).error!)).toEqual({ boothId: 'required' });
    expect(fieldErrors(InquiryBodySchema.safeParse(body({ purchase })).error!)).toEqual({ purchase: 'required' });
  });
});

describe('the inquiry strings', () => {
  const pairs: [string, Record<string, string>, Record<string, string>][] = [
    ['inquiry', inquiryKo, inquiryEn],
    ['inquiryForm', inquiryFormKo, inquiryFormEn],
    ['inquiry-mail', inquiryMailKo, inquiryMailEn],
    ['inquiryInbox', inquiryInboxKo, inquiryInboxEn],
    ['privacy', privacyKo, privacyEn],
  ];
  const placeholders = (s: string): string[] => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();

  it.each(pairs)('%s: both languages fill the same placeholders, none empty, the English without Hangul', (_ns, ko, en) => {
    for (const [key, text] of Object.entries(ko)) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(en[key] ?? ''), key).toEqual(placeholders(text));
      expect(/\p{Script=Hangul}/u.test(en[key] ?? ''), `en ${key}`).toBe(false);
    }
  });

  it('every field problem and refusal code has its sentence', () => {
    for (const code of FIELD_ERRORS) expect(inquiryFormKo).toHaveProperty(`field_${code}`);
    for (const code of INQUIRY_ERRORS) expect(inquiryFormKo).toHaveProperty(`error_${code}`);
  });
});

describe('who a booth’s inquiries reach', () => {
  const target = (id: string) => inquiryTarget(findBooth(CATALOGUE, id)!);

  it('a programme booth is the center’s own (no third party); the one presenting SOS consulting offers it', () => {
    expect(target('consulting')).toEqual({ recipient: 'center', purchase: false, sos: true });
    expect(target('awareness')).toEqual({ recipient: 'center', purchase: false, sos: false });
  });

  it('an enterprise booth reaches the enterprise; purchase inquiries only once it is eligible for priority purchase', () => {
    expect(target('cut-the-trash')).toEqual({ recipient: 'enterprise', purchase: false, sos: false });
    const eligible = structuredClone(CATALOGUE);
    const e = eligible.enterprises.find((x) => x.id === 'cut-the-trash')!;
    (e as { procurement?: unknown }).procurement = { certifications: [], priorityPurchase: true, categories: [] };
    expect(inquiryTarget(findBooth(eligible, 'cut-the-trash')!).purchase).toBe(true);
  });
});
