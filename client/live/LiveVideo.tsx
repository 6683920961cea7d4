/**
 * A booth's live as a `<video>`, shown in the world's booth panel and on /list's booth page while
 * the booth is on air (otherwise 알림 받기 for its next live). It starts muted, as phones require
 * for autoplay; sound comes on with the visitor's tap on "소리 켜기". While the publisher reconnects
 * (or this viewer's connection is being made) it says "잠시 후 이어집니다" over the last picture.
 * Letterboxed: a phone's portrait picture keeps its shape. A visitor watching the HLS rendition
 * (the SFU was full) is told the picture runs a few seconds behind ("지연 방송").
 */
import './i18n.ts';
import './live.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveView } from '../../shared/api/live.ts';
import { LiveAlertButton } from './LiveAlertButton.tsx';
import { useBoothLive } from './liveStore.ts';
import { playLiveSource } from './playSource.ts';
import { useLiveViewer } from './viewer.ts';

function Player({ live, boothName }: { live: LiveView; boothName: string }) {
  const { t } = useTranslation('live');
  const video = useRef<HTMLVideoElement>(null);
  const [muted, setMuted] = useState(true);
  const { source, link } = useLiveViewer(live.liveId);
  useEffect(() => {
    if (video.current && source) return playLiveSource(video.current, source);
  }, [source]);
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
        {link === 'delayed' ? <span className="live-video__delayed">{t('delayed')}</span> : null}
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
