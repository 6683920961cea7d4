/**
 * API failures and schema issues as the sentences and field messages the forms show (every
 * sentence is in shared/i18n/account-*.ts; the server sends only codes).
 */
import type { TFunction } from 'i18next';
import type { ApiError, ApiErrorCode } from '../net/api.ts';

/** Field name → i18n key of the message shown under it. */
export type FieldErrors = Record<string, string>;

const SENTENCE: Record<Exclude<ApiErrorCode, 'rate_limited'>, string> = {
  invalid: 'account:errInvalid',
  unauthorized: 'account:errUnauthorized',
  forbidden: 'account:errForbidden',
  csrf: 'account:errCsrf',
  bad_credentials: 'account:errBadCredentials',
  account_disabled: 'account:errDisabled',
  setup_done: 'account:setupDone',
  bad_setup_code: 'account:errBadSetupCode',
  email_taken: 'account:errEmailTaken',
  link_unknown: 'account:linkUnknown',
  link_used: 'account:linkUsed',
  link_expired: 'account:linkExpired',
  unknown_booth: 'account:errUnknownBooth',
  not_found: 'account:errNotFound',
  totp_required: 'account:errTotpRequired',
  bad_totp_code: 'account:errBadTotpCode',
  totp_code_used: 'account:errTotpCodeUsed',
  challenge_expired: 'account:errChallengeExpired',
  totp_already_on: 'account:errTotpAlreadyOn',
  totp_not_begun: 'account:errTotpNotBegun',
  totp_off: 'account:errTotpOff',
  network: 'account:errNetwork',
  server: 'account:errServer',
  bad_response: 'account:errServer',
};

/** "in 2 minutes" / "2분 후" for a wait in milliseconds: seconds under a minute, else whole minutes (rounded up). */
export function waitText(ms: number, lang: string): string {
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds < 60 ? rtf.format(seconds, 'second') : rtf.format(Math.ceil(seconds / 60), 'minute');
}

/** The sentence for a failed request, in `t`'s language. */
export function apiErrorText(t: TFunction, error: ApiError, lang: string): string {
  if (error.error === 'rate_limited') return t('account:errRateLimited', { wait: waitText(error.retryAfterMs ?? 60_000, lang) });
  return t(SENTENCE[error.error]);
}

/**
 * Field messages for the paths a schema (or the server's `fields`) refused: the first segment of
 * each path names the field; `messages` says what that field asks for.
 */
export function fieldErrors(paths: readonly (readonly PropertyKey[] | string)[], messages: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const path of paths) {
    const field = String(typeof path === 'string' ? path.split('.')[0] : path[0]);
    out[field] ??= messages[field] ?? 'account:errField';
  }
  return out;
}

/**
 * A refused submit as what the form shows: the server's field paths under their fields (with the
 * sentence when it named none), any other code as a sentence; `codeFields` puts a code under a field
 * instead (e.g. a wrong setup code under the code's field).
 */
export function refusal(
  t: TFunction,
  error: ApiError,
  lang: string,
  messages: FieldErrors,
  codeFields: Partial<Record<ApiErrorCode, string>> = {},
): { fields: FieldErrors; form: string | null } {
  if (error.error === 'invalid' && error.fields?.length) return { fields: fieldErrors(error.fields, messages), form: null };
  const field = codeFields[error.error];
  if (field) return { fields: { [field]: SENTENCE[error.error as Exclude<ApiErrorCode, 'rate_limited'>] }, form: null };
  return { fields: {}, form: apiErrorText(t, error, lang) };
}
