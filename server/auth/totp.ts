/**
 * TOTP (RFC 6238: SHA-1, 6 digits, 30 s, as every authenticator app) through otplib 13, and the
 * recovery codes. A code is accepted from the step before to the step after now (clock drift of a
 * phone); which step matched is returned so the caller can refuse it a second time (replay).
 */
import { createHash, randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import { RECOVERY_CODE_COUNT } from '../../shared/api/secondFactor.ts';

const PERIOD_S = 30;
/** One step either side. */
const TOLERANCE_S = PERIOD_S;
const ISSUER = 'Seeot World';

export const newTotpSecret = (): string => generateSecret();

export const otpauthUrl = (secret: string, label: string): string => generateURI({ issuer: ISSUER, label, secret });

/** The matching time step of `code` for `secret` at `nowMs`, or null. */
export async function matchingStep(secret: string, code: string, nowMs: number): Promise<number | null> {
  const r = await verify({ secret, token: code, epoch: Math.floor(nowMs / 1000), epochTolerance: TOLERANCE_S });
  return r.valid && 'timeStep' in r ? r.timeStep : null;
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** RECOVERY_CODE_COUNT codes of 10 base32 characters (50 random bits each), shown as xxxxx-xxxxx. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = [...randomBytes(10)].map((b) => BASE32[b % 32]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** What is stored of a recovery code: the hash of its normalised form (dash, case and spaces do not matter). */
export const hashRecoveryCode = (code: string): string =>
  createHash('sha256').update(code.replace(/[\s-]/g, '').toLowerCase()).digest('base64url');
