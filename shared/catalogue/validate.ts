import type { z } from 'zod';
import { CatalogueSchema } from '../schemas/catalogue.ts';
import type { Catalogue } from '../schemas/catalogue.ts';

/** A catalogue that does not match the schema; the message names every bad path, one per line. */
export class CatalogueError extends Error {
  readonly issues: { path: string; message: string }[];
  constructor(issues: { path: string; message: string }[]) {
    super(`invalid catalogue:\n${issues.map((i) => `  ${i.path || '(root)'}: ${i.message}`).join('\n')}`);
    this.name = 'CatalogueError';
    this.issues = issues;
  }
}

/** Dotted path as authors read it: valueChain.activities.0.stages.0.programmes.0.title */
export function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join('.');
}

/**
 * Parses and validates a catalogue. Unlike a bare `CatalogueSchema.parse`, the thrown error says in
 * plain text which field is wrong, so a typo in shared/catalogue/data stops the server at boot with
 * a message that points at the file to fix.
 */
export function validateCatalogue(input: unknown): Catalogue {
  const result = CatalogueSchema.safeParse(input);
  if (result.success) return result.data;
  throw new CatalogueError(result.error.issues.map((i) => ({ path: issuePath(i), message: i.message })));
}
