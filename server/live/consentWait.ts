/**
 * Why an overloaded SFU dropped its publisher (bench:live saw it), and the fix. werift, a full ICE
 * agent, asks each peer's consent every ~5 s and waits 0.5-1 s for the answer, with no retry
 * (RFC 7675 leaves the wait to the agent); the connection fails 30 s after the last answer. On a
 * worker loop saturated by viewers (DTLS, SRTP, forwarding) one turn of the loop takes longer than
 * that, and a turn runs its due timers before it reads its sockets: the wait ran out before the
 * answer already waiting in the socket was read, every check failed, and 30 s into the overload
 * werift failed the publisher's connection with its media still flowing (the live then ended).
 *
 * Each of the SFU's peers waits CONSENT_WAIT_MS for a consent answer instead: still within the
 * checks' cadence (werift aborts one when it sends the next), so a lost answer is retried as
 * before, but one late by a loaded loop counts. werift has no option for it: its consent requests
 * are its only STUN requests sent without retransmissions, and this widens their wait only.
 * (ICE-lite, where the SFU checks nothing, left Chromium's publisher connecting forever in live-hls.spec under werift 0.25.2.)
 */
import type { RTCPeerConnection } from 'werift';

export const CONSENT_WAIT_MS = 4_000;

type Request = (message: unknown, addr: unknown, integrityKey: unknown, options?: unknown, onRequestSent?: unknown) => Promise<unknown>;
interface StunProtocol {
  request: Request;
}

const isConsent = (options: unknown): options is { retransmissions: 0; responseTimeout?: number } =>
  typeof options === 'object' && options !== null && (options as { retransmissions?: unknown }).retransmissions === 0;

/** Call once the peer has gathered (its sockets exist): consent answers are waited for CONSENT_WAIT_MS. */
export function waitLongerForConsent(pc: RTCPeerConnection): void {
  for (const transport of pc.iceTransports) {
    const protocols = (transport.connection as unknown as { protocols?: StunProtocol[] }).protocols ?? [];
    for (const protocol of protocols) {
      const request = protocol.request.bind(protocol);
      protocol.request = (message, addr, integrityKey, options, onRequestSent) =>
        request(message, addr, integrityKey, isConsent(options) ? { ...options, responseTimeout: Math.max(options.responseTimeout ?? 0, CONSENT_WAIT_MS) } : options, onRequestSent);
    }
  }
}
