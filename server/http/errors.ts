/**
 * How the HTTP side fails: always `{ "error": "<code>" }` with the status, never a stack, a message
 * or a file path (those go to the log). The codes are for programs; a person never reads them.
 */
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { ServerResponse } from 'node:http';
import type { Logger } from '../logger.ts';

export type HttpErrorCode = 'bad_request' | 'malformed_json' | 'unauthorized' | 'not_found' | 'too_large' | 'internal';

/** Writes the error body on a plain Node response too (the edge answers before express runs). */
export function sendError(res: Response | ServerResponse, status: number, code: HttpErrorCode): void {
  const body = JSON.stringify({ error: code });
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.setHeader('Cache-Control', 'no-store');
  res.end(body);
}

/** An error a route or middleware passes to next() when it knows the status and code. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: HttpErrorCode;
  constructor(status: number, code: HttpErrorCode) {
    super(code);
    this.status = status;
    this.code = code;
  }
}

/** The last route: anything no route answered (any method) is a JSON 404, not the SPA or HTML. */
export const notFound: RequestHandler = (_req, res) => sendError(res, 404, 'not_found');

interface HttpishError {
  status?: unknown;
  statusCode?: unknown;
  message?: unknown;
  stack?: unknown;
}

/** Status and code of a thrown error: express (a bad path) and serve-static put a 4xx in `status`. */
function classify(err: unknown): { status: number; code: HttpErrorCode } {
  if (err instanceof HttpError) return { status: err.status, code: err.code };
  const e = (typeof err === 'object' && err !== null ? err : {}) as HttpishError;
  const raw = Number(e.status ?? e.statusCode);
  const status = Number.isInteger(raw) && raw >= 400 && raw < 600 ? raw : 500;
  if (status >= 500) return { status: 500, code: 'internal' };
  if (status === 404) return { status, code: 'not_found' };
  return { status, code: 'bad_request' };
}

/**
 * The final express error handler. One log line per error: method, path (never the query, which can
 * carry a visitor's search or other personal text), status and the error's message; never the request
 * body. Client mistakes are `info` (bots probe all day), server faults `error` with the stack.
 */
export function errorHandler(log: Pick<Logger, 'info' | 'error'>): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const { status, code } = classify(err);
    const e = (typeof err === 'object' && err !== null ? err : {}) as HttpishError;
    const line = { method: req.method, path: req.path, status, code, error: String(e.message ?? err) };
    if (status >= 500) log.error({ ...line, stack: String(e.stack ?? '') }, 'http request failed');
    else log.info(line, 'http request refused');
    if (res.headersSent) {
      // Too late for a clean answer: cut the connection so the client sees a failure, not a truncation.
      res.destroy();
      return;
    }
    sendError(res, status, code);
  };
}
