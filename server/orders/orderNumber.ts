/**
 * Order numbers a buyer reads out on the phone: 7KQ2-M9XP, eight characters of an alphabet without
 * 0/O, 1/I/L (31⁸ ≈ 8.5 × 10¹¹). Found only together with the buyer's phone, so a guessed number
 * alone reveals nothing; the unique column catches the rare repeat and the repository draws again.
 */
import { randomInt } from 'node:crypto';
import { ORDER_NUMBER_ALPHABET } from '../../shared/api/orders.ts';

export function newOrderNumber(draw: (n: number) => number = randomInt): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += ORDER_NUMBER_ALPHABET[draw(ORDER_NUMBER_ALPHABET.length)];
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}
