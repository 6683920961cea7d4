/**
 * What the server asks of the database about staff second factors (TOTP): the encrypted secret,
 * the last accepted time step (replay guard) and the hashed recovery codes. Types and names only;
 * the queries are in secondFactorDrizzle.ts.
 */

export interface TotpRow {
  /** AES-GCM sealed (server/auth/totpSecret.ts): the database alone does not give the secret. */
  secretEnc: string;
  confirmed: boolean;
  lastStep: number;
  recoveryCodesLeft: number;
}

export interface SecondFactorRepo {
  totpOf(accountId: string): Promise<TotpRow | null>;
  /** Begins (or restarts) enrolment with a new secret; false when a confirmed one exists. */
  beginTotp(accountId: string, secretEnc: string): Promise<boolean>;
  /** Confirms a begun enrolment at `step` and stores the recovery codes' hashes; false when none was begun or it is already on. */
  confirmTotp(accountId: string, step: number, recoveryHashes: string[]): Promise<boolean>;
  /** Accepts a code of time step `step` once: true only if it is later than every step accepted before. */
  useStep(accountId: string, step: number): Promise<boolean>;
  /** Spends a recovery code: true once per code. */
  useRecoveryCode(accountId: string, codeHash: string): Promise<boolean>;
  /** Removes the second factor and its recovery codes. */
  removeTotp(accountId: string): Promise<void>;
  /** The accounts whose second factor is on (confirmed), for the accounts list of /admin. */
  accountsWithTotp(): Promise<string[]>;
}

export const SECOND_FACTOR_REPO_METHODS = [
  'totpOf',
  'beginTotp',
  'confirmTotp',
  'useStep',
  'useRecoveryCode',
  'removeTotp',
  'accountsWithTotp',
] as const satisfies readonly (keyof SecondFactorRepo)[];
