import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { RecoveryCodeSchema, TotpCodeSchema } from '../../shared/api/secondFactor.ts';
import { hashRecoveryCode, matchingStep, newRecoveryCodes, newTotpSecret } from '../../server/auth/totp.ts';
import { secretBox } from '../../server/auth/totpSecret.ts';

const KEY = 'unit-test-session-secret-0123456789abcdef';

describe('TOTP secrets at rest', () => {
  it('open what was sealed with the same SESSION_SECRET only; a changed byte opens nothing', () => {
    const secret = newTotpSecret();
    const sealed = secretBox(KEY).seal(secret);
    expect(sealed).not.toContain(secret);
    expect(secretBox(KEY).open(sealed)).toBe(secret);
    expect(secretBox(`${KEY}x`).open(sealed)).toBeNull();
    const parts = sealed.split('.');
    parts[2] = (parts[2]![0] === 'A' ? 'B' : 'A') + parts[2]!.slice(1);
    expect(secretBox(KEY).open(parts.join('.'))).toBeNull();
    expect(secretBox(KEY).open('not sealed')).toBeNull();
  });
});

describe('codes', () => {
  it('accepts the step before, this one and the next, returning which; refuses two away', async () => {
    const secret = newTotpSecret();
    const now = 1_800_000_015_000; // 15 s into a step
    const step = Math.floor(now / 30_000);
    for (const d of [-1, 0, 1]) expect(await matchingStep(secret, await generate({ secret, epoch: now / 1000 + d * 30 }), now)).toBe(step + d);
    for (const d of [-2, 2]) expect(await matchingStep(secret, await generate({ secret, epoch: now / 1000 + d * 30 }), now)).toBeNull();
  });

  it('recovery codes: 8 distinct, typed in any case with or without the dash, hashed the same', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(8);
    for (const c of codes) expect(RecoveryCodeSchema.parse(c)).toBe(c);
    const c = codes[0]!;
    const typed = RecoveryCodeSchema.parse(` ${c.toUpperCase().replace('-', '')} `);
    expect(hashRecoveryCode(typed)).toBe(hashRecoveryCode(c));
    expect(TotpCodeSchema.parse('123 456')).toBe('123456');
    expect(TotpCodeSchema.safeParse('12345').success).toBe(false);
  });
});
