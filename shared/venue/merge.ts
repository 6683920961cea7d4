/**
 * The venue visitors see: the brochure catalogue in the code with the edits stored in the database
 * laid over it, field by field. The rules:
 * - a field nobody edited follows the catalogue in the code, so a corrected brochure reading reaches
 *   every venue the next time it starts;
 * - an edited field keeps its edit, whatever a newer catalogue says of that field;
 * - an edit that no longer fits (its booth left the brochure, the schema dropped or retyped its
 *   field) is left out and reported, never half-applied: the rest of the venue still shows.
 * Booths staff create in /admin have no catalogue entry: their stored base entry (name, programme or
 * none, icon, paragraphs …) is checked by the same schema, overlaid the same way, and stands after
 * the brochure's enterprises. Staff also place enterprise booths in a stage's zone (`zoneId`).
 * Pure: the server caches the result and recomputes it when the database says something changed.
 */
import { ENTERPRISE_ZONE_ID, type BoothKind } from '../catalogue/booths.ts';
import { validateCatalogue } from '../catalogue/validate.ts';
import type { Catalogue } from '../schemas/catalogue.ts';
import { EnterpriseSchema, type Enterprise } from '../schemas/enterprise.ts';
import { ProgrammeSchema } from '../schemas/programme.ts';
import { fieldSchemaAt, FieldPathSchema } from './fieldPath.ts';

/** One edited field of one booth, as stored: `value` null removes an optional field. */
export interface BoothOverride {
  boothId: string;
  path: string;
  value: unknown;
}

/** A booth's row as stored: where it stands and, for one staff created, its base entry (null for the brochure's). */
export interface StoredBooth {
  id: string;
  kind: BoothKind;
  zoneId: string;
  entry: unknown;
}

export type SkipReason = 'unknown_booth' | 'unknown_field' | 'invalid_value' | 'invalid_entry' | 'unknown_zone';

export interface SkippedOverride {
  boothId: string;
  path: string;
  reason: SkipReason;
}

export interface MergedVenue {
  venue: Catalogue;
  skipped: SkippedOverride[];
}

/** `target` with `value` at `path` (a new object at each step; null deletes the last key). */
function setAt(target: Record<string, unknown>, keys: readonly string[], value: unknown): Record<string, unknown> {
  const [key, ...rest] = keys;
  if (key === undefined) return target;
  const copy = { ...target };
  if (rest.length === 0) {
    if (value === null) delete copy[key];
    else copy[key] = value;
    return copy;
  }
  const child = copy[key];
  copy[key] = setAt(typeof child === 'object' && child !== null && !Array.isArray(child) ? (child as Record<string, unknown>) : {}, rest, value);
  return copy;
}

/**
 * Lays `overrides` over one booth, each checked against the booth's schema: a whole field before
 * the fields inside it (`name` before `name.ko`), so the more specific edit wins.
 */
function overlayBooth<T>(
  booth: T,
  schema: typeof EnterpriseSchema | typeof ProgrammeSchema,
  overrides: readonly BoothOverride[],
  skipped: SkippedOverride[],
): T {
  let current = booth as Record<string, unknown>;
  for (const o of [...overrides].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const path = FieldPathSchema.safeParse(o.path);
    if (!path.success || !fieldSchemaAt(schema, path.data)) {
      skipped.push({ boothId: o.boothId, path: o.path, reason: 'unknown_field' });
      continue;
    }
    const next = schema.safeParse(setAt(current, path.data.split('.'), o.value));
    if (!next.success) {
      skipped.push({ boothId: o.boothId, path: o.path, reason: 'invalid_value' });
      continue;
    }
    current = next.data;
  }
  return current as T;
}

/**
 * The enterprise entry a stored booth stands for without the catalogue: its base entry with its id
 * and placement, whole or not at all (a programme or zone the venue lacks would make the venue invalid).
 */
function storedEnterprise(b: StoredBooth, programmeIds: ReadonlySet<string>, skipped: SkippedOverride[]): Enterprise | undefined {
  const base = typeof b.entry === 'object' && b.entry !== null && !Array.isArray(b.entry) ? b.entry : {};
  const parsed = EnterpriseSchema.safeParse({ ...base, id: b.id });
  if (!parsed.success || (parsed.data.programmeId !== undefined && !programmeIds.has(parsed.data.programmeId))) {
    skipped.push({ boothId: b.id, path: 'entry', reason: 'invalid_entry' });
    return undefined;
  }
  // The row says where it stands, never the stored entry.
  const entry = { ...parsed.data };
  delete entry.zoneId;
  return entry;
}

/** `e` placed where its row says: a stage of the venue, or (absent) the enterprise hall. */
function placed(e: Enterprise, row: StoredBooth | undefined, stageIds: ReadonlySet<string>, skipped: SkippedOverride[]): Enterprise {
  if (row === undefined || row.zoneId === ENTERPRISE_ZONE_ID) return e;
  if (!stageIds.has(row.zoneId)) {
    skipped.push({ boothId: e.id, path: 'zoneId', reason: 'unknown_zone' });
    return e;
  }
  return { ...e, zoneId: row.zoneId };
}

/**
 * The per-booth steps both mergeVenue and remergeBooth run, so a booth merged alone is the booth
 * the whole venue's merge makes. The context is what a booth needs of the rest of the venue.
 */
interface BoothContext {
  stageIds: ReadonlySet<string>;
  programmeIds: ReadonlySet<string>;
  inCatalogue: ReadonlySet<string>;
  rows: ReadonlyMap<string, StoredBooth>;
}

function boothContext(catalogue: Catalogue, stored: readonly StoredBooth[]): BoothContext {
  const stages = catalogue.valueChain.activities.flatMap((a) => a.stages);
  const programmeIds = new Set(stages.flatMap((st) => st.programmes.map((p) => p.id)));
  return {
    stageIds: new Set(stages.map((st) => st.id)),
    programmeIds,
    inCatalogue: new Set([...programmeIds, ...catalogue.enterprises.map((e) => e.id)]),
    rows: new Map(stored.map((b) => [b.id, b])),
  };
}

/** A staff-created booth's enterprise before its edits; undefined for a brochure booth or an entry that does not fit. */
function createdBase(b: StoredBooth, ctx: BoothContext, skipped: SkippedOverride[]): Enterprise | undefined {
  if (b.kind !== 'enterprise' || b.entry === null || ctx.inCatalogue.has(b.id)) return undefined;
  return storedEnterprise(b, ctx.programmeIds, skipped);
}

function mergeEnterprise(e: Enterprise, ctx: BoothContext, overrides: readonly BoothOverride[], skipped: SkippedOverride[]): Enterprise {
  return overlayBooth(placed(e, ctx.rows.get(e.id), ctx.stageIds, skipped), EnterpriseSchema, overrides, skipped);
}

export function mergeVenue(catalogue: Catalogue, overrides: readonly BoothOverride[], stored: readonly StoredBooth[] = []): MergedVenue {
  const byBooth = new Map<string, BoothOverride[]>();
  for (const o of overrides) byBooth.set(o.boothId, [...(byBooth.get(o.boothId) ?? []), o]);
  const skipped: SkippedOverride[] = [];
  const take = (id: string): BoothOverride[] => {
    const list = byBooth.get(id) ?? [];
    byBooth.delete(id);
    return list;
  };
  const ctx = boothContext(catalogue, stored);
  const created = stored.flatMap((b) => {
    const e = createdBase(b, ctx, skipped);
    return e ? [e] : [];
  });
  const merged: Catalogue = {
    ...catalogue,
    valueChain: {
      ...catalogue.valueChain,
      activities: catalogue.valueChain.activities.map((a) => ({
        ...a,
        stages: a.stages.map((s) => ({
          ...s,
          programmes: s.programmes.map((p) => overlayBooth(p, ProgrammeSchema, take(p.id), skipped)),
        })),
      })),
    },
    enterprises: [...catalogue.enterprises, ...created].map((e) => mergeEnterprise(e, ctx, take(e.id), skipped)),
  };
  for (const [boothId, list] of byBooth) for (const o of list) skipped.push({ boothId, path: o.path, reason: 'unknown_booth' });
  // Booth-level checks passed; this one re-checks what spans booths (unique ids, programme links).
  return { venue: validateCatalogue(merged), skipped };
}

/**
 * `venue` (mergeVenue's, closed booths maybe left out) with one booth merged again over `overrides`
 * (all of that booth's, as stored): what a save of one booth's fields changes, by the same per-booth
 * steps as mergeVenue and in a fraction of its time. The booth is a new object and so are the arrays
 * and parents holding it; the rest of the venue is shared. Ids, programme links and placement are
 * not editable fields, so what validateCatalogue checks across booths holds as it did. `skipped`
 * names this booth's left-out edits only.
 */
export function remergeBooth(
  catalogue: Catalogue,
  venue: Catalogue,
  stored: readonly StoredBooth[],
  boothId: string,
  overrides: readonly BoothOverride[],
): MergedVenue {
  const skipped: SkippedOverride[] = [];
  for (const a of catalogue.valueChain.activities)
    for (const s of a.stages)
      for (const p of s.programmes) {
        if (p.id !== boothId) continue;
        const merged = overlayBooth(p, ProgrammeSchema, overrides, skipped);
        const activities = venue.valueChain.activities.map((va) =>
          va.stages.some((vs) => vs.programmes.some((vp) => vp.id === boothId))
            ? { ...va, stages: va.stages.map((vs) => (vs.programmes.some((vp) => vp.id === boothId) ? { ...vs, programmes: vs.programmes.map((vp) => (vp.id === boothId ? merged : vp)) } : vs)) }
            : va,
        );
        return { venue: { ...venue, valueChain: { ...venue.valueChain, activities } }, skipped };
      }
  const ctx = boothContext(catalogue, stored);
  const row = ctx.rows.get(boothId);
  const base = catalogue.enterprises.find((e) => e.id === boothId) ?? (row ? createdBase(row, ctx, skipped) : undefined);
  if (base === undefined) {
    for (const o of overrides) skipped.push({ boothId, path: o.path, reason: 'unknown_booth' });
    return { venue, skipped };
  }
  const merged = mergeEnterprise(base, ctx, overrides, skipped);
  // A closed booth is not in the venue: its edits are checked and wait for it to open.
  const at = venue.enterprises.findIndex((e) => e.id === boothId);
  return { venue: at < 0 ? venue : { ...venue, enterprises: venue.enterprises.with(at, merged) }, skipped };
}
