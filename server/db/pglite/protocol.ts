/**
 * Messages between the server's main thread (pglite/client.ts) and the thread that owns PGlite
 * (pglite/worker.ts): a call of a repository method with its arguments, and its answer. Structured
 * clone carries them; both sides check the shape.
 */
import { z } from 'zod';
import { VENUE_REPO_METHODS } from '../venueRepo.ts';

export const WorkerDataSchema = z.object({ dataDir: z.string().min(1) });

export const CallSchema = z.object({
  id: z.number().int(),
  method: z.enum([...VENUE_REPO_METHODS, 'close']),
  args: z.array(z.unknown()),
});
export type Call = z.infer<typeof CallSchema>;

export const AnswerSchema = z.union([
  z.object({ id: z.number().int(), ok: z.literal(true), result: z.unknown() }),
  z.object({ id: z.number().int(), ok: z.literal(false), error: z.string() }),
]);
export type Answer = z.infer<typeof AnswerSchema>;

/** The worker's first message: the database is open and migrated, or why not. */
export const OpenedSchema = z.union([
  z.object({ opened: z.literal(true) }),
  /** `operator`: a DatabaseError, whose message says what to fix (printed as it is). */
  z.object({ opened: z.literal(false), error: z.string(), operator: z.boolean() }),
]);
export type Opened = z.infer<typeof OpenedSchema>;
