/**
 * The sentence of every refusal code the server sends (shared/protocol/rejections.ts): a message's
 * refusal is the 'chat' namespace's `err_<code>`, a join's the 'world' namespace's `join<Code>`.
 * The key types fail to compile when a code has no Korean sentence (the English files are typed
 * from the Korean ones), and tests/integration/protocol-rejections.test.ts checks both languages.
 */
import type { JoinRejection, RejectionCode } from '../protocol/rejections.ts';
import type { chatKo } from './chat-ko.ts';
import type { worldKo } from './world-ko.ts';

export const REJECTION_KEY: { [C in RejectionCode]: `err_${C}` & keyof typeof chatKo } = {
  invalid: 'err_invalid',
  unknownPoint: 'err_unknownPoint',
  rateLimited: 'err_rateLimited',
  empty: 'err_empty',
  tooLong: 'err_tooLong',
  notAtBooth: 'err_notAtBooth',
  muted: 'err_muted',
  slowMode: 'err_slowMode',
  networkBusy: 'err_networkBusy',
  notFound: 'err_notFound',
  forbidden: 'err_forbidden',
  noTarget: 'err_noTarget',
  targetIsStaff: 'err_targetIsStaff',
  unavailable: 'err_unavailable',
  unknownBooth: 'err_unknownBooth',
  notBoothMember: 'err_notBoothMember',
};

export const JOIN_REJECTION_KEY: { [C in JoinRejection]: `join${Capitalize<C>}` & keyof typeof worldKo } = {
  clientTooOld: 'joinClientTooOld',
  serverTooOld: 'joinServerTooOld',
  badOptions: 'joinBadOptions',
  badNickname: 'joinBadNickname',
  shardFull: 'joinShardFull',
  banned: 'joinBanned',
  rateLimited: 'joinRateLimited',
  tokenInUse: 'joinTokenInUse',
  venueChanged: 'joinVenueChanged',
  notFound: 'joinNotFound',
  forbidden: 'joinForbidden',
  fairClosed: 'joinFairClosed',
};
