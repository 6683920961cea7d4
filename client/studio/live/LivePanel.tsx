/**
 * "라이브 방송" on a booth's studio page, made for a phone held either way: the camera preview,
 * front/back switch, microphone, start and stop, the viewer count while on air, and the booth's
 * chat beside it (the same chat /list's booth page has). Errors say what to do (no camera,
 * permission denied, https needed).
 */
import '../../live/i18n.ts';
import '../../live/live.css';
import './livePanel.css';
import { lazy, Suspense, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoothLive } from '../../live/liveStore.ts';
import { usePublisher } from './usePublisher.ts';

const ListChat = lazy(() => import('../../chat/ListChat.tsx').then((m) => ({ default: m.ListChat })));

export function LivePanel({ boothId, boothName }: { boothId: string; boothName: string }) {
  const { t } = useTranslation('live');
  const headingId = useId();
  const pub = usePublisher(boothId);
  const live = useBoothLive(boothId);
  const preview = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    if (preview.current && preview.current.srcObject !== pub.stream) preview.current.srcObject = pub.stream;
  }, [pub.stream]);

  const broadcasting = pub.phase === 'onAir' || pub.phase === 'reconnecting' || pub.phase === 'starting';
  return (
    <section className="live-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('panelTitle')}</h2>
      <p className="hint">{t('panelHint')}</p>
      <div className="live-panel__layout">
        <div className="live-panel__media">
          <div className="live-panel__frame">
            <video
              ref={preview}
              className={`live-panel__preview${pub.facing === 'user' ? ' live-panel__preview--mirror' : ''}`}
              playsInline
              autoPlay
              muted
              aria-label={t('previewLabel')}
            />
            {pub.phase === 'onAir' ? <span className="live-video__badge">{t('onAir')}</span> : null}
          </div>
          <p role="status" className="live-panel__status">
            {pub.phase === 'starting' ? t('starting') : null}
            {pub.phase === 'reconnecting' ? t('reconnectingPublisher') : null}
            {pub.phase === 'onAir' ? `${t('onAir')} · ${t('viewerCount', { count: live?.viewers ?? 0 })}` : null}
          </p>
          {pub.problem ? (
            <p role="alert" className="field-error">
              {t(`error_${pub.problem}`)}
            </p>
          ) : null}
          <div className="live-panel__controls">
            {pub.phase === 'off' ? (
              <button type="button" className="button button--primary" onClick={() => void pub.startCamera()}>
                {t('cameraStart')}
              </button>
            ) : (
              <>
                <button type="button" className="button" onClick={() => void pub.switchCamera()}>
                  {t('switchCamera')}
                </button>
                <button type="button" className="button" aria-pressed={!pub.micOn} onClick={pub.toggleMic}>
                  {pub.micOn ? t('mute') : t('unmuteMic')}
                </button>
                {broadcasting ? (
                  <button type="button" className="button button--danger" onClick={() => void pub.stop()}>
                    {t('stop')}
                  </button>
                ) : (
                  <button type="button" className="button button--primary" onClick={() => void pub.start()}>
                    {t('start')}
                  </button>
                )}
              </>
            )}
          </div>
        </div>
        <div className="live-panel__chat">
          <Suspense fallback={null}>
            <ListChat boothId={boothId} boothName={boothName} />
          </Suspense>
        </div>
      </div>
    </section>
  );
}
