/**
 * The built client's files, sent as they lie on disk. The build writes `<file>.br` and `<file>.gz`
 * beside each text file (scripts/vite/precompress.ts); a request whose Accept-Encoding allows one
 * gets it, with the original's Content-Type, `Content-Encoding` and `Vary: Accept-Encoding`. Nothing
 * is compressed per request: that cost would fall on the process that runs the 20 Hz halls.
 * Fonts, and any file the build left without a variant, go out as they are.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { HttpError } from './errors.ts';

type Coding = 'br' | 'gzip';

/** The file beside the original that holds each coding, in the server's order of preference. */
const VARIANTS: readonly (readonly [Coding, string])[] = [
  ['br', '.br'],
  ['gzip', '.gz'],
];

/**
 * The codings of `header` (an Accept-Encoding value) this server has, best first: by q-value, then
 * Brotli before gzip (smaller). `*` stands for any coding not named; `q=0` refuses one.
 */
export function acceptedCodings(header: string | undefined): Coding[] {
  if (!header) return [];
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name !== '' && Number.isFinite(weight)) weights.set(name, weight);
  }
  const weightOf = (c: Coding): number => weights.get(c) ?? (c === 'gzip' ? weights.get('x-gzip') : undefined) ?? weights.get('*') ?? 0;
  return VARIANTS.map(([c]) => c)
    .filter((c) => weightOf(c) > 0)
    .sort((a, b) => weightOf(b) - weightOf(a));
}

export interface SendOptions {
  /** Cache-Control max-age (ms or a string such as '1y'); ignored when `cacheControl` is false. */
  maxAge?: number | string;
  immutable?: boolean;
  /** false: the caller sets Cache-Control itself. */
  cacheControl?: boolean;
}

const fileStat = (path: string): Promise<Stats | null> =>
  stat(path).then(
    (s) => (s.isFile() ? s : null),
    () => null,
  );

/**
 * Sends `file` (an absolute path that exists), or the variant of it the request accepts best.
 * Conditional requests and HEAD are send's (express' res.sendFile): each variant has its own ETag.
 */
export function sendPrecompressed(req: Request, res: Response, next: NextFunction, file: string, options: SendOptions = {}): void {
  Promise.all(VARIANTS.map(async ([coding, suffix]) => ((await fileStat(file + suffix)) ? coding : null)))
    .then((present) => send(req, res, next, file, new Set(present.filter((c) => c !== null)), options))
    .catch(next);
}

function send(req: Request, res: Response, next: NextFunction, file: string, available: ReadonlySet<Coding>, options: SendOptions): void {
  // Caches must keep one copy per coding wherever the answer could have differed.
  if (available.size > 0) res.vary('Accept-Encoding');
  const coding = acceptedCodings(req.headers['accept-encoding']).find((c) => available.has(c));
  res.type(extname(file));
  const suffix = VARIANTS.find(([c]) => c === coding)?.[1] ?? '';
  res.sendFile(
    file + suffix,
    {
      ...options,
      dotfiles: 'allow',
      // A byte range of the compressed bytes is not what a client asking for a range means.
      acceptRanges: coding === undefined,
      // Set only once the file is really sent: an error answer must not claim an encoding.
      ...(coding ? { headers: { 'Content-Encoding': coding } } : {}),
    },
    (err?: Error) => {
      if (err && !res.headersSent) next(err);
    },
  );
}

export interface ServeOptions extends SendOptions {
  /** false: a path with no file is a 404 error (for /assets), not the next route's business. */
  fallthrough?: boolean;
}

/** The file under `root` a request path names, or null for one that leaves it or names a dotfile. */
function fileUnder(root: string, path: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = normalize(decoded).replace(/^[/\\]+/, '');
  if (relative === '' || relative.split(/[/\\]/).some((segment) => segment.startsWith('.') || segment === '')) return null;
  const file = join(root, relative);
  return file.startsWith(root + sep) ? file : null;
}

/** express.static's job for GET and HEAD under `root`, with the precompressed variants. */
export function servePrecompressed(root: string, options: ServeOptions = {}): RequestHandler {
  const { fallthrough = true, ...sendOptions } = options;
  const missing = (next: NextFunction): void => (fallthrough ? next() : next(new HttpError(404, 'not_found')));
  return (req, res, next) => {
    // Other methods meet the app's JSON 404, as any unknown route does.
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = fileUnder(root, req.path);
    if (!file) return missing(next);
    void fileStat(file).then((found) => (found ? sendPrecompressed(req, res, next, file, sendOptions) : missing(next)));
  };
}
