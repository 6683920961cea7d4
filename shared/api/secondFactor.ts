/**
 * A staff account's second factor (TOTP): its state, enrolment (secret shown once, confirmed with
 * a code, recovery codes shown once), the sign-in's second step, and turning it off with a code.
 */
import { z } from 'zod';

/** Six digits, as authenticator apps show them (spaces typed between groups are dropped). */
export const TotpCodeSchema = z
  .string()
  .transform((s) => s.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{6}$/));
/** A recovery code as shown (xxxxx-xxxxx, lower case); case and spaces do not matter. */
export const RecoveryCodeSchema = z
  .string()
  .transform((s) => s.replace(/\s+/g, '').toLowerCase())
  .pipe(z.string().regex(/^[a-z2-7]{5}-?[a-z2-7]{5}$/));
export const RECOVERY_CODE_COUNT = 8;

/** GET /api/auth/totp */
export const TotpStateSchema = z.object({
  enabled: z.boolean(),
  /** STAFF_REQUIRE_TOTP: staff must enrol before /admin works. */
  required: z.boolean(),
  recoveryCodesLeft: z.number().int().nonnegative(),
});
export type TotpState = z.infer<typeof TotpStateSchema>;

/** POST /api/auth/totp/enrol: the new secret, once; it takes effect only when confirmed. */
export const TotpEnrolmentSchema = z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() });
export type TotpEnrolment = z.infer<typeof TotpEnrolmentSchema>;

/** POST /api/auth/totp/confirm and …/disable */
export const TotpCodeBodySchema = z.object({ code: TotpCodeSchema });
/** The answer to a confirmation: the recovery codes, shown this once. */
export const RecoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });

/** POST /api/auth/login's answer when the account has a second factor: no session yet, a challenge for the second step. */
export const SecondStepSchema = z.object({ secondFactor: z.literal('totp'), challenge: z.string() });
export type SecondStep = z.infer<typeof SecondStepSchema>;

/** POST /api/auth/login/totp: the challenge and either a current code or a recovery code. */
export const LoginTotpBodySchema = z.union([
  z.object({ challenge: z.string().min(1).max(400), code: TotpCodeSchema }),
  z.object({ challenge: z.string().min(1).max(400), recoveryCode: RecoveryCodeSchema }),
]);
