import type { z } from 'zod';

/** A server-sent event's data checked by its schema: null when it is not JSON or not that shape (dropped). */
export function eventData<S extends z.ZodType>(m: MessageEvent<string>, schema: S): z.output<S> | null {
  let raw: unknown;
  try {
    raw = JSON.parse(m.data);
  } catch {
    return null;
  }
  const e = schema.safeParse(raw);
  return e.success ? e.data : null;
}
