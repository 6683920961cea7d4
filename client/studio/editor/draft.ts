/**
 * The editor's form state and what a save sends. A draft is what the form holds (strings for number
 * inputs, the description as one text); `fieldValues` turns it into each editable field's value as
 * the API stores it (null: the optional field is removed), and a save sends only the fields whose
 * value differs from the booth as saved. Pure: the page and the unit test share it.
 */
import type { BoothEntry, FieldEdit } from '../../../shared/api/studio.ts';
import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import type { Enterprise } from '../../../shared/schemas/enterprise.ts';
import type { CertificationType, ProductCategory } from '../../../shared/schemas/procurement.ts';
import type { Programme } from '../../../shared/schemas/programme.ts';

export interface ProductDraft {
  name: string;
  price: string;
  stock: string;
  shopUrl: string;
  images: string[];
}

export interface CertificationDraft {
  type: CertificationType;
  number: string;
  date: string;
}

export interface Draft {
  name: { ko: string; en: string };
  tagline: string;
  /** Paragraphs joined by a blank line. */
  description: string;
  colorIndex: number | null;
  logo: string | null;
  images: { mediaId: string; alt: string }[];
  links: { label: string; href: string }[];
  products: ProductDraft[];
  certifications: CertificationDraft[];
  priorityPurchase: boolean;
  categories: ProductCategory[];
  listingUrl: string;
}

export function draftOf(booth: BoothEntry): Draft {
  const e = booth.entry;
  const common = {
    tagline: e.tagline ?? '',
    colorIndex: e.colorIndex ?? null,
    logo: e.logo ?? null,
    images: (e.images ?? []).map((i) => ({ mediaId: i.mediaId, alt: i.alt ?? '' })),
    links: (e.links ?? []).map((l) => ({ ...l })),
  };
  if (booth.kind === 'programme') {
    return { ...common, name: { ...booth.entry.title }, description: booth.entry.intro.join('\n\n'), products: [], certifications: [], priorityPurchase: false, categories: [], listingUrl: '' };
  }
  const ent = booth.entry;
  const p = ent.procurement;
  return {
    ...common,
    name: { ...ent.name },
    description: ent.paragraphs.join('\n\n'),
    products: (ent.products ?? []).map((x) => ({ name: x.name, price: x.priceWon?.toString() ?? '', stock: x.stock?.toString() ?? '', shopUrl: x.shopUrl ?? '', images: [...x.images] })),
    certifications: (p?.certifications ?? []).map((c) => ({ type: c.type, number: c.number ?? '', date: c.date ?? '' })),
    priorityPurchase: p?.priorityPurchase ?? false,
    categories: [...(p?.categories ?? [])],
    listingUrl: p?.listingUrl ?? '',
  };
}

/** A blank line (spaces allowed) between paragraphs; single line breaks stay inside a paragraph. */
export const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

/** A number field as typed: a whole number stays a number, anything else is sent as typed so the server names the field. */
const wholeNumber = (s: string): number | string | undefined => (s.trim() === '' ? undefined : /^\d+$/.test(s.trim()) ? Number(s.trim()) : s);

const omitEmpty = <T extends Record<string, unknown>>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;

/** Each editable field's value as the API takes it, for the booth's kind. */
export function fieldValues(kind: BoothEntry['kind'], d: Draft): Record<string, unknown> {
  const values: Record<string, unknown> = {
    [kind === 'enterprise' ? 'name' : 'title']: { ko: d.name.ko.trim(), en: d.name.en.trim() },
    tagline: d.tagline.trim() || null,
    [kind === 'enterprise' ? 'paragraphs' : 'intro']: paragraphsOf(d.description),
    colorIndex: d.colorIndex,
    logo: d.logo,
    images: d.images.length > 0 ? d.images.map((i) => omitEmpty({ mediaId: i.mediaId, alt: i.alt.trim() })) : null,
    // Enterprises always have a link list (the brochure's, possibly empty); a programme's is optional.
    links: d.links.length > 0 || kind === 'enterprise' ? d.links.map((l) => ({ label: l.label.trim(), href: l.href.trim() })) : null,
  };
  if (kind === 'programme') return values;
  values.products =
    d.products.length > 0
      ? d.products.map((p) => omitEmpty({ name: p.name.trim(), priceWon: wholeNumber(p.price), stock: wholeNumber(p.stock), shopUrl: p.shopUrl.trim(), images: p.images }))
      : null;
  const stated = d.certifications.length > 0 || d.priorityPurchase || d.categories.length > 0 || d.listingUrl.trim() !== '';
  values.procurement = stated
    ? omitEmpty({
        certifications: d.certifications.map((c) => omitEmpty({ type: c.type, number: c.number.trim(), date: c.date })),
        priorityPurchase: d.priorityPurchase,
        categories: d.categories,
        listingUrl: d.listingUrl.trim(),
      })
    : null;
  return values;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields of `draft` that differ from the booth as saved: what a save sends. */
export function changedFields(saved: BoothEntry, draft: Draft): FieldEdit[] {
  const before = fieldValues(saved.kind, draftOf(saved));
  const after = fieldValues(saved.kind, draft);
  return Object.keys(after)
    .filter((path) => !same(before[path], after[path]))
    .map((path) => ({ path, value: (after[path] ?? null) as FieldEdit['value'] }));
}

/** The booth with the draft laid over it, for the preview (null removes a field, as the server does). */
export function previewEntry(saved: BoothEntry, draft: Draft): BoothEntry {
  const entry: Record<string, unknown> = { ...saved.entry };
  for (const f of changedFields(saved, draft)) {
    if (f.value === null) delete entry[f.path];
    else entry[f.path] = f.value;
  }
  return saved.kind === 'enterprise' ? { kind: 'enterprise', entry: entry as Enterprise } : { kind: 'programme', entry: entry as Programme };
}

/** The venue with one booth's entry replaced: what BoothContent renders for the preview. */
export function withEntry(venue: Catalogue, booth: BoothEntry): Catalogue {
  if (booth.kind === 'enterprise') return { ...venue, enterprises: venue.enterprises.map((e) => (e.id === booth.entry.id ? booth.entry : e)) };
  return {
    ...venue,
    valueChain: {
      ...venue.valueChain,
      activities: venue.valueChain.activities.map((a) => ({
        ...a,
        stages: a.stages.map((s) => ({ ...s, programmes: s.programmes.map((p) => (p.id === booth.entry.id ? booth.entry : p)) })),
      })),
    },
  };
}

/** A field's stored value as a line of text, for the conflict and approval views (rendered as text, never HTML). */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('\n\n');
  return JSON.stringify(value, null, 1);
}

/** Which parts of the form hold each field. */
const FORM_KEYS: Record<string, (keyof Draft)[]> = {
  name: ['name'],
  title: ['name'],
  tagline: ['tagline'],
  paragraphs: ['description'],
  intro: ['description'],
  colorIndex: ['colorIndex'],
  logo: ['logo'],
  images: ['images'],
  links: ['links'],
  products: ['products'],
  procurement: ['certifications', 'priorityPurchase', 'categories', 'listingUrl'],
};

/** `draft` with the form parts of `path` taken from `from`. */
export function takeField(draft: Draft, from: Draft, path: string): Draft {
  const next = { ...draft } as Record<keyof Draft, unknown>;
  for (const k of FORM_KEYS[path] ?? []) next[k] = from[k];
  return next as Draft;
}

export interface Conflict {
  path: string;
  theirs: unknown;
  mine: unknown;
}

/**
 * After a stale save: the draft moved onto the booth as saved now — what the member changed stays
 * theirs to keep, every other field follows the newer save (so saving again cannot undo it) — and
 * the fields both changed differently, to show side by side.
 */
export function rebase(base: BoothEntry, current: BoothEntry, draft: Draft): { draft: Draft; conflicts: Conflict[] } {
  const mine = changedFields(base, draft);
  const theirs = fieldValues(current.kind, draftOf(current));
  let next = draftOf(current);
  for (const f of mine) next = takeField(next, draft, f.path);
  const conflicts = mine.filter((f) => !same(theirs[f.path], f.value)).map((f) => ({ path: f.path, theirs: theirs[f.path] ?? null, mine: f.value }));
  return { draft: next, conflicts };
}
