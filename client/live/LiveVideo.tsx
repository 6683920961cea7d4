/**
 * A booth's live as a `<video>`, shown in the world's booth panel and on /list's booth page while
 * the booth is on air (otherwise 알림 받기 for its next live). It starts muted, as phones require
 * for autoplay; sound comes on with the visitor's tap on "소리 켜기". While the publisher reconnects
 * (or this viewer's connection is being made) it says "잠시 후 이어집니다" over the last picture.
 * Letterboxed: a phone's portrait picture keeps its shape.
 */
import './i18n.ts';
import './live.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveView } from '../../shared/api/live.ts';
import { LiveAlertButton } from './LiveAlertButton.tsx';
import { joinLive, leaveLive, type LiveProblem } from './liveApi.ts';
import { useBoothLive } from './liveStore.ts';
import { completeOffer } from './webrtc.ts';

/** After a lost connection (or a refusal worth retrying), try again this much later. */
const RETRY_MS = 3000;

type Link = 'connecting' | 'playing' | { problem: LiveProblem };

function useViewer(live: LiveView, video: React.RefObject<HTMLVideoElement | null>): Link {
  const [link, setLink] = useState<Link>('connecting');
  const { liveId } = live;
  useEffect(() => {
    let stopped = false;
    let pc: RTCPeerConnection | null = null;
    let viewerId: string | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
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
      const stream = new MediaStream();
      peer.ontrack = (e) => {
        stream.addTrack(e.track);
        if (video.current && video.current.srcObject !== stream) video.current.srcObject = stream;
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
        // A full live may have room soon; a network error may pass. An ended live is told by the store.
        if (r.problem === 'liveFull' || r.problem === 'network' || r.problem === 'unavailable') again();
        return;
      }
      viewerId = r.value.viewerId;
      await peer.setRemoteDescription({ type: 'answer', sdp: r.value.sdp });
    };
    void connect();
    const onHide = (): void => leave();
    window.addEventListener('pagehide', onHide);
    return () => {
      stopped = true;
      clearTimeout(retry);
      window.removeEventListener('pagehide', onHide);
      leave();
    };
  }, [liveId, video]);
  return link;
}

function Player({ live, boothName }: { live: LiveView; boothName: string }) {
  const { t } = useTranslation('live');
  const video = useRef<HTMLVideoElement>(null);
  const [muted, setMuted] = useState(true);
  const link = useViewer(live, video);
  const waiting = live.state === 'reconnecting' || link === 'connecting';
  const problem = typeof link === 'object' ? link.problem : null;
  return (
    <section className="live-video" aria-label={t('watchTitle')}>
      <div className="live-video__frame">
        <video ref={video} className="live-video__video" playsInline autoPlay muted={muted} aria-label={t('videoLabel', { booth: boothName })} />
        {waiting && !problem ? (
          <p className="live-video__overlay" role="status">
            {live.state === 'reconnecting' ? t('reconnecting') : t('connecting')}
          </p>
        ) : null}
        {problem ? (
          <p className="live-video__overlay" role="alert">
            {t(`error_${problem}`)}
          </p>
        ) : null}
        <span className="live-video__badge">{t('onAir')}</span>
      </div>
      <button
        type="button"
        className="button live-video__sound"
        aria-pressed={!muted}
        onClick={() => {
          setMuted(!muted);
          // The tap is the gesture phones need before sound; play() again in case autoplay was held.
          if (video.current) {
            video.current.muted = !muted;
            void video.current.play().catch(() => {});
          }
        }}
      >
        {muted ? t('unmute') : t('muteSound')}
      </button>
    </section>
  );
}

/** The booth's live while it is on air; otherwise (once known) 알림 받기 for its next one. */
export function LiveVideo({ boothId, boothName }: { boothId: string; boothName: string }) {
  const live = useBoothLive(boothId);
  if (live === null) return <LiveAlertButton boothId={boothId} />;
  if (!live) return null;
  return <Player live={live} boothName={boothName} />;
}
