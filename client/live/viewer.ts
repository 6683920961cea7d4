/**
 * One WebRTC viewer per live on a page, shared by whatever shows it (the booth panel's `<video>`,
 * the world's booth screen): the SFU counts one viewer and the page decodes one stream. Counted
 * users; the connection closes a little after the last one lets go, so opening the booth panel
 * in front of the screen (or closing it) never reconnects.
 */
import { useEffect, useState } from 'react';
import { joinLive, leaveLive, type LiveProblem } from './liveApi.ts';
import { completeOffer } from './webrtc.ts';

export type ViewerLink = 'connecting' | 'playing' | { problem: LiveProblem };

/** After a lost connection (or a refusal worth retrying), try again this much later. */
const RETRY_MS = 3000;
/** How long a viewer nobody uses stays connected (a panel closing while the screen takes over). */
const LINGER_MS = 2000;

interface Viewer {
  /** Tracks arrive here; the same object for the viewer's life, so a `<video>` keeps it. */
  stream: MediaStream;
  link: ViewerLink;
  users: number;
  listeners: Set<() => void>;
  linger?: ReturnType<typeof setTimeout>;
  stop(): void;
}

const viewers = new Map<string, Viewer>();

function startViewer(liveId: string): Viewer {
  let stopped = false;
  let pc: RTCPeerConnection | null = null;
  let viewerId: string | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
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
  const connect = async (): Promise<void> => {
    setLink('connecting');
    const peer = (pc = new RTCPeerConnection());
    peer.addTransceiver('video', { direction: 'recvonly' });
    peer.addTransceiver('audio', { direction: 'recvonly' });
    peer.ontrack = (e) => {
      // A reconnection brings new tracks: the stream keeps only the newest of each kind.
      for (const old of v.stream.getTracks()) if (old.kind === e.track.kind) v.stream.removeTrack(old);
      v.stream.addTrack(e.track);
    };
    peer.onconnectionstatechange = () => {
      if (peer !== pc) return;
      if (peer.connectionState === 'connected') setLink('playing');
      else if (peer.connectionState === 'failed') again();
    };
    const r = await joinLive(liveId, await completeOffer(peer));
    if (stopped || peer !== pc) return void (r.ok && leaveLive(liveId, r.value.viewerId));
    if (!r.ok) {
      setLink({ problem: r.problem });
      // A full live may have room soon; a network error may pass. An ended live is told by the stores.
      if (r.problem === 'liveFull' || r.problem === 'network' || r.problem === 'unavailable') again();
      return;
    }
    viewerId = r.value.viewerId;
    await peer.setRemoteDescription({ type: 'answer', sdp: r.value.sdp });
  };
  const v: Viewer = {
    stream: new MediaStream(),
    link: 'connecting',
    users: 0,
    listeners: new Set(),
    stop: () => {
      stopped = true;
      clearTimeout(retry);
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

const NONE = { stream: null, link: 'connecting' } as const;

/** The live's stream and connection state while the calling component shows it (null: shows none). */
export function useLiveViewer(liveId: string | null): { stream: MediaStream | null; link: ViewerLink } {
  const [state, setState] = useState<{ stream: MediaStream | null; link: ViewerLink }>(NONE);
  useEffect(() => {
    if (!liveId) return setState(NONE);
    const v = acquire(liveId);
    const tell = (): void => setState({ stream: v.stream, link: v.link });
    v.listeners.add(tell);
    tell();
    return () => {
      v.listeners.delete(tell);
      release(liveId);
    };
  }, [liveId]);
  return state;
}
