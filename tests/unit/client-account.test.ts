import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { apiErrorText, fieldErrors, refusal, waitText } from '../../client/account/errors.ts';
import { homeOf, safeNext } from '../../client/account/paths.ts';
import { ACCOUNT_ERRORS } from '../../shared/api/account.ts';
import { accountKo } from '../../shared/i18n/account-ko.ts';

/** The sign-in pages' rules that are not drawing: where ?next= may lead, how a wait reads, which field a refusal names. */
describe('account pages', () => {
  it('return after sign-in only to a path of this site', () => {
    expect(safeNext('/admin/invitations?x=1#top')).toBe('/admin/invitations?x=1#top');
    expect(safeNext('/studio')).toBe('/studio');
    for (const foreign of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', 'admin', '', null, undefined]) {
      expect(safeNext(foreign), String(foreign)).toBeNull();
    }
    expect(homeOf('admin')).toBe('/admin');
    expect(homeOf('moderator')).toBe('/admin');
    expect(homeOf('enterprise')).toBe('/studio');
  });

  it('say a sign-in wait in seconds under a minute, else in whole minutes rounded up, in the page language', () => {
    expect(waitText(30_000, 'en')).toBe('in 30 seconds');
    expect(waitText(61_000, 'en')).toBe('in 2 minutes');
    expect(waitText(0, 'en')).toBe('in 1 second');
    expect(waitText(120_000, 'ko')).toBe('2분 후');
  });

  it('put each refused path under its field, with that field’s message', () => {
    const messages = { email: 'account:errEmail', password: 'account:errPassword' };
    expect(fieldErrors([['email'], ['password'], ['password']], messages)).toEqual({ email: 'account:errEmail', password: 'account:errPassword' });
    expect(fieldErrors(['email', 'boothId.0'], messages)).toEqual({ email: 'account:errEmail', boothId: 'account:errField' });
  });

  it('turn a refused request into what the form shows: fields under their fields, codes as sentences, the wait in the rate limit', () => {
    const t = ((key: string, vars?: Record<string, string>) => (vars ? `${key} ${JSON.stringify(vars)}` : key)) as unknown as TFunction;
    const messages = { email: 'account:errEmail' };
    expect(refusal(t, { error: 'invalid', status: 400, fields: ['email'] }, 'ko', messages)).toEqual({ fields: { email: 'account:errEmail' }, form: null });
    expect(refusal(t, { error: 'invalid', status: 400 }, 'ko', messages)).toEqual({ fields: {}, form: 'account:errInvalid' });
    expect(refusal(t, { error: 'bad_setup_code', status: 403 }, 'ko', messages, { bad_setup_code: 'code' })).toEqual({ fields: { code: 'account:errBadSetupCode' }, form: null });
    expect(refusal(t, { error: 'bad_credentials', status: 401 }, 'ko', messages)).toEqual({ fields: {}, form: 'account:errBadCredentials' });
    expect(apiErrorText(t, { error: 'rate_limited', status: 429, retryAfterMs: 90_000 }, 'ko')).toBe('account:errRateLimited {"wait":"2분 후"}');
    expect(apiErrorText(t, { error: 'network', status: 0 }, 'ko')).toBe('account:errNetwork');
    expect(apiErrorText(t, { error: 'bad_response', status: 200 }, 'ko')).toBe('account:errServer');
  });

  it('have a sentence for every code the server sends and every failure of the client', () => {
    const t = ((key: string) => key) as unknown as TFunction;
    for (const code of [...ACCOUNT_ERRORS, 'network', 'server', 'bad_response'] as const) {
      const key = apiErrorText(t, { error: code, status: 400 }, 'ko');
      expect(key, code).toMatch(/^account:/);
      expect(accountKo[key.slice('account:'.length) as keyof typeof accountKo], `${code} → ${key}`).toBeTruthy();
    }
  });
});
