/**
 * Request bodies are read in one place, here at the edge of the HTTP server, bounded, before
 * Colyseus or express see the request; the text goes on as `req.body`.
 *
 * Why here: Colyseus answers `/matchmake/*` ahead of express and reads the whole body into memory
 * with no limit (a 50 MB POST grew the process by 150 MB), unless `req.body` is already set (the
 * hook its serverless mode uses). And a limit per parser elsewhere would still read or drain a
 * streamed (chunked) body to its end before answering. Express routes parse the text with
 * `jsonBody` (jsonBody.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger.ts';
import { sendError } from './errors.ts';

/**
 * Join options are under 4 KB and staff requests under 1 KB: nothing else the app takes is larger.
 * A route that needs more (the picture upload) is named in `streamed` with its own limit.
 */
export const BODY_LIMIT_BYTES = 16 * 1024;

/**
 * A route that reads its own body, as a stream, after it has checked who is asking (so a stranger
 * cannot make the server buffer megabytes): the edge leaves the body unread and refuses only a
 * declared Content-Length past `limit`; the route reads with readBody() and the same limit.
 */
export interface StreamedBody {
  method: string;
  path: RegExp;
  limit: number;
}

/**
 * How long a connection whose body was refused stays open for the 413 to be read. Node reads the
 * rest of the body and drops it once the answer is written, so a body that ends in time leaves the
 * connection usable; one still coming is cut. With 2 s, http-fuzz's client saw ECONNRESET instead
 * of some 413s at load average 10+ on 2 cores: a busy client can take that long to read.
 */
const LINGER_MS = 5000;

/** A request as it leaves the edge: `body` holds the text of its body, if it had one. */
export type RequestWithText = IncomingMessage & { body?: string };

function hasBody(req: IncomingMessage): boolean {
  return Number(req.headers['content-length']) > 0 || req.headers['transfer-encoding'] !== undefined;
}

/**
 * The body's bytes; 'tooLarge' once it passes `limit` bytes (reading stops there, the stream is
 * paused); 'gone' if the client went away first.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'tooLarge' | 'gone'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: Buffer | 'tooLarge' | 'gone'): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
      if (result === 'tooLarge') req.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) finish('tooLarge');
      else chunks.push(chunk);
    };
    const onEnd = (): void => finish(Buffer.concat(chunks));
    const onClose = (): void => finish('gone');
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('close', onClose);
  });
}

/**
 * 413, then a lingering close. The client is usually still sending: closing at once would reset the
 * connection under the answer, and the client could see a broken pipe instead of the 413. So the
 * connection stays open long enough for the answer to be read (LINGER_MS), then is cut if the body
 * has not ended. Not `Connection: close`: Node would then close the socket as soon as the answer is
 * written, the very reset this avoids.
 */
export function refuseTooLarge(req: IncomingMessage, res: ServerResponse, log: Pick<Logger, 'info'>): void {
  // The same line the express error handler writes (errors.ts); the path without its query.
  log.info({ method: req.method, path: (req.url ?? '').split('?')[0], status: 413, code: 'too_large' }, 'http request refused');
  sendError(res, 413, 'too_large');
  res.once('finish', () => {
    if (req.complete) return;
    const cut = setTimeout(() => req.socket.destroy(), LINGER_MS).unref();
    const stop = (): void => clearTimeout(cut);
    req.once('end', stop);
    req.socket.once('close', stop);
  });
}

/**
 * The edge step: 413 for a body declared or streamed past `limit`; otherwise its text as `req.body`.
 * A `streamed` route's body is left unread, refused only when declared past its own limit.
 */
export function limitBodies(log: Pick<Logger, 'info'>, limit = BODY_LIMIT_BYTES, streamed: readonly StreamedBody[] = []) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const own = streamed.find((s) => s.method === req.method && s.path.test(path));
    if (Number(req.headers['content-length']) > (own?.limit ?? limit)) return refuseTooLarge(req, res, log);
    if (own || !hasBody(req)) return next();
    void readBody(req, limit).then((result) => {
      if (result === 'gone') return;
      if (result === 'tooLarge') return refuseTooLarge(req, res, log);
      (req as RequestWithText).body = result.toString('utf8');
      next();
    });
  };
}
