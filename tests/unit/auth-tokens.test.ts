import { describe, expect, it } from 'vitest';
import { GUEST_COOKIE, newGuestId, parseCookies, readGuestCookie, signGuestCookie } from '../../server/auth/guestCookie.ts';
import { signJoinToken, verifyJoinToken } from '../../server/auth/joinToken.ts';
import { mac, signToken, verifyToken } from '../../server/auth/tokens.ts';

const SECRET = 'test-secret-0123456789-abcdefghijklmnop';
const OTHER = 'other-secret-0123456789-abcdefghijklmnop';
const T0 = 1_800_000_000_000; // ms
const exp = (s: number) => Math.floor(T0 / 1000) + s;

describe('signed role tokens', () => {
  it('round-trips claims, including extra fields', () => {
    const token = signToken({ sub: 'alice', role: 'enterprise', exp: exp(60), org: 'coop-1' }, SECRET);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    const r = verifyToken(token, SECRET, T0);
    expect(r).toEqual({ ok: true, claims: { sub: 'alice', role: 'enterprise', exp: exp(60), org: 'coop-1' } });
  });

  it('refuses a tampered payload or signature', () => {
    const token = signToken({ sub: 'bob', role: 'visitor', exp: exp(60) }, SECRET);
    const [payload, sig] = token.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ sub: 'bob', role: 'staff', exp: exp(60) })).toString('base64url');
    expect(verifyToken(`${forged}.${sig}`, SECRET, T0)).toEqual({ ok: false, reason: 'badSignature' });
    const flipped = sig.slice(0, -1) + (sig.endsWith('A') ? 'B' : 'A');
    expect(verifyToken(`${payload}.${flipped}`, SECRET, T0)).toEqual({ ok: false, reason: 'badSignature' });
    expect(verifyToken(`${payload}.${sig.slice(1)}`, SECRET, T0)).toEqual({ ok: false, reason: 'badSignature' });
  });

  it('refuses malformed input without throwing', () => {
    for (const bad of [undefined, null, 42, {}, '', 'abc', 'a.b.c', '.sig', 'x'.repeat(5000)]) {
      const r = verifyToken(bad, SECRET, T0);
      expect(r.ok).toBe(false);
    }
  });

  it('expires at exp (unix seconds) and not before', () => {
    const token = signToken({ sub: 'c', role: 'visitor', exp: exp(10) }, SECRET);
    expect(verifyToken(token, SECRET, T0 + 9_999).ok).toBe(true);
    expect(verifyToken(token, SECRET, T0 + 10_000)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a token signed with another secret', () => {
    const token = signToken({ sub: 'd', role: 'staff', exp: exp(60) }, OTHER);
    expect(verifyToken(token, SECRET, T0)).toEqual({ ok: false, reason: 'badSignature' });
  });

  it('refuses validly signed but invalid claims', () => {
    // Signed by us but with a role that does not exist: e.g. a future version's token.
    const payload = Buffer.from(JSON.stringify({ sub: 'e', role: 'root', exp: exp(60) })).toString('base64url');
    expect(verifyToken(`${payload}.${mac(SECRET, 'token', payload)}`, SECRET, T0)).toEqual({ ok: false, reason: 'invalidClaims' });
  });

});

describe('join tokens', () => {
  it('carry the guest id and role to the room, short-lived', () => {
    const guestId = newGuestId();
    const token = signJoinToken({ guestId, role: 'visitor' }, SECRET, T0);
    const r = verifyJoinToken(token, SECRET, T0 + 1000);
    expect(r.ok && r.identity).toEqual({ guestId, role: 'visitor' });
    expect(verifyJoinToken(token, SECRET, T0 + 11 * 60_000)).toEqual({ ok: false, reason: 'expired' });
    expect(verifyJoinToken(token, OTHER, T0)).toEqual({ ok: false, reason: 'badSignature' });
  });

  it("carry an enterprise member's booths, and a staff member's name", () => {
    const guestId = newGuestId();
    const host = verifyJoinToken(signJoinToken({ guestId, role: 'visitor', hostOf: ['nongnongi', 'danbi'] }, SECRET, T0), SECRET, T0);
    expect(host.ok && host.identity).toEqual({ guestId, role: 'visitor', hostOf: ['nongnongi', 'danbi'] });
    const staff = verifyJoinToken(signJoinToken({ guestId, role: 'staff', name: '민지' }, SECRET, T0), SECRET, T0);
    expect(staff.ok && staff.identity).toEqual({ guestId, role: 'staff', name: '민지' });
  });

  it('refuse a signed token that was not minted for joining', () => {
    const other = signToken({ sub: 'staff:x', role: 'staff', name: 'x', exp: exp(12 * 3600) }, SECRET);
    expect(verifyJoinToken(other, SECRET, T0)).toEqual({ ok: false, reason: 'notAJoinToken' });
  });
});

describe('guest cookie', () => {
  it('reads back what it signed, and nothing else', () => {
    const id = newGuestId();
    expect(id).toMatch(/^g_[A-Za-z0-9_-]{16}$/);
    const value = signGuestCookie(id, SECRET);
    expect(readGuestCookie(value, SECRET)).toBe(id);
    expect(readGuestCookie(value, OTHER)).toBeNull();
    expect(readGuestCookie(`${newGuestId()}.${value.split('.')[1]}`, SECRET)).toBeNull();
    expect(readGuestCookie(id, SECRET)).toBeNull();
    expect(readGuestCookie(undefined, SECRET)).toBeNull();
  });

  it('is parsed from a Cookie header among others', () => {
    const c = parseCookies(`a=1; ${GUEST_COOKIE}=g_x.y; b="2"`);
    expect(c.get(GUEST_COOKIE)).toBe('g_x.y');
    expect(c.get('b')).toBe('2');
  });
});
