import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import { cutForFair } from './fairCut.ts';

export type CatalogueState =
  | { status: 'loading' }
  | { status: 'error'; message: string; retry(): void }
  | { status: 'ready'; catalogue: Catalogue };

/**
 * The catalogue, shared by every component (landing, /list, booth pages, the world). A server-rendered
 * page hands over the venue it rendered with (`primeCatalogue`, from the page's boot data), so the
 * client hydrates with the same data and fetches nothing; otherwise it is fetched once per page load
 * from /api/catalogue. Validated with the shared zod schema at either boundary, so a server/client
 * mismatch shows as a clear error instead of a broken view.
 *
 * The venue changes while the fair runs: `refreshCatalogue` swaps in the server's newer one and
 * every reader re-renders with it. Pages learn of changes from /api/venue/events (venueEvents.ts,
 * followed from the first reader on) and the world also from its hall room.
 *
 * A timed fair's page (`?fair=<slug>`) shows the venue cut to the fair's booths (fairCut.ts): the
 * server renders it so, and every fetch here cuts it the same way.
 */
let state: CatalogueState = { status: 'loading' };
let started = false;
/** The venue version of what is shown (the API's Venue-Version); null for a server-rendered page's venue, which has none. */
let version: number | null = null;
let following = false;
const listeners = new Set<() => void>();

function set(next: CatalogueState): void {
  state = next;
  listeners.forEach((l) => l());
}

function retry(): void {
  started = false;
  set({ status: 'loading' });
  load();
}

async function fetchCatalogue(): Promise<{ catalogue: Catalogue; version: number | null }> {
  // The schema (and zod) load with the first fetch, not with the page: a rendered page never fetches.
  const [res, { CatalogueSchema }] = await Promise.all([
    fetch('/api/catalogue', { headers: { Accept: 'application/json' } }),
    import('../../shared/schemas/catalogue.ts'),
  ]);
  if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`.trim());
  const parsed = CatalogueSchema.safeParse(await res.json());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid catalogue at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'unknown'}`);
  }
  const v = Number(res.headers.get('Venue-Version'));
  return { catalogue: await cutForFair(parsed.data), version: Number.isInteger(v) ? v : null };
}

function load(): void {
  if (started) return;
  started = true;
  fetchCatalogue().then(
    (got) => {
      version = got.version;
      set({ status: 'ready', catalogue: got.catalogue });
    },
    (e: unknown) => set({ status: 'error', message: e instanceof Error ? e.message : String(e), retry }),
  );
}

/** The venue the server rendered this page with: ready from the first render, never fetched. */
export function primeCatalogue(catalogue: Catalogue): void {
  started = true;
  set({ status: 'ready', catalogue });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  load();
  follow();
  return () => listeners.delete(listener);
}

/**
 * From the first reader on, the page follows /api/venue/events: after the page has loaded (nothing
 * competes with the first paint), in a chunk of its own (its schema needs zod, which the first
 * task does without).
 */
function follow(): void {
  if (following || typeof window === 'undefined') return;
  following = true;
  const start = (): void =>
    void import('./venueEvents.ts').then(
      (m) => m.followVenueEvents(onVenueEvent),
      (e: unknown) => console.error('venue events unavailable', e),
    );
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

/**
 * The server's venue now: fetched again when it is newer than what is shown. A server-rendered
 * page's venue has no version: the first event tells by its hash whether it is the server's (and
 * gives it the version) or must be fetched.
 */
function onVenueEvent(e: { version: number; hash: string }, hashOf: (c: Catalogue) => string): void {
  if (state.status !== 'ready') return;
  if (version === null && hashOf(state.catalogue) === e.hash) version = e.version;
  const stale = version === null || e.version > version;
  if (stale) refreshCatalogue(version === null ? undefined : e.version).catch((err: unknown) => console.error('venue refresh failed', err));
}

const getSnapshot = (): CatalogueState => state;

/**
 * On the server each render gets the venue of its own request through this context (the server
 * entry renders several venues over its life, one module). In the browser it is never provided.
 */
export const ServedVenue = createContext<Catalogue | null>(null);

export function useCatalogue(): CatalogueState {
  const served = useContext(ServedVenue);
  const state = useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
  const servedState = useMemo<CatalogueState | null>(() => (served ? { status: 'ready', catalogue: served } : null), [served]);
  return servedState ?? state;
}

/** Non-React access (e.g. the world's loaders): resolves once loaded, rejects on error. */
export function loadCatalogue(): Promise<Catalogue> {
  load();
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      if (state.status === 'ready') resolve(state.catalogue);
      else if (state.status === 'error') reject(new Error(state.message));
      else return false;
      return true;
    };
    if (check()) return;
    const l = (): void => {
      if (check()) listeners.delete(l);
    };
    listeners.add(l);
  });
}

let refreshing: Promise<Catalogue> | null = null;

/**
 * Fetches the catalogue again and hands it to every reader once it arrives (the world re-lays-out
 * from it, /list re-renders): the venue changed (an event, the hall's `venue` message) or the hall
 * refused the page's layout as not its own (`venueChanged`). With `atLeast`, nothing is fetched when
 * what is shown is already that version or newer, or has no version yet (a server-rendered page's:
 * the events stream checks it by hash). One fetch at a time; what is shown stays meanwhile; a failed
 * fetch rejects and changes nothing. Resolves with the venue shown after it.
 */
export async function refreshCatalogue(atLeast?: number): Promise<Catalogue> {
  // A fetch under way may have started before that version existed: wait for it, then decide.
  while (refreshing) await refreshing.catch(() => {});
  if (atLeast !== undefined && (version === null || version >= atLeast) && state.status === 'ready') return state.catalogue;
  refreshing = fetchCatalogue().then(
    (got) => {
      // Two pages of the same process never go back: an older answer (another process behind) is dropped.
      if (got.version !== null && version !== null && got.version < version && state.status === 'ready') return state.catalogue;
      version = got.version;
      started = true;
      set({ status: 'ready', catalogue: got.catalogue });
      return got.catalogue;
    },
  );
  try {
    return await refreshing;
  } finally {
    refreshing = null;
  }
}
