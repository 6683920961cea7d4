import { JOIN_REJECTION_KEY } from '../../shared/i18n/rejections.ts';
import { worldEn } from '../../shared/i18n/world-en.ts';
import { worldKo } from '../../shared/i18n/world-ko.ts';
import { isJoinRejection, type JoinRejection } from '../../shared/protocol/rejections.ts';

/**
 * A join refusal or a lost connection, as the HUD shows it. `message` carries both languages so a
 * store reader (the HUD, the chat panel, /list) can show it without its own table.
 */
export interface HallError {
  /** HTTP-like status of a refusal (426, 409 …), a WebSocket close code, or 0 for "no server". */
  code: number;
  reason: JoinRejection | 'network' | 'kicked';
  message: { ko: string; en: string };
  /** What the visitor can do about it: reload the page, retry, or nothing (wait / pick a name). */
  action: 'reload' | 'retry' | 'none';
}

type MessageKey = keyof typeof worldKo;

const KEY: Record<HallError['reason'], MessageKey> = {
  ...JOIN_REJECTION_KEY,
  network: 'joinNetwork',
  kicked: 'kickedBody',
};

const ACTION: Record<HallError['reason'], HallError['action']> = {
  clientTooOld: 'reload',
  badOptions: 'reload',
  serverTooOld: 'retry',
  network: 'retry',
  shardFull: 'retry',
  notFound: 'retry',
  rateLimited: 'retry',
  // Another tab or window holds this page's join token: a reload fetches a new one.
  tokenInUse: 'reload',
  forbidden: 'reload',
  // Shown only when re-reading the venue once did not help (client/net/hallStore.ts): reload it all.
  venueChanged: 'reload',
  badNickname: 'none',
  banned: 'none',
  // The fair opens or closes on its schedule: retrying will not change that.
  fairClosed: 'none',
  kicked: 'none',
};

export function hallError(reason: HallError['reason'], code = 0): HallError {
  const key = KEY[reason];
  return { code, reason, message: { ko: worldKo[key], en: worldEn[key] }, action: ACTION[reason] };
}

/**
 * The SDK throws a ServerError whose message is the room's JoinRejection and whose code is the HTTP
 * status (docs/protocol.md); a fetch that never reached the server throws something else.
 */
export function joinErrorOf(e: unknown): HallError {
  const err = e as { message?: unknown; code?: unknown } | null;
  const code = typeof err?.code === 'number' ? err.code : 0;
  if (isJoinRejection(err?.message)) return hallError(err.message, code);
  return hallError('network', code);
}
