/**
 * The protocol version. Bump on any incompatible change to a message, the join options or the view
 * frame layout. A client whose version differs is refused at join with `clientTooOld` (reload the
 * page) or `serverTooOld` (a deploy is rolling out: retry shortly), never left to misread messages.
 *
 * 2: join options carry the venue fingerprint; `rejected` carries a code (and `retryAfterMs`) but
 *    no sentence; the teleport refusal's `reason` alias is gone.
 * 3: the server's `venue` message and the client's `venue` answer: after a re-layout a shard sends a
 *    client no view messages until it answers, so a page that cannot would see everyone stand still.
 * 4: booth lines and hearts cross shards; the client's `notice`, the server's `boothNotice` and
 *    `boothHearts`.
 * 5: the server's `live` (a booth's live video started, changed or ended).
 * 6: join options carry the avatar's `look`; roster entries its shape, hair, outfit and the server's
 *    `badge` (host / staff).
 * 7: join options carry the timed `fair` (its own shards and layout); the join refusal `fairClosed`.
 */
export const PROTOCOL_VERSION = 7;

export type VersionRejection = 'clientTooOld' | 'serverTooOld';

/** Compare protocol versions. A client that sends no usable version predates versioning: too old. */
export function checkProtocolVersion(client: unknown, server: number = PROTOCOL_VERSION): VersionRejection | null {
  if (typeof client !== 'number' || !Number.isSafeInteger(client) || client < server) return 'clientTooOld';
  if (client > server) return 'serverTooOld';
  return null;
}
