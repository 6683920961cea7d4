/**
 * Messages between the server's main thread (pglite/client.ts) and the thread that owns PGlite
 * (pglite/worker.ts): a call of a repository method with its arguments, and its answer. Structured
 * clone carries them; both sides check the shape.
 */
import { z } from 'zod';
import { REPO_METHODS, REPO_NAMES } from '../repos.ts';

export const WorkerDataSchema = z.object({ dataDir: z.string().min(1) });

/** A repository method (`repo` names the repository), or `close` (no repository). */
export const CallSchema = z
  .object({
    id: z.number().int(),
    repo: z.enum(REPO_NAMES).optional(),
    method: z.string(),
    args: z.array(z.unknown()),
  })
  .refine((c) => (c.repo === undefined ? c.method === 'close' : (REPO_METHODS[c.repo] as readonly string[]).includes(c.method)), 'an unknown repository method');
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
