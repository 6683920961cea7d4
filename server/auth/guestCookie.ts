/**
 * The guest id cookie: `seeot_guest=<guestId>.<mac>`. The id is random and stable across reloads;
 * the MAC (purpose 'cookie', so it never verifies as a token) stops a visitor from picking someone
 * else's id to dodge a ban or wear their mute off on another person.
 */
import { randomBytes } from 'node:crypto';
import { mac, macEquals } from './tokens.ts';

export const GUEST_COOKIE = 'seeot_guest';
/** 400 days: the longest lifetime Chromium keeps a cookie for. */
export const GUEST_COOKIE_MAX_AGE_S = 400 * 24 * 3600;
const GUEST_ID = /^g_[A-Za-z0-9_-]{16}$/;

export function newGuestId(): string {
  return `g_${randomBytes(12).toString('base64url')}`;
}

export function isGuestId(value: unknown): value is string {
  return typeof value === 'string' && GUEST_ID.test(value);
}

export function signGuestCookie(guestId: string, secret: string): string {
  return `${guestId}.${mac(secret, 'cookie', guestId)}`;
}

/** The guest id when the cookie value is well-formed and signed by us, else null. */
export function readGuestCookie(value: string | undefined, secret: string): string | null {
  if (!value || value.length > 200) return null;
  const dot = value.lastIndexOf('.');
  if (dot < 0) return null;
  const id = value.slice(0, dot);
  if (!isGuestId(id)) return null;
  return macEquals(value.slice(dot + 1), mac(secret, 'cookie', id)) ? id : null;
}

/** Minimal Cookie header parser (no dependency for one cookie); first occurrence wins. */
export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!header) return out;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (!name || out.has(name)) continue;
    let v = part.slice(eq + 1).trim();
    if (v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1);
    out.set(name, v);
  }
  return out;
}

export function guestCookieHeader(value: string, secure: boolean): string {
  const attrs = [`${GUEST_COOKIE}=${value}`, 'Path=/', `Max-Age=${GUEST_COOKIE_MAX_AGE_S}`, 'HttpOnly', 'SameSite=Lax'];
  if (secure) attrs.push('Secure');
  return attrs.join('; ');
}
