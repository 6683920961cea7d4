import { useSyncExternalStore } from 'react';
import { CatalogueSchema, type Catalogue } from '../../shared/schemas/catalogue.ts';

export type CatalogueState =
  | { status: 'loading' }
  | { status: 'error'; message: string; retry(): void }
  | { status: 'ready'; catalogue: Catalogue };

/**
 * The catalogue, fetched once per page load from /api/catalogue and shared by every component
 * (landing, /list, booth pages, the world). Validated with the shared zod schema at this boundary,
 * so a server/client mismatch shows as a clear error instead of a broken view.
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
  const res = await fetch('/api/catalogue', { headers: { Accept: 'application/json' } });
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

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  load();
  return () => listeners.delete(listener);
}

const getSnapshot = (): CatalogueState => state;

export function useCatalogue(): CatalogueState {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
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
