/**
 * Plays a live in a `<video>` from whichever source the page's viewer has (live/viewer.ts): the
 * WebRTC stream, or, for a viewer the SFU had no room for, the live's HLS rendition. HLS goes
 * through hls.js (its light build, loaded only when a page first needs it) wherever the browser
 * has Media Source Extensions, and through the browser's own HLS where it has none (iPhone Safari
 * before 17.1). Returns what undoes it.
 */
import type { LiveSource } from './viewer.ts';

const HLS_TYPE = 'application/vnd.apple.mpegurl';

export function playLiveSource(video: HTMLVideoElement, source: LiveSource): () => void {
  if (source.kind === 'webrtc') {
    if (video.srcObject !== source.stream) video.srcObject = source.stream;
    return () => {};
  }
  video.srcObject = null;
  const mse = 'MediaSource' in window || 'ManagedMediaSource' in window;
  if (!mse && video.canPlayType(HLS_TYPE) !== '') {
    video.src = source.url;
    void video.play().catch(() => {});
    return () => {
      video.removeAttribute('src');
      video.load();
    };
  }
  let gone = false;
  let destroy = (): void => {};
  void import('hls.js/light').then(({ default: Hls }) => {
    if (gone || !Hls.isSupported()) return;
    // No worker: the page's CSP allows none (server/http/securityHeaders.ts), and one live's segments are light work.
    const hls = new Hls({ enableWorker: false, liveSyncDurationCount: 3 });
    hls.on(Hls.Events.ERROR, (_event, data) => {
      if (!data.fatal) return;
      // A segment or playlist missed (a restart of the rendition, a network blip): load again; a decode error: recover.
      if (data.type === Hls.ErrorTypes.MEDIA_ERROR) hls.recoverMediaError();
      else hls.startLoad();
    });
    hls.loadSource(source.url);
    hls.attachMedia(video);
    void video.play().catch(() => {});
    destroy = () => hls.destroy();
  });
  return () => {
    gone = true;
    destroy();
  };
}
