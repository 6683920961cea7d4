/**
 * Security headers on every response. Written here rather than with helmet: the policy is one table,
 * it must also reach the responses Colyseus writes itself (matchmaking, CORS preflights), which
 * never pass through express, and HSTS must depend on the request's scheme.
 */
import type { RequestHandler } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * What the app loads, all from its own origin: the built scripts (no inline script in index.html),
 * stylesheets (React styles through the DOM, which CSP does not restrict), the bundled fonts, data:
 * and blob: images (three.js textures, the inline SVG icon), and fetch. WebSockets may go to any
 * host: with REDIS_URL a joiner is sent to another process's PUBLIC_ADDRESS, known only at join
 * time, and Safari before 16 does not count ws: to the page's own host as 'self'. Media from the
 * origin and blob: (hls.js plays a live's HLS rendition through a MediaSource, whose URL is blob:).
 * No workers (hls.js runs without its worker) or frames.
 * To extend it, add the source to its directive and say why here (docs/operations.md, "HTTP edge").
 */
const CSP_DIRECTIVES = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self'", 'data:', 'blob:'],
  ['font-src', "'self'"],
  ['media-src', "'self'", 'blob:'],
  ['connect-src', "'self'", 'ws:', 'wss:'],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/**
 * The policy, with `styleHashes` ('sha256-…') added to style-src: a server-rendered page inlines its
 * stylesheet and font faces in <style> elements and allows exactly those (server/http/ssr.ts); no
 * 'unsafe-inline', and style attributes stay refused.
 */
export function contentSecurityPolicy(styleHashes: readonly string[] = []): string {
  return CSP_DIRECTIVES.map((d) => (d[0] === 'style-src' ? [...d, ...styleHashes.map((h) => `'${h}'`)] : d).join(' ')).join('; ');
}

const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** The headers every response carries, whatever answers it. */
const SECURITY_HEADERS: [string, string][] = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['X-Content-Type-Options', 'nosniff'],
  // frame-ancestors for current browsers, X-Frame-Options for the rest.
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  // Camera and microphone for this origin's own pages only: /studio's live broadcast (a member may
  // reach it by a link inside the app, so the document's policy is whichever page loaded first).
  // No frame may use them (frame-ancestors and X-Frame-Options forbid framing us anyway).
  ['Permissions-Policy', 'camera=(self), microphone=(self), geolocation=()'],
];

/** The edge step that sets them before Colyseus or express answer. */
export function setSecurityHeaders(_req: IncomingMessage, res: ServerResponse, next: () => void): void {
  for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
  next();
}

/**
 * HSTS only on HTTPS responses (browsers ignore it over HTTP, and a development server must not pin
 * itself): `req.secure` is true over TLS, or behind a trusted proxy that says X-Forwarded-Proto:
 * https. One year, without includeSubDomains: the fair does not own its domain's other hosts.
 */
export const strictTransportSecurity: RequestHandler = (req, res, next) => {
  if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000');
  next();
};
