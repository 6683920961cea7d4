/**
 * A booth's replays (issue 10 §5): each recorded live with its date and length, a player, and the
 * products pinned during it as buttons ("12:34 상품명") that seek the video there and play. Plain
 * buttons and a native <video controls>: reachable by keyboard, named for screen readers.
 */
import './i18n.ts';
import './replays.css';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplayView } from '../../shared/api/replays.ts';
import { clockOf } from '../../shared/replays/tags.ts';
import { useLang } from '../i18n/index.ts';
import { replayDate } from './replayDate.ts';
import { fetchReplays } from './replaysApi.ts';

function Replay({ replay }: { replay: ReplayView }) {
  const { t } = useTranslation('replays');
  const { lang } = useLang();
  const video = useRef<HTMLVideoElement>(null);
  const date = replayDate(replay.startedAt, lang);
  const seek = (offsetMs: number): void => {
    const v = video.current;
    if (!v) return;
    // Before its metadata has loaded, the time is kept as where playback starts.
    v.currentTime = offsetMs / 1000;
    void v.play().catch(() => {});
  };
  return (
    <li className="replay">
      <p className="replay__meta">
        <time dateTime={replay.startedAt}>{date}</time> · {t('length', { length: clockOf(replay.durationMs) })}
      </p>
      <video ref={video} className="replay__video" src={replay.src} controls preload="metadata" playsInline aria-label={t('videoLabel', { date })} />
      {replay.tags.length > 0 ? (
        <ul className="replay__tags" aria-label={t('tagsTitle')}>
          {replay.tags.map((tag) => {
            const time = clockOf(tag.offsetMs);
            return (
              <li key={`${tag.offsetMs}-${tag.listingId}`}>
                <button type="button" className="button replay__tag" data-offset-ms={tag.offsetMs} aria-label={t('tagJump', { time, name: tag.name })} onClick={() => seek(tag.offsetMs)}>
                  <span className="replay__time">{time}</span> {tag.name}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </li>
  );
}

export function Replays({ boothId, headingLevel }: { boothId: string; headingLevel: 2 | 3 }) {
  const { t } = useTranslation('replays');
  const [replays, setReplays] = useState<ReplayView[]>([]);
  const titleId = useId();
  useEffect(() => {
    const abort = new AbortController();
    setReplays([]);
    void fetchReplays(boothId, abort.signal).then((r) => !abort.signal.aborted && setReplays(r));
    return () => abort.abort();
  }, [boothId]);
  if (replays.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="replays" aria-labelledby={titleId}>
      <Heading id={titleId}>{t('title')}</Heading>
      <ul className="replays__list">
        {replays.map((r) => (
          <Replay key={r.id} replay={r} />
        ))}
      </ul>
    </section>
  );
}
