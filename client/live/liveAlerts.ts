/**
 * 알림 받기 for lives: the booths a visitor asked to be told about when they go live, kept in
 * localStorage (every tab and a later visit share them). A wish is used once: when the booth goes
 * live the page tells the visitor and forgets it, so a live already seen does not ring on every
 * page load. Read through a schema: localStorage holds whatever was written.
 */
import { z } from 'zod';
import { create } from 'zustand';
import { IdSchema } from '../../shared/schemas/localized.ts';

const KEY = 'seeot:live-alerts';
/** A visitor asks for a few booths; a bound keeps a tampered entry from growing without end. */
const MAX_WISHES = 50;
const WishesSchema = z.array(IdSchema).max(MAX_WISHES);

function load(): string[] {
  try {
    const r = WishesSchema.safeParse(JSON.parse(localStorage.getItem(KEY) ?? '[]'));
    return r.success ? r.data : [];
  } catch {
    return []; // storage off (private mode, a locked-down browser): wishes last as long as the page
  }
}

function save(ids: string[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(ids));
  } catch {
    // Storage full or off: the wish still holds for this page.
  }
}

interface AlertsState {
  /** Booth ids; null until read from storage (after hydration: the server has no localStorage). */
  wishes: string[] | null;
}

export const useLiveAlerts = create<AlertsState>(() => ({ wishes: null }));

/** Reads the wishes (once per page; again when another tab changed them). */
export function loadLiveAlerts(): () => void {
  useLiveAlerts.setState({ wishes: load() });
  const onStorage = (e: StorageEvent): void => {
    if (e.key === KEY) useLiveAlerts.setState({ wishes: load() });
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

export function setLiveAlert(boothId: string, on: boolean): void {
  const now = useLiveAlerts.getState().wishes ?? load();
  const next = on ? [...new Set([...now, boothId])].slice(-MAX_WISHES) : now.filter((id) => id !== boothId);
  save(next);
  useLiveAlerts.setState({ wishes: next });
}
