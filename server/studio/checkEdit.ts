/**
 * Whether a save fits its booth: each path one of the fields /studio edits (shared/api/studio.ts),
 * each value within the edit's rules, and the booth with all of them laid over it still a valid
 * catalogue entry (the check the venue's merge makes, so nothing saved here is later left out).
 */
import type { z } from 'zod';
import { EDITABLE_FIELDS, type EditableKind, type FieldEdit } from '../../shared/api/studio.ts';
import { EnterpriseSchema } from '../../shared/schemas/enterprise.ts';
import { LinkSchema, type Link } from '../../shared/schemas/link.ts';
import { ProgrammeSchema } from '../../shared/schemas/programme.ts';

export type EditCheck = { ok: true; fields: FieldEdit[] } | { ok: false; paths: string[] };

const sameLink = (a: Link, b: Link) => a.label === b.label && a.href === b.href;

/**
 * The value an edit stores for one field, or undefined when it does not fit. Links the booth already
 * has (the brochure's tel: and mailto: among them) may stay; a link added in an edit is https only.
 */
function checkField(schema: z.ZodType, path: string, value: unknown, entry: Record<string, unknown>): { value: unknown } | undefined {
  if (value === null) return schema.safeParse(undefined).success ? { value: null } : undefined;
  if (path === 'links' && Array.isArray(value)) {
    const kept = (entry.links as Link[] | undefined) ?? [];
    const isKept = (v: unknown) => {
      const l = LinkSchema.safeParse(v);
      return l.success && kept.some((k) => sameLink(k, l.data));
    };
    const added = schema.safeParse(value.filter((v) => !isKept(v)));
    return added.success ? { value } : undefined;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? { value: parsed.data } : undefined;
}

export function checkEdit(kind: EditableKind, entry: object, fields: readonly FieldEdit[]): EditCheck {
  const editable: Record<string, z.ZodType> = EDITABLE_FIELDS[kind];
  const current = entry as Record<string, unknown>;
  const bad: string[] = [];
  const checked: FieldEdit[] = [];
  const next: Record<string, unknown> = { ...current };
  for (const f of fields) {
    const schema = Object.hasOwn(editable, f.path) ? editable[f.path] : undefined;
    const field = schema && checkField(schema, f.path, f.value, current);
    if (!field) {
      bad.push(f.path);
      continue;
    }
    checked.push({ path: f.path, value: field.value as FieldEdit['value'] });
    if (field.value === null) delete next[f.path];
    else next[f.path] = field.value;
  }
  if (bad.length > 0) return { ok: false, paths: bad };
  const whole = (kind === 'enterprise' ? EnterpriseSchema : ProgrammeSchema).safeParse(next);
  if (!whole.success) return { ok: false, paths: [...new Set(whole.error.issues.map((i) => String(i.path[0] ?? '')))] };
  return { ok: true, fields: checked };
}
