/**
 * The browser side of the app's non-trickle signalling: an offer is sent only once ICE gathering is
 * complete, so it carries every candidate and one HTTP answer finishes the exchange.
 */

/** Resolves when the connection has gathered every candidate (or after `timeoutMs`, with what it has). */
export function gathered(pc: RTCPeerConnection, timeoutMs = 5000): Promise<void> {
  if (pc.iceGatheringState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      pc.removeEventListener('icegatheringstatechange', check);
      resolve();
    };
    const check = (): void => {
      if (pc.iceGatheringState === 'complete') done();
    };
    const timer = setTimeout(done, timeoutMs);
    pc.addEventListener('icegatheringstatechange', check);
  });
}

/** Creates and applies an offer, waits for gathering, and returns the SDP to send. */
export async function completeOffer(pc: RTCPeerConnection): Promise<string> {
  await pc.setLocalDescription(await pc.createOffer());
  await gathered(pc);
  return pc.localDescription?.sdp ?? '';
}
