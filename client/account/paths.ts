import { isStaff, type Role } from '../../shared/api/account.ts';

/** Where an account starts: staff in /admin, enterprise members in /studio. */
export function homeOf(role: Role): string {
  return isStaff(role) ? '/admin' : '/studio';
}

const PROBE_ORIGIN = 'http://same.invalid';

/**
 * `?next=` only ever leads to a path of this site: an absolute or protocol-relative address
 * (`https://evil.example`, `//evil.example`, `/\evil.example`, which browsers read as `//`) is
 * dropped, so a sign-in link cannot send someone elsewhere after they typed their password.
 */
export function safeNext(next: string | null | undefined): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  let url: URL;
  try {
    url = new URL(next, PROBE_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PROBE_ORIGIN) return null;
  return url.pathname + url.search + url.hash;
}

/** The sign-in page that returns to `path` afterwards. */
export function loginHref(path: string): string {
  return `/login?next=${encodeURIComponent(path)}`;
}
