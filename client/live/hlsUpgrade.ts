/**
 * A page watching a live's HLS rendition (the SFU was full): it is counted as a viewer (registered,
 * a heartbeat every HLS_HEARTBEAT_MS, a goodbye when it stops) and tries the SFU again with backoff
 * (live/sfuRetry.ts). A try that gets a place hands the HLS registration over with its offer, so
 * the viewer is counted once, and is adopted only when its WebRTC video has a decoded frame: the
 * HLS picture plays until then, so the switch shows no gap.
 */
import { HLS_HEARTBEAT_MS } from '../../shared/api/live.ts';
import { hlsHeartbeat, joinLive, leaveHlsViewer, leaveLive, registerHlsViewer } from './liveApi.ts';
import { afterTry, sfuRetryDelayMs, switchDecision } from './sfuRetry.ts';
import { completeOffer } from './webrtc.ts';

/** A WebRTC place with frames, for the page's viewer to take over. */
export interface Upgrade {
  pc: RTCPeerConnection;
  viewerId: string;
  stream: MediaStream;
}

const FRAME_POLL_MS = 250;

async function framesDecoded(pc: RTCPeerConnection): Promise<number> {
  let frames = 0;
  (await pc.getStats()).forEach((s: { type?: string; kind?: string; framesDecoded?: number }) => {
    if (s.type === 'inbound-rtp' && s.kind === 'video') frames += s.framesDecoded ?? 0;
  });
  return frames;
}

/** Watches over HLS until upgraded (`onUpgrade` then owns the place) or stopped; returns the stop. */
export function watchHls(liveId: string, onUpgrade: (u: Upgrade) => void): () => void {
  let done = false;
  let hlsId: string | null = null;
  let probe: { pc: RTCPeerConnection; viewerId: string | null } | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;

  const register = async (): Promise<void> => {
    const r = await registerHlsViewer(liveId);
    if (!r.ok) return;
    if (done) return void leaveHlsViewer(liveId, r.value.viewerId);
    hlsId = r.value.viewerId;
  };
  const heartbeat = setInterval(() => void (hlsId && hlsHeartbeat(liveId, hlsId)), HLS_HEARTBEAT_MS);
  const finish = (): void => {
    done = true;
    clearInterval(heartbeat);
    clearTimeout(retry);
  };
  const giveBack = (): void => {
    if (!probe) return;
    probe.pc.close();
    if (probe.viewerId) void leaveLive(liveId, probe.viewerId);
    probe = null;
  };
  const later = (ms: number): void => {
    if (!done) retry = setTimeout(() => void trySfu(), ms);
  };

  const trySfu = async (): Promise<void> => {
    const pc = new RTCPeerConnection();
    probe = { pc, viewerId: null };
    pc.addTransceiver('video', { direction: 'recvonly' });
    pc.addTransceiver('audio', { direction: 'recvonly' });
    const stream = new MediaStream();
    pc.ontrack = (e) => stream.addTrack(e.track);
    const handed = hlsId;
    const r = await joinLive(liveId, await completeOffer(pc), handed ?? undefined);
    if (done || probe?.pc !== pc) {
      pc.close();
      if (r.ok) void leaveLive(liveId, r.value.viewerId);
      return;
    }
    if (!r.ok) {
      giveBack();
      const next = afterTry(r.problem === 'liveNotFound' || r.problem === 'liveEnded' ? 'ended' : r.problem === 'liveFull' ? 'full' : 'failed', attempt++, Math.random());
      return 'stop' in next ? undefined : later(next.retryInMs);
    }
    probe.viewerId = r.value.viewerId;
    // Handed over: the server counts this viewer on WebRTC now, and a heartbeat would not count it again.
    if (handed) hlsId = null;
    await pc.setRemoteDescription({ type: 'answer', sdp: r.value.sdp });
    const since = performance.now();
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, FRAME_POLL_MS));
      if (done || probe?.pc !== pc) return;
      const decision = switchDecision(await framesDecoded(pc).catch(() => 0), performance.now() - since);
      if (decision === 'wait') continue;
      if (decision === 'switch') {
        finish();
        probe = null;
        return onUpgrade({ pc, viewerId: r.value.viewerId, stream });
      }
      // No picture in time: the place goes back, HLS plays on, counted again.
      giveBack();
      void register();
      return later(sfuRetryDelayMs(++attempt, Math.random()));
    }
  };

  void register();
  later(sfuRetryDelayMs(0, Math.random()));
  return () => {
    finish();
    giveBack();
    if (hlsId) void leaveHlsViewer(liveId, hlsId);
    hlsId = null;
  };
}
