/**
 * The first start's one-time setup code: while no admin exists, a process makes a code, stores its
 * hash (setup_code, one row) and prints it once in the log; /setup takes it with the first admin's
 * details. Of processes starting together on one PostgreSQL, only the one whose row went in prints.
 * A code is replaced by a later start once it is REPLACE_AFTER_MS old, since its text is only in an
 * earlier log; `npm run admin:create` needs no code at all.
 */
import { createHash, randomInt } from 'node:crypto';
import type { AccountsRepo } from '../db/accountsRepo.ts';
import type { Logger } from '../logger.ts';

/** Crockford's base32: no I, L, O or U to misread. 12 characters: 60 bits. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 12;
export const REPLACE_AFTER_MS = 10 * 60_000;

/** A fresh code, grouped for reading aloud: `ABCD-EFGH-JKMN`. */
export function newSetupCode(): string {
  let s = '';
  for (let i = 0; i < LENGTH; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return s.match(/.{4}/g)!.join('-');
}

/** What is compared: case, spaces and dashes do not matter, nor letters read for their look-alike digits. */
export function normalizeSetupCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
}

export const hashSetupCode = (input: string): string => createHash('sha256').update(`seeot.setup.${normalizeSetupCode(input)}`).digest('base64url');

/** At boot: a code while no admin exists, printed by the process that stored it. Returns the code it printed, if any. */
export async function ensureSetupCode(repo: Pick<AccountsRepo, 'hasAdmin' | 'createSetupCode'>, log: Pick<Logger, 'info'>, nowMs = Date.now()): Promise<string | null> {
  if (await repo.hasAdmin()) return null;
  const code = newSetupCode();
  if (!(await repo.createSetupCode(hashSetupCode(code), new Date(nowMs - REPLACE_AFTER_MS)))) {
    log.info('no admin account yet: the setup code is in the log of the process that started first (a start 10 minutes later prints a new one), or run npm run admin:create');
    return null;
  }
  log.info({ setupCode: code }, `no admin account yet: open /setup and enter the setup code ${code} to make the first admin (it works once; npm run admin:create does the same from a shell)`);
  return code;
}
