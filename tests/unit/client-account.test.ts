import { describe, expect, it } from 'vitest';
import { fieldErrors, waitText } from '../../client/account/errors.ts';
import { homeOf, safeNext } from '../../client/account/paths.ts';

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
});
