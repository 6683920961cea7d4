/**
 * Reference numbers a visitor can read out on the phone: Q-20261203-7KQ2. The date is Korea's (the
 * center's calendar), the tail four characters of Crockford's base32 (no I, L, O, U: nothing to
 * misread), 32⁴ ≈ a million a day; the unique column catches the rare repeat and the service draws again.
 */
import { randomInt } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const KST_OFFSET_MS = 9 * 3600_000;

/** YYYYMMDD in Korea at `at`. */
export function kstDay(at: Date): string {
  return new Date(at.getTime() + KST_OFFSET_MS).toISOString().slice(0, 10).replace(/-/g, '');
}

export function newReference(at: Date, draw: (n: number) => number = randomInt): string {
  let tail = '';
  for (let i = 0; i < 4; i++) tail += ALPHABET[draw(ALPHABET.length)];
  return `Q-${kstDay(at)}-${tail}`;
}

export const REFERENCE_PATTERN = /^Q-\d{8}-[0-9A-HJKMNP-TV-Z]{4}$/;
