import { z } from 'zod';

/** A required text field of a public form: trimmed, its problems as the codes the forms show (`required`, `too_long`). */
export const requiredText = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(max, { error: 'too_long' });
