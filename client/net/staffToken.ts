/**
 * The staff token, handed over once as `?staff=<token>` (what `npm run staff:token` prints): kept
 * for this tab in sessionStorage and taken out of the address bar, so it is not bookmarked, shared
 * in a link or caught in a screenshot. The hall connection sends it to `GET /api/session` as
 * `Authorization: Bearer <token>`, which then issues a staff join token; the moderation overlay
 * checks it with `GET /api/staff/me`. Never sent to any other origin.
 */
export const STAFF_TOKEN_KEY = 'seeot.staffToken';
const PARAM = 'staff';
/** Tokens are base64url payload + '.' + MAC; anything else is not worth storing. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{10,2000}\.[A-Za-z0-9_-]{20,100}$/;

let cached: string | null | undefined;

function fromUrl(): string | null {
  if (typeof location === 'undefined') return null;
  const url = new URL(location.href);
  const t = url.searchParams.get(PARAM);
  if (t === null) return null;
  url.searchParams.delete(PARAM);
  try {
    history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
  } catch {
    // Sandboxed frames can refuse; the token still works for this page.
  }
  return TOKEN_SHAPE.test(t) ? t : null;
}

/** The staff token for this tab, or null (a visitor). */
export function getStaffToken(): string | null {
  if (cached !== undefined) return cached;
  const given = fromUrl();
  try {
    if (given) sessionStorage.setItem(STAFF_TOKEN_KEY, given);
    cached = given ?? sessionStorage.getItem(STAFF_TOKEN_KEY);
  } catch {
    cached = given; // storage blocked: good for this page only
  }
  if (cached !== null && !TOKEN_SHAPE.test(cached)) cached = null;
  return cached;
}

/** Forget it (an expired or refused token: the overlay says so and the visitor carries on as a visitor). */
export function clearStaffToken(): void {
  cached = null;
  try {
    sessionStorage.removeItem(STAFF_TOKEN_KEY);
  } catch {
    // nothing stored
  }
}

/** Headers for same-origin staff requests (empty for visitors). */
export function staffHeaders(): Record<string, string> {
  const t = getStaffToken();
  return t ? { Authorization: `Bearer ${t}` } : {};
}
