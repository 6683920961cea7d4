/**
 * One WebRTC viewer per live on a page, shared by whatever shows it (the booth panel's `<video>`,
 * the world's booth screen): the SFU counts one viewer and the page decodes one stream. Counted
 * users; the connection closes a little after the last one lets go, so opening the booth panel
 * in front of the screen (or closing it) never reconnects.
 *
 * A viewer the SFU refuses because the live is full watches the live's HLS rendition instead (a
 * few seconds behind: link 'delayed'), when the server has one; without one it is told the live
 * is full and tries WebRTC again a little later. A delayed viewer is counted while it watches and
 * moves back to WebRTC when a place frees up (live/hlsUpgrade.ts), without a gap in the picture.
 */
import { useEffect, useState } from 'react';
import { HLS_PLAYLIST, LIVE_ROUTES, livePath } from '../../shared/api/live.ts';
import { watchHls, type Upgrade } from './hlsUpgrade.ts';
import { joinLive, leaveLive, type LiveProblem } from './liveApi.ts';
import { completeOffer } from './webrtc.ts';

export type ViewerLink = 'connecting' | 'playing' | 'delayed' | { problem: LiveProblem };
/** What a `<video>` plays (live/playSource.ts): the WebRTC stream, or the HLS playlist's URL. */
export type LiveSource = { kind: 'webrtc'; stream: MediaStream } | { kind: 'hls'; url: string };

/** Whether the live has an HLS rendition to watch now (its playlist is written). */
async function hlsPlaylist(liveId: string): Promise<string | null> {
  const url = livePath(LIVE_ROUTES.hls, { liveId, file: HLS_PLAYLIST });
  try {
    return (await fetch(url, { cache: 'no-store' })).ok ? url : null;
  } catch {
    return null;
  }
}

/** After a lost connection (or a refusal worth retrying), try again this much later. */
const RETRY_MS = 3000;
/** How long a viewer nobody uses stays connected (a panel closing while the screen takes over). */
const LINGER_MS = 2000;

interface Viewer {
  /** WebRTC tracks arrive in one stream for the viewer's life, so a `<video>` keeps it; or the HLS rendition. */
  source: LiveSource;
  link: ViewerLink;
  users: number;
  listeners: Set<() => void>;
  linger?: ReturnType<typeof setTimeout>;
  stop(): void;
}

const viewers = new Map<string, Viewer>();

/** A reconnection brings new tracks: the stream keeps only the newest of each kind. */
function keepNewest(stream: MediaStream, track: MediaStreamTrack): void {
  for (const old of stream.getTracks()) if (old.kind === track.kind) stream.removeTrack(old);
  stream.addTrack(track);
}

function startViewer(liveId: string): Viewer {
  let stopped = false;
  let pc: RTCPeerConnection | null = null;
  let viewerId: string | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let stopHls: (() => void) | null = null;
  const setLink = (link: ViewerLink): void => {
    v.link = link;
    v.listeners.forEach((l) => l());
  };
  const leave = (): void => {
    pc?.close();
    pc = null;
    if (viewerId) void leaveLive(liveId, viewerId);
    viewerId = null;
  };
  const again = (): void => {
    leave();
    if (!stopped) retry = setTimeout(() => void connect(), RETRY_MS);
  };
  const watchState = (peer: RTCPeerConnection): void => {
    peer.onconnectionstatechange = () => {
      if (peer !== pc) return;
      if (peer.connectionState === 'connected') setLink('playing');
      else if (peer.connectionState === 'failed') again();
    };
  };
  /** The HLS viewer got a WebRTC place with a picture: it becomes this viewer's connection. */
  const upgraded = (u: Upgrade): void => {
    stopHls = null;
    pc = u.pc;
    viewerId = u.viewerId;
    v.source = { kind: 'webrtc', stream: u.stream };
    u.pc.ontrack = (e) => keepNewest(u.stream, e.track);
    watchState(u.pc);
    setLink('playing');
  };
  const connect = async (): Promise<void> => {
    setLink('connecting');
    const peer = (pc = new RTCPeerConnection());
    peer.addTransceiver('video', { direction: 'recvonly' });
    peer.addTransceiver('audio', { direction: 'recvonly' });
    peer.ontrack = (e) => {
      if (v.source.kind === 'webrtc') keepNewest(v.source.stream, e.track);
    };
    watchState(peer);
    const r = await joinLive(liveId, await completeOffer(peer));
    if (stopped || peer !== pc) return void (r.ok && leaveLive(liveId, r.value.viewerId));
    if (!r.ok) {
      const hls = r.problem === 'liveFull' ? await hlsPlaylist(liveId) : null;
      if (stopped || peer !== pc) return;
      if (hls) {
        leave();
        v.source = { kind: 'hls', url: hls };
        stopHls = watchHls(liveId, upgraded);
        return setLink('delayed');
      }
      setLink({ problem: r.problem });
      // A full live may have room soon; a network error may pass. An ended live is told by the stores.
      if (r.problem === 'liveFull' || r.problem === 'network' || r.problem === 'unavailable') again();
      return;
    }
    viewerId = r.value.viewerId;
    await peer.setRemoteDescription({ type: 'answer', sdp: r.value.sdp });
  };
  const v: Viewer = {
    source: { kind: 'webrtc', stream: new MediaStream() },
    link: 'connecting',
    users: 0,
    listeners: new Set(),
    stop: () => {
      stopped = true;
      clearTimeout(retry);
      stopHls?.();
      leave();
    },
  };
  void connect();
  return v;
}

function acquire(liveId: string): Viewer {
  let v = viewers.get(liveId);
  if (!v) viewers.set(liveId, (v = startViewer(liveId)));
  clearTimeout(v.linger);
  v.users++;
  return v;
}

function release(liveId: string): void {
  const v = viewers.get(liveId);
  if (!v || --v.users > 0) return;
  v.linger = setTimeout(() => {
    if (v.users > 0) return;
    v.stop();
    viewers.delete(liveId);
  }, LINGER_MS);
}

// Leaving the page says goodbye to the SFU at once (its viewer count drops now, not at a timeout).
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => {
    for (const v of viewers.values()) v.stop();
    viewers.clear();
  });
}

const NONE = { source: null, link: 'connecting' } as const;

/** The live's source and connection state while the calling component shows it (null: shows none). */
export function useLiveViewer(liveId: string | null): { source: LiveSource | null; link: ViewerLink } {
  const [state, setState] = useState<{ source: LiveSource | null; link: ViewerLink }>(NONE);
  useEffect(() => {
    if (!liveId) return setState(NONE);
    const v = acquire(liveId);
    const tell = (): void => setState({ source: v.source, link: v.link });
    v.listeners.add(tell);
    tell();
    return () => {
      v.listeners.delete(tell);
      release(liveId);
    };
  }, [liveId]);
  return state;
}
