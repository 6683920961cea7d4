/**
 * An order attempt's idempotency key: a version-4 UUID, made once per attempt and sent again on
 * every retry of it, so a retry after a lost answer returns the order the first try made instead of
 * ordering twice. crypto.randomUUID exists only in secure contexts (https, localhost); a fair's
 * plain-http address on a venue network still has getRandomValues, so the UUID is built from it there.
 */
export function newAttemptKey(c: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string } = crypto): string {
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
