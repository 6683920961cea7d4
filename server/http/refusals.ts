/** Refusals the sign-in routes share (auth.ts, secondFactor.ts): a throttled try, a wrong or reused code. */
import type { Response } from 'express';
import type { Throttle } from '../auth/loginThrottle.ts';
import type { CodeCheck } from '../auth/secondFactor.ts';
import { sendAccountError } from './principal.ts';

/** 429 with Retry-After when the throttle says wait; true when it refused. */
export function refuseThrottled(res: Response, t: Throttle): t is { ok: false; retryAfterMs: number } {
  if (t.ok) return false;
  res.setHeader('Retry-After', String(Math.max(1, Math.ceil(t.retryAfterMs / 1000))));
  sendAccountError(res, 429, 'rate_limited', { retryAfterMs: t.retryAfterMs });
  return true;
}

/** 401: a code that is not right, or one already used (a replay). */
export function refuseCode(res: Response, check: Exclude<CodeCheck, 'ok'>): void {
  sendAccountError(res, 401, check === 'used' ? 'totp_code_used' : 'bad_totp_code');
}
