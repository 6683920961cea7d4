import { describe, expect, it } from 'vitest';
import { hashToken, isTokenShaped, newToken, sessionCookieHeader } from '../../server/auth/accountSessions.ts';
import { csrfTokenMatches, isSameSiteRequest, isStateChanging } from '../../server/auth/csrf.ts';
import { waitAfter } from '../../server/auth/loginThrottle.ts';
import { hashSetupCode, newSetupCode, normalizeSetupCode } from '../../server/auth/setupCode.ts';

const self = 'https://expo.example.kr';

describe('CSRF', () => {
  it('checks writes only: GET, HEAD and OPTIONS change nothing', () => {
    expect(['GET', 'HEAD', 'OPTIONS', 'get'].map(isStateChanging)).toEqual([false, false, false, false]);
    expect(['POST', 'PUT', 'PATCH', 'DELETE'].map(isStateChanging)).toEqual([true, true, true, true]);
  });

  it("a write's token must be the session's, exactly", () => {
    const token = newToken();
    expect(csrfTokenMatches(token, token)).toBe(true);
    expect(csrfTokenMatches(undefined, token)).toBe(false);
    expect(csrfTokenMatches('', token)).toBe(false);
    expect(csrfTokenMatches(token.slice(0, -1), token)).toBe(false);
    expect(csrfTokenMatches(`${token}x`, token)).toBe(false);
    expect(csrfTokenMatches(newToken(), token)).toBe(false);
  });

  it('a request that creates a session must come from this site', () => {
    const from = (secFetchSite: string | undefined, origin: string | undefined, alsoSelf: string[] = []) => isSameSiteRequest({ secFetchSite, origin, selfOrigin: self, alsoSelf });
    // Browsers that send Sec-Fetch-Site: it decides.
    expect(from('same-origin', self)).toBe(true);
    expect(from('none', undefined)).toBe(true);
    expect(from('same-site', 'https://shop.example.kr')).toBe(false);
    expect(from('cross-site', 'https://evil.example')).toBe(false);
    // Older browsers: the Origin must be ours (or PUBLIC_URL's, behind a proxy that rewrites Host).
    expect(from(undefined, self)).toBe(true);
    expect(from(undefined, 'https://evil.example')).toBe(false);
    expect(from(undefined, 'null')).toBe(false);
    expect(from(undefined, 'https://public.example.kr', ['https://public.example.kr'])).toBe(true);
    // Neither header: not a browser carrying someone's cookies (curl, a script).
    expect(from(undefined, undefined)).toBe(true);
  });
});

describe('session tokens and cookie', () => {
  it('are 256 random bits; only their hash is stored', () => {
    const t = newToken();
    expect(isTokenShaped(t)).toBe(true);
    expect(newToken()).not.toBe(t);
    expect(hashToken(t)).not.toBe(t);
    expect(hashToken(t)).toBe(hashToken(t));
    expect(isTokenShaped('short')).toBe(false);
    expect(isTokenShaped(undefined)).toBe(false);
  });

  it('cookie: HttpOnly, SameSite=Lax, whole site, 14 days; Secure only over HTTPS', () => {
    expect(sessionCookieHeader('abc', false)).toBe('seeot_session=abc; Path=/; Max-Age=1209600; HttpOnly; SameSite=Lax');
    expect(sessionCookieHeader('abc', true)).toBe('seeot_session=abc; Path=/; Max-Age=1209600; HttpOnly; SameSite=Lax; Secure');
  });
});

describe('setup code', () => {
  it('is 12 characters of Crockford base32 in groups of four', () => {
    const code = newSetupCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(newSetupCode()).not.toBe(code);
  });

  it('is the same code whatever case, spaces and dashes, and look-alike letters it is typed with', () => {
    expect(normalizeSetupCode(' abcd-efgh 1230 ')).toBe('ABCDEFGH1230');
    expect(hashSetupCode('ABCD-EFGH-1230')).toBe(hashSetupCode('abcd efgh i23o'));
    expect(hashSetupCode('ABCD-EFGH-1230')).not.toBe(hashSetupCode('ABCD-EFGH-1231'));
  });
});

describe('sign-in backoff', () => {
  it('lets 4 failures pass, then waits 1 minute after the 5th, doubling up to 15 minutes', () => {
    expect([1, 2, 3, 4].map(waitAfter)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 30].map(waitAfter)).toEqual([60_000, 120_000, 240_000, 480_000, 900_000, 900_000]);
  });
});
