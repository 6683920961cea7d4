/**
 * The one place the server gets the venue from: the brochure in the code merged with the edits in
 * the database (shared/venue/merge.ts), cached, and reloaded when the database's venue version
 * moves — at once after a write through this service, within RECHECK_MS after one made by another
 * process on the same PostgreSQL (sooner with venueWatch.ts, which also tells listeners of each change).
 */
import { z } from 'zod';
import { ENTERPRISE_ZONE_ID, listBooths } from '../../shared/catalogue/booths.ts';
import { fixtureCatalogue } from '../../shared/catalogue/fixture.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import type { Localized } from '../../shared/schemas/localized.ts';
import { FieldPathSchema } from '../../shared/venue/fieldPath.ts';
import { withoutClosedBooths } from '../../shared/venue/closedBooths.ts';
import { mergeVenue, remergeBooth, type BoothOverride, type StoredBooth } from '../../shared/venue/merge.ts';
import type { BoothRow, CreateBoothResult, NewBooth, PlaceBoothResult } from '../db/boothsRepo.ts';
import type { Database, Repos } from '../db/repos.ts';
import type { BoothStatus, BoothStatusResult, OverrideWrite, OverrideWriteResult, VenueSnapshot } from '../db/venueRepo.ts';
import type { Logger } from '../logger.ts';
import { importBrochure } from './brochureImport.ts';
import type { VenueSource, VenueState } from './venueSource.ts';

/** How stale a process's venue may be after another process's write (one version read per interval at most). */
export const RECHECK_MS = 1_000;

/** The fields of one save: each a path and its JSON value (null removes an optional field), each path once. */
export const FieldWritesSchema = z
  .array(z.object({ path: FieldPathSchema, value: z.json() }))
  .min(1)
  .max(64)
  .refine((fields) => new Set(fields.map((f) => f.path)).size === fields.length, 'each path at most once');

export type BoothEdit = OverrideWrite;

/** A save is refused whole, naming its paths, when a value does not fit its booth's schema. */
export type BoothEditResult = OverrideWriteResult | { ok: false; reason: 'invalid'; paths: string[] };

/** A change staff are about to publish in /admin: one booth's zone and/or status. */
export interface BoothChange {
  boothId: string;
  zoneId?: string;
  status?: BoothStatus;
}

export interface VenueService extends VenueSource {
  /** The database's repositories (accounts, media, inquiries …) for the routes that need more than the venue. */
  repos: Repos;
  /** Saves fields of one booth; once it resolves, getVenue() serves the change. */
  editBooth(edit: BoothEdit): Promise<BoothEditResult>;
  /** Opens or closes an enterprise booth (a closed one leaves the venue and the world's layout); once it resolves, getVenue() serves it. */
  setBoothStatus(boothId: string, status: BoothStatus): Promise<BoothStatusResult | { ok: false; reason: 'not_enterprise' }>;
  /** Every booth row (status, zone) with its merged title, closed ones too, as last loaded with the venue. */
  boothRows(): Promise<(BoothRow & { title: Localized })[]>;
  /** A new enterprise booth with no catalogue entry, closed until it is opened; refused when its entry would not show. */
  createBooth(b: NewBooth): Promise<CreateBoothResult | { ok: false; reason: 'invalid' | 'unknown_zone' }>;
  /** Moves an enterprise booth to a stage's zone or the enterprise hall; once it resolves, getVenue() serves it. */
  placeBooth(boothId: string, zoneId: string): Promise<PlaceBoothResult | { ok: false; reason: 'unknown_zone' }>;
  /** The venue as it would be with `change` published (nothing is written): what /admin previews. */
  previewVenue(change: BoothChange): Promise<Catalogue | undefined>;
}

export interface VenueServiceOptions {
  db: Database;
  /** The brochure catalogue in the code (shared/catalogue/catalogue.ts). */
  brochure: Catalogue;
  /** SEEOT_FIXTURE_BOOTHS: benchmarks pad the merged venue with fixture booths (never stored). */
  fixtureBooths?: number | undefined;
  log: Logger;
  now?: () => number;
}

export async function createVenueService({ db, brochure, fixtureBooths, log, now = Date.now }: VenueServiceOptions): Promise<VenueService> {
  const imported = await importBrochure(db.repos.venue, brochure);
  if (imported.imported) log.info({ venueVersion: imported.venueVersion }, 'imported the brochure catalogue into the venue');

  let snapshot: VenueSnapshot;
  let rows: BoothRow[];
  let state: VenueState;
  let checkedAt = now();
  let refreshing: Promise<VenueState> | undefined;
  const listeners = new Set<(s: VenueState) => void>();

  const zoneIds = new Set([ENTERPRISE_ZONE_ID, ...brochure.valueChain.activities.flatMap((a) => a.stages.map((st) => st.id))]);
  const stored = (list: readonly BoothRow[]): StoredBooth[] => list.map(({ id, kind, zoneId, entry }) => ({ id, kind, zoneId, entry }));
  const merge = (s: VenueSnapshot, list: readonly BoothRow[], closed: ReadonlySet<string>) => {
    const { venue: merged, skipped } = mergeVenue(brochure, s.overrides, stored(list));
    const venue = withoutClosedBooths(merged, closed);
    return { venue: fixtureBooths ? fixtureCatalogue(venue, fixtureBooths) : venue, skipped };
  };
  const build = (s: VenueSnapshot, list: readonly BoothRow[]): VenueState => {
    const { venue, skipped } = merge(s, list, new Set(s.closedBoothIds));
    if (skipped.length > 0) log.warn({ skipped, venueVersion: s.venueVersion }, 'stored booth edits that no longer fit the catalogue are left out');
    return { venue, version: s.venueVersion };
  };
  const load = async (): Promise<VenueState> => {
    const s = await db.repos.venue.snapshot();
    // Read after the snapshot, so the rows are at least as new as its version: a write landing
    // between the two reads moves the version, and the next check loads again.
    const list = await db.repos.booths.list();
    // Two loads can overlap (a write's and a recheck's): the older snapshot never replaces a newer one.
    if (state === undefined || s.venueVersion > state.version) {
      const first = state === undefined;
      snapshot = s;
      rows = list;
      state = build(s, list);
      if (!first) for (const l of listeners) notify(l, state);
    }
    return state;
  };
  await load();
  checkedAt = now();

  /** The booth's stored overrides with `fields` written over them, as the repository upserts them. */
  const boothOverrides = (overrides: readonly BoothOverride[], boothId: string, fields: readonly { path: string; value: unknown }[]): BoothOverride[] => [
    ...overrides.filter((o) => o.boothId === boothId && !fields.some((f) => f.path === o.path)),
    ...fields.map((f) => ({ boothId, path: f.path, value: f.value })),
  ];
  /**
   * After this process's own save of one booth: when nothing else wrote in between (the version moved
   * by exactly this save), only that booth is merged again; otherwise the whole venue is loaded.
   */
  const applyOwnEdit = async (boothId: string, fields: readonly { path: string; value: unknown }[], venueVersion: number): Promise<void> => {
    if (venueVersion <= state.version) return; // a later load already holds it
    // The fixture padding is laid after the merge, over the whole venue: those venues load whole.
    if (venueVersion !== state.version + 1 || fixtureBooths) {
      await load();
      return;
    }
    const overrides = [...snapshot.overrides.filter((o) => o.boothId !== boothId), ...boothOverrides(snapshot.overrides, boothId, fields)];
    const { venue } = remergeBooth(brochure, state.venue, stored(rows), boothId, overrides.filter((o) => o.boothId === boothId));
    snapshot = { ...snapshot, venueVersion, overrides };
    state = { venue, version: venueVersion };
    for (const l of listeners) notify(l, state);
  };

  const notify = (l: (s: VenueState) => void, s: VenueState): void => {
    try {
      l(s);
    } catch (err) {
      log.error({ err }, 'a venue change listener failed');
    }
  };
  const refresh = async (): Promise<VenueState> => {
    try {
      const version = await db.repos.venue.venueVersion();
      return version === state.version ? state : await load();
    } catch (err) {
      // The database is unreachable for now: visitors keep the venue as last read.
      log.warn({ err }, 'could not check the venue version; serving the cached venue');
      return state;
    } finally {
      checkedAt = now();
    }
  };

  const getVenue = (): Promise<VenueState> => {
    if (now() - checkedAt < RECHECK_MS) return Promise.resolve(state);
    refreshing ??= refresh().finally(() => (refreshing = undefined));
    return refreshing;
  };

  return {
    repos: db.repos,
    current: () => state,
    getVenue,
    recheck() {
      refreshing ??= refresh().finally(() => (refreshing = undefined));
      return refreshing;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async editBooth(edit) {
      const fields = FieldWritesSchema.parse(edit.fields);
      // Checked against the schema the way the merge will lay them: a value that would be left out is refused now.
      // Only this booth is merged for the check: the others' edits do not change whether these fit.
      const replaced = (o: { boothId: string; path: string }) => o.boothId === edit.boothId && fields.some((f) => f.path === o.path);
      const { skipped } = remergeBooth(brochure, state.venue, stored(rows), edit.boothId, boothOverrides(snapshot.overrides, edit.boothId, fields));
      const refused = skipped.filter(replaced);
      if (refused.some((s) => s.reason === 'unknown_booth')) return { ok: false, reason: 'unknown_booth' };
      if (refused.length > 0) return { ok: false, reason: 'invalid', paths: refused.map((s) => s.path) };
      const result = await db.repos.venue.writeOverrides({ ...edit, fields });
      if (result.ok) await applyOwnEdit(edit.boothId, fields, result.venueVersion);
      return result;
    },
    async setBoothStatus(boothId, status) {
      // Rows at most a second old: a booth another process just created is known here too.
      await getVenue();
      const kind = rows.find((b) => b.id === boothId)?.kind;
      if (kind !== 'enterprise') return { ok: false, reason: kind === 'programme' ? 'not_enterprise' : 'unknown_booth' };
      const result = await db.repos.venue.setBoothStatus(boothId, status);
      if (result.ok) await load();
      return result;
    },
    async boothRows() {
      await getVenue();
      const titles = new Map(listBooths(merge(snapshot, rows, new Set()).venue).map((b) => [b.id, b.title]));
      // A created booth whose entry no longer fits is out of the venue; staff still see its row by id.
      return rows.map((r) => ({ ...r, title: titles.get(r.id) ?? { ko: r.id, en: r.id } }));
    },
    async createBooth(b) {
      if (!zoneIds.has(b.zoneId)) return { ok: false, reason: 'unknown_zone' };
      await getVenue();
      if (rows.some((r) => r.id === b.id)) return { ok: false, reason: 'id_taken' };
      // Merged the way it will be once opened: an entry the venue would leave out is refused now.
      const { skipped } = mergeVenue(brochure, snapshot.overrides, [...stored(rows), { id: b.id, kind: 'enterprise', zoneId: b.zoneId, entry: b.entry }]);
      if (skipped.some((x) => x.boothId === b.id)) return { ok: false, reason: 'invalid' };
      const result = await db.repos.booths.create(b);
      if (result.ok) await load();
      return result;
    },
    async placeBooth(boothId, zoneId) {
      if (!zoneIds.has(zoneId)) return { ok: false, reason: 'unknown_zone' };
      const result = await db.repos.booths.place(boothId, zoneId);
      if (result.ok) await load();
      return result;
    },
    async previewVenue({ boothId, zoneId, status }) {
      await getVenue();
      if (!rows.some((r) => r.id === boothId) || (zoneId !== undefined && !zoneIds.has(zoneId))) return undefined;
      const changed = rows.map((r) => (r.id === boothId ? { ...r, zoneId: zoneId ?? r.zoneId, status: status ?? r.status } : r));
      return merge(snapshot, changed, new Set(changed.filter((r) => r.status === 'closed').map((r) => r.id))).venue;
    },
    close: () => db.close(),
  };
}
