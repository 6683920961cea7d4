/**
 * JSON bodies for express routes, parsed from the text the edge already read and bounded
 * (bodyLimit.ts), in place of express.json(), which would find the request already consumed.
 */
import type { RequestHandler } from 'express';
import type { RequestWithText } from './bodyLimit.ts';
import { HttpError } from './errors.ts';

/** `req.body` becomes the parsed JSON, or undefined when the request carried no JSON; 400 if malformed. */
export const jsonBody: RequestHandler = (req, _res, next) => {
  const text = (req as RequestWithText).body;
  req.body = undefined;
  if (typeof text !== 'string' || !req.is('application/json')) return next();
  try {
    req.body = JSON.parse(text);
  } catch {
    return next(new HttpError(400, 'malformed_json'));
  }
  next();
};
