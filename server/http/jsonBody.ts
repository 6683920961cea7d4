/**
 * JSON bodies for express routes, parsed from the text the edge already read and bounded
 * (bodyLimit.ts), in place of express.json(), which would find the request already consumed.
 */
import type { RequestHandler } from 'express';
import type { RequestWithText } from './bodyLimit.ts';
import { HttpError } from './errors.ts';

/** Thrown by the reviver: a string or key holding U+0000, which no field takes and PostgreSQL text and jsonb cannot store. */
class NulInString extends Error {}

const noNul = (key: string, value: unknown): unknown => {
  if (key.includes('\u0000') || (typeof value === 'string' && value.includes('\u0000'))) throw new NulInString();
  return value;
};

/**
 * `req.body` becomes the parsed JSON, or undefined when the request carried no JSON; 400 if
 * malformed, or `bad_request` if a string or key in it holds U+0000 (a query with it would fail as a 500).
 */
export const jsonBody: RequestHandler = (req, _res, next) => {
  const text = (req as RequestWithText).body;
  req.body = undefined;
  if (typeof text !== 'string' || !req.is('application/json')) return next();
  try {
    req.body = JSON.parse(text, noNul);
  } catch (e) {
    return next(new HttpError(400, e instanceof NulInString ? 'bad_request' : 'malformed_json'));
  }
  next();
};
