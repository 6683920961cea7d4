/**
 * A request body checked against its shared zod schema: the data, or a 400 `{error:'invalid', fields}` already sent.
 */
import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import { jsonBody } from './jsonBody.ts';
import { sendAccountError } from './principal.ts';

/** jsonBody, unless an earlier router on the same path already parsed the body (a second pass would drop it). */
export const jsonOnce: RequestHandler = (req, res, next) => (typeof req.body === 'string' ? jsonBody(req, res, next) : next());

export function validBody<S extends z.ZodType>(schema: S, req: Request, res: Response): z.infer<S> | undefined {
  return validValue(schema, req.body, res);
}

/** Any request value (body, query, params) checked the same way: the data, or the 400 already sent. */
export function validValue<S extends z.ZodType>(schema: S, value: unknown, res: Response): z.infer<S> | undefined {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const fields = [...new Set(r.error.issues.map((i) => i.path.join('.') || '(body)'))];
  sendAccountError(res, 400, 'invalid', { fields });
  return undefined;
}
