/**
 * Staff second factor as the routes use it: whether an account has TOTP on, checking a code once
 * (the time step is claimed in the database, so a replay fails on every process), spending a
 * recovery code, and the sign-in challenge. Secrets are opened only here.
 */
import type { SecondFactorRepo } from '../db/secondFactorRepo.ts';
import { signChallenge, verifyChallenge, type Challenge } from './loginChallenge.ts';
import { hashRecoveryCode, matchingStep } from './totp.ts';
import { secretBox, type SecretBox } from './totpSecret.ts';

export type CodeCheck = 'ok' | 'wrong' | 'used';

export interface SecondFactor {
  /** STAFF_REQUIRE_TOTP. */
  required: boolean;
  box: SecretBox;
  isOn(accountId: string): Promise<boolean>;
  /** A current code of the account's confirmed secret, accepted once. */
  checkCode(accountId: string, code: string, nowMs: number): Promise<CodeCheck>;
  useRecoveryCode(accountId: string, code: string): Promise<boolean>;
  challenge(c: Challenge, nowMs: number): string;
  readChallenge(token: string, nowMs: number): Challenge | null;
}

export function createSecondFactor({ repo, sessionSecret, required }: { repo: SecondFactorRepo; sessionSecret: string; required: boolean }): SecondFactor {
  const box = secretBox(sessionSecret);
  return {
    required,
    box,
    async isOn(accountId) {
      return (await repo.totpOf(accountId))?.confirmed === true;
    },
    async checkCode(accountId, code, nowMs) {
      const row = await repo.totpOf(accountId);
      const secret = row?.confirmed ? box.open(row.secretEnc) : null;
      if (!row || secret === null) return 'wrong';
      const step = await matchingStep(secret, code, nowMs);
      if (step === null) return 'wrong';
      return (await repo.useStep(accountId, step)) ? 'ok' : 'used';
    },
    useRecoveryCode: (accountId, code) => repo.useRecoveryCode(accountId, hashRecoveryCode(code)),
    challenge: (c, nowMs) => signChallenge(c, sessionSecret, nowMs),
    readChallenge: (token, nowMs) => verifyChallenge(token, sessionSecret, nowMs),
  };
}
