/**
 * Who is signed in, for every private page: read once from /api/auth/me, replaced by the answer of a
 * sign-in (login, setup, an accepted invitation) and cleared on sign-out. The same place hands the
 * session's CSRF token to the fetch helper, so every later write carries it.
 */
import { useSyncExternalStore } from 'react';
import { z } from 'zod';
import { SignedInSchema, type Account, type SignedIn } from '../../shared/api/account.ts';
import { api, type ApiError } from '../net/api.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'signedIn'; account: Account }
  | { status: 'error'; error: ApiError };

let state: SessionState = { status: 'loading' };
let started = false;
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  state = next;
  listeners.forEach((l) => l());
}

async function load(): Promise<void> {
  const me = await api.get('/api/auth/me', SignedInSchema);
  if (me.ok) adoptSession(me.data);
  else if (me.error.error === 'unauthorized') set({ status: 'signedOut' });
  else set({ status: 'error', error: me.error });
}

/** Reads /api/auth/me again (after an error, or when a write was refused as signed out). */
export function reloadSession(): void {
  started = true;
  set({ status: 'loading' });
  void load();
}

/** A sign-in answer: this browser is now that account, and its writes carry that token. */
export function adoptSession(signedIn: SignedIn): void {
  started = true;
  api.setCsrfToken(signedIn.csrfToken);
  set({ status: 'signedIn', account: signedIn.account });
}

/** Ends the session on the server (204); the page forgets it whatever the answer (the cookie may be gone already). */
export async function signOut(): Promise<void> {
  await api.send('POST', '/api/auth/logout', undefined, z.null());
  api.setCsrfToken(null);
  set({ status: 'signedOut' });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!started) {
    started = true;
    void load();
  }
  return () => listeners.delete(listener);
}

const snapshot = (): SessionState => state;

export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
