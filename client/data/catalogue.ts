import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';

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
 */
let state: CatalogueState = { status: 'loading' };
let started = false;
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

async function fetchCatalogue(): Promise<Catalogue> {
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
  return parsed.data;
}

function load(): void {
  if (started) return;
  started = true;
  fetchCatalogue().then(
    (catalogue) => set({ status: 'ready', catalogue }),
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
  return () => listeners.delete(listener);
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

/**
 * Fetches the catalogue again and hands it to every reader once it arrives (the world then builds its
 * layout from it): the hall refused the page's layout as not its own (`venueChanged`, staff changed
 * the venue since the page loaded). What is shown stays meanwhile; a failed fetch rejects and
 * changes nothing.
 */
export async function refreshCatalogue(): Promise<void> {
  const catalogue = await fetchCatalogue();
  started = true;
  set({ status: 'ready', catalogue });
}
