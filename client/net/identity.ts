import { create } from 'zustand';
import { validateNickname } from '../../shared/chat/nickname.ts';
import { AVATAR_COLOR_COUNT } from '../../shared/protocol/join.ts';

/**
 * Who the visitor is to others: nickname and avatar colour, chosen in the entry dialog and remembered
 * in localStorage across reloads (the stable guest id lives in the server's signed cookie, not here).
 * Session scope: never sent anywhere but the join options.
 */
export interface Identity {
  nickname: string;
  colorIndex: number;
}

export const IDENTITY_KEY = 'seeot.identity';

function isColor(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < AVATAR_COLOR_COUNT;
}

/** The remembered identity, or null when none (or it no longer passes the nickname rules). */
export function loadIdentity(): Identity | null {
  try {
    const raw = localStorage.getItem(IDENTITY_KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<Identity>;
    const nick = validateNickname(v.nickname);
    if (!nick.ok || !isColor(v.colorIndex)) return null;
    return { nickname: nick.value, colorIndex: v.colorIndex };
  } catch {
    return null; // storage blocked or a hand-edited value: ask again
  }
}

function saveIdentity(id: Identity): void {
  try {
    localStorage.setItem(IDENTITY_KEY, JSON.stringify(id));
  } catch {
    // Not remembered (privacy mode): the dialog asks again next visit, harmless.
  }
}

interface IdentityState {
  identity: Identity | null;
  /** The entry dialog is open (first visit, "change name" from the HUD, or a refused nickname). */
  editing: boolean;
  /** A reason the server refused the nickname with, shown in the dialog. */
  refused: boolean;
  setIdentity(id: Identity): void;
  edit(open: boolean, refused?: boolean): void;
}

export const useIdentity = create<IdentityState>()((set) => ({
  identity: loadIdentity(),
  editing: false,
  refused: false,
  setIdentity: (identity) => {
    saveIdentity(identity);
    set({ identity, editing: false, refused: false });
  },
  edit: (editing, refused = false) => set({ editing, refused }),
}));
