/**
 * Publishing a phone's camera to the booth's live (shared/api/live.ts): camera and microphone
 * preview, front/back switch (the sender's track replaced, the connection kept), microphone mute,
 * start (open the booth's live, then publish to it) and stop. A dropped connection (screen locked,
 * network lost) is published again to the same live, which the server keeps for 30 s.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { endLive, openLive, publishLive, type LiveProblem } from '../../live/liveApi.ts';
import { completeOffer } from '../../live/webrtc.ts';
import { sessionCsrf } from '../editor/studioApi.ts';

export type CameraProblem = 'noCamera' | 'permissionDenied' | 'insecure' | 'cameraBusy';
export type Phase = 'off' | 'preview' | 'starting' | 'onAir' | 'reconnecting';
type Facing = 'user' | 'environment';

/** A dropped publisher tries again this often while the live waits for it. */
const RETRY_MS = 2000;

function cameraProblemOf(err: unknown): CameraProblem {
  const name = err instanceof DOMException ? err.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'permissionDenied';
  if (name === 'NotReadableError' || name === 'AbortError') return 'cameraBusy';
  return 'noCamera';
}

async function camera(facing: Facing, audio: boolean): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({ video: { facingMode: facing, width: { ideal: 1280 }, height: { ideal: 720 } }, audio });
}

export function usePublisher(boothId: string) {
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [facing, setFacing] = useState<Facing>('user');
  const [micOn, setMicOn] = useState(true);
  const [phase, setPhase] = useState<Phase>('off');
  const [problem, setProblem] = useState<CameraProblem | LiveProblem | 'liveEnded' | null>(null);
  const pc = useRef<RTCPeerConnection | null>(null);
  const liveId = useRef<string | null>(null);
  const csrf = useRef<string | null>(null);
  const retry = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const streamRef = useRef<MediaStream | null>(null);
  streamRef.current = stream;

  const closePeer = (): void => {
    clearTimeout(retry.current);
    pc.current?.close();
    pc.current = null;
  };

  const publish = useCallback(async (): Promise<void> => {
    const media = streamRef.current;
    const id = liveId.current;
    if (!media || !id) return;
    closePeer();
    const peer = new RTCPeerConnection();
    pc.current = peer;
    for (const track of media.getTracks()) peer.addTransceiver(track, { direction: 'sendonly', streams: [media] });
    const reconnect = (): void => {
      if (pc.current !== peer) return;
      setPhase('reconnecting');
      clearTimeout(retry.current);
      retry.current = setTimeout(() => void publish(), RETRY_MS);
    };
    peer.onconnectionstatechange = () => {
      if (pc.current !== peer) return;
      if (peer.connectionState === 'connected') setPhase('onAir');
      else if (peer.connectionState === 'failed' || peer.connectionState === 'disconnected') reconnect();
    };
    const r = await publishLive(id, await completeOffer(peer), csrf.current);
    if (pc.current !== peer) return;
    if (!r.ok) {
      if (r.problem === 'liveNotFound') {
        // The live ended while we were away (more than 30 s): start again by hand.
        closePeer();
        liveId.current = null;
        setPhase('preview');
        setProblem('liveEnded');
      } else if (r.problem === 'network' || r.problem === 'unavailable') reconnect();
      else {
        closePeer();
        setPhase('preview');
        setProblem(r.problem);
      }
      return;
    }
    setProblem(null);
    await peer.setRemoteDescription({ type: 'answer', sdp: r.value.sdp });
  }, []);

  const startCamera = async (): Promise<void> => {
    setProblem(null);
    if (!navigator.mediaDevices?.getUserMedia) return setProblem('insecure');
    try {
      setStream(await camera(facing, true));
      setPhase('preview');
    } catch (err) {
      setProblem(cameraProblemOf(err));
    }
  };

  const switchCamera = async (): Promise<void> => {
    const media = streamRef.current;
    if (!media) return;
    const next: Facing = facing === 'user' ? 'environment' : 'user';
    try {
      const video = (await camera(next, false)).getVideoTracks()[0];
      if (!video) return;
      const old = media.getVideoTracks()[0];
      const sender = pc.current?.getSenders().find((s) => s.track?.kind === 'video');
      await sender?.replaceTrack(video);
      old?.stop();
      const updated = new MediaStream([video, ...media.getAudioTracks()]);
      streamRef.current = updated;
      setStream(updated);
      setFacing(next);
    } catch (err) {
      setProblem(cameraProblemOf(err));
    }
  };

  const toggleMic = (): void => {
    for (const t of streamRef.current?.getAudioTracks() ?? []) t.enabled = !micOn;
    setMicOn(!micOn);
  };

  const start = async (): Promise<void> => {
    setProblem(null);
    setPhase('starting');
    csrf.current = await sessionCsrf();
    const opened = await openLive(boothId, csrf.current);
    if (!opened.ok) {
      setPhase('preview');
      return setProblem(opened.problem);
    }
    liveId.current = opened.value.liveId;
    await publish();
  };

  const stop = async (): Promise<void> => {
    const id = liveId.current;
    liveId.current = null;
    closePeer();
    setPhase('preview');
    if (id) {
      const r = await endLive(id, csrf.current);
      if (!r.ok && r.problem !== 'liveNotFound') setProblem(r.problem);
    }
  };

  // Back from a locked screen or another app: publish again at once rather than at the next retry.
  useEffect(() => {
    const onVisible = (): void => {
      if (document.visibilityState === 'visible' && liveId.current && pc.current?.connectionState !== 'connected') void publish();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [publish]);

  // Leaving the page: the camera goes off; the live waits 30 s for this page to come back, then ends.
  useEffect(
    () => () => {
      closePeer();
      for (const t of streamRef.current?.getTracks() ?? []) t.stop();
    },
    [],
  );

  return { stream, facing, micOn, phase, problem, startCamera, switchCamera, toggleMic, start, stop };
}
