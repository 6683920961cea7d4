/**
 * Korean telephone numbers as people type them (010-1234-5678, 01012345678, 02-123-4567,
 * 031.123.4567, +82 10 1234 5678, 1588-1234), checked and written one way: digits grouped by
 * hyphens as printed on Korean business cards. No zod here: the form's first render stays light.
 */

/** Mobile (010, and the old 011/016-019), Seoul (02), the regions' area codes, internet phones (070), and 8-digit representative numbers (15xx-19xx). */
const PLANS: { prefix: RegExp; lengths: readonly number[] }[] = [
  { prefix: /^01[016789]/, lengths: [10, 11] },
  { prefix: /^02/, lengths: [9, 10] },
  { prefix: /^0(3[1-3]|4[1-4]|5[1-5]|6[1-4])/, lengths: [10, 11] },
  { prefix: /^070/, lengths: [11] },
  { prefix: /^1[5-9]\d{2}/, lengths: [8] },
];

/** Separators people type between the groups; anything else (letters, a second +) is not a phone number. */
const TYPED = /^\+?[\d\s\-.()]+$/;

/** The number in its one written form (010-1234-5678, 02-123-4567, 1588-1234), or null when it is not a Korean number. */
export function normalizeKoreanPhone(input: string): string | null {
  const typed = input.trim();
  if (!TYPED.test(typed)) return null;
  let digits = typed.replace(/\D/g, '');
  // +82 10 … : the country code replaces the trunk 0.
  if (typed.startsWith('+')) {
    if (!digits.startsWith('82')) return null;
    digits = `0${digits.slice(2).replace(/^0/, '')}`;
  }
  const plan = PLANS.find((p) => p.prefix.test(digits));
  if (!plan || !plan.lengths.includes(digits.length)) return null;
  if (digits.length === 8) return `${digits.slice(0, 4)}-${digits.slice(4)}`;
  // A subscriber number after an area or mobile prefix never starts with 0 (02-0… is a mistyped area code).
  if (digits[plan.prefix.exec(digits)![0].length] === '0') return null;
  const head = digits.startsWith('02') ? 2 : 3;
  const tail = digits.length - 4;
  return `${digits.slice(0, head)}-${digits.slice(head, tail)}-${digits.slice(tail)}`;
}
