import { create } from 'zustand';
import { validateNickname } from '../../shared/chat/nickname.ts';
import { AVATAR_COLOR_COUNT } from '../../shared/protocol/join.ts';
import { parseAvatarLook, randomAvatarLook, type AvatarLook } from '../../shared/schemas/avatarLook.ts';

/**
 * Who the visitor is to others: nickname, avatar colour and look, chosen in the entry dialog and remembered
 * in localStorage across reloads (the stable guest id lives in the server's signed cookie, not here).
 * Session scope: never sent anywhere but the join options.
 */
export interface Identity {
  nickname: string;
  colorIndex: number;
  look: AvatarLook;
}
/** What a page sets: one that offers no look (/list's name form) keeps the current one. */
export type IdentityInput = Omit<Identity, 'look'> & { look?: AvatarLook };

export const IDENTITY_KEY = 'seeot.identity';

function isColor(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < AVATAR_COLOR_COUNT;
}

/** The remembered identity, or null when none (or it no longer passes the nickname rules). */
export function loadIdentity(): Identity | null {
  try {
    const raw = localStorage.getItem(IDENTITY_KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<Record<keyof Identity, unknown>>;
    const nick = validateNickname(v.nickname);
    if (!nick.ok || !isColor(v.colorIndex)) return null;
    // Remembered before looks existed (or hand-edited): the default look until the dialog changes it.
    return { nickname: nick.value, colorIndex: v.colorIndex, look: parseAvatarLook(v.look) };
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
  setIdentity(id: IdentityInput): void;
  edit(open: boolean, refused?: boolean): void;
}

export const useIdentity = create<IdentityState>()((set, get) => ({
  identity: loadIdentity(),
  editing: false,
  refused: false,
  setIdentity: (input) => {
    const identity: Identity = { ...input, look: input.look ?? get().identity?.look ?? randomAvatarLook(Math.random) };
    saveIdentity(identity);
    set({ identity, editing: false, refused: false });
  },
  edit: (editing, refused = false) => set({ editing, refused }),
}));
