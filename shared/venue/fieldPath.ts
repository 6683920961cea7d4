/**
 * Where an edit lands in a booth: a dotted path of object keys into the booth's catalogue entry
 * (`name.ko`, `paragraphs`, `links`, `title.en`). Arrays are edited whole: an index would point at a
 * different item once the brochure adds or reorders one. A booth's identity and placement (`id`,
 * `programmeId`, `zoneId`) are not content and are never overlaid (staff place booths in /admin).
 */
import { z } from 'zod';

export const FieldPathSchema = z
  .string()
  .max(200)
  .regex(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$/, 'a dotted path of camelCase keys, e.g. name.ko')
  .refine((p) => !FIXED_FIELDS.has(p.split('.')[0] ?? ''), 'id, programmeId and zoneId are not editable content');
export type FieldPath = z.infer<typeof FieldPathSchema>;

const FIXED_FIELDS = new Set(['id', 'programmeId', 'zoneId']);

/** Optional and default wrappers hide the object a path walks into. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  return s;
}

/**
 * The schema of the field at `path` inside an object schema, or undefined when the path names no
 * field of it (a key the schema would strip, or a step into something that is not an object).
 */
export function fieldSchemaAt(schema: z.ZodType, path: FieldPath): z.ZodType | undefined {
  let s: z.ZodType | undefined = schema;
  for (const key of path.split('.')) {
    const inner: z.ZodType | undefined = s ? unwrap(s) : undefined;
    if (!(inner instanceof z.ZodObject)) return undefined;
    s = (inner.shape as Record<string, z.ZodType>)[key];
  }
  return s;
}
