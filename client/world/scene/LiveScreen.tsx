import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import { MeshBasicMaterial, PlaneGeometry, SRGBColorSpace, VideoTexture, type Mesh } from 'three';
import type { Layout } from '../../../shared/world/types.ts';
import type { LiveSummary } from '../../../shared/api/live.ts';
import { useLivesNow } from '../../live/livesNow.ts';
import { playLiveSource } from '../../live/playSource.ts';
import { useLiveViewer } from '../../live/viewer.ts';
import { boothToWorld, WALL_T } from '../signage/boothParts.ts';
import { SCREEN } from '../signage/boothTemplate.ts';
import { useWorld } from '../state/context.ts';
import { wake } from '../state/rest.ts';

/** A booth's screen plays once the visitor is this close to its counter (metres): in sight from the aisle in front of it. */
const WATCH_RADIUS = 14;
const CHOOSE_MS = 250;
/** In front of the screen's icon (boothParts' icon spot, 0.09 m off the back wall), so the picture covers it. */
const FRONT_OF_WALL = 0.1;

/** The largest rectangle of the video's shape inside the screen's: a phone's portrait picture is letterboxed, never stretched. */
export function letterbox(screenW: number, screenH: number, videoW: number, videoH: number): [number, number] {
  if (videoW <= 0 || videoH <= 0) return [screenW, screenH];
  const aspect = videoW / videoH;
  return aspect > screenW / screenH ? [screenW, screenW / aspect] : [screenH * aspect, screenH];
}

/**
 * The live on the booth's screen (issue 10 §2): while the visitor is near a booth on air (in sight
 * of it, or at it with its panel open), its video plays on that booth's back-wall screen as a texture,
 * muted (the booth panel's player has the sound, after the visitor's tap). One video and one quad
 * for the booth being watched, none otherwise: a single extra draw call. The source is the page's
 * one viewer of that live (live/viewer.ts): its WebRTC stream shared with the panel's `<video>`, or
 * (the SFU full) its HLS rendition, which each video loads itself (segments are cacheable).
 */
export function LiveScreen({ layout }: { layout: Layout }) {
  const { frame } = useWorld();
  const lives = useLivesNow((s) => s.lives);
  const [watched, setWatched] = useState<LiveSummary | null>(null);
  // Which booth on air is in sight, a few times a second (never per frame: the choice changes rarely).
  useEffect(() => {
    const choose = (): void => {
      const p = frame.player.position;
      let best: LiveSummary | null = null;
      let bestD = WATCH_RADIUS;
      for (const live of lives ?? []) {
        const b = layout.booths.find((x) => x.id === live.boothId);
        const d = b ? Math.hypot(b.interactPoint.x - p.x, b.interactPoint.z - p.z) : Infinity;
        if (d < bestD) [best, bestD] = [live, d];
      }
      setWatched((w) => (w?.liveId === best?.liveId ? w : best));
    };
    choose();
    const timer = setInterval(choose, CHOOSE_MS);
    return () => clearInterval(timer);
  }, [lives, layout, frame]);
  const booth = watched ? layout.booths.find((b) => b.id === watched.boothId) : undefined;
  const { source } = useLiveViewer(booth && watched ? watched.liveId : null);
  const video = useMemo(() => {
    const v = document.createElement('video');
    v.muted = true;
    v.playsInline = true;
    return v;
  }, []);
  const [size, setSize] = useState<[number, number]>([0, 0]);
  const texture = useMemo(() => {
    const t = new VideoTexture(video);
    t.colorSpace = SRGBColorSpace;
    return t;
  }, [video]);
  const material = useMemo(() => new MeshBasicMaterial({ map: texture, toneMapped: false }), [texture]);
  const geometry = useMemo(() => new PlaneGeometry(1, 1), []);

  useEffect(() => {
    if (!source) return;
    const stop = playLiveSource(video, source);
    // Muted, so no gesture is needed; a refusal (a power-saving browser) leaves the screen as it was.
    void video.play().catch(() => {});
    const onSize = () => setSize([video.videoWidth, video.videoHeight]);
    video.addEventListener('resize', onSize);
    onSize();
    return () => {
      video.removeEventListener('resize', onSize);
      stop();
      video.pause();
      video.srcObject = null;
    };
  }, [source, video]);

  // For tests: what the screen plays, read through the test hook.
  const playing = booth && source ? booth : null;
  const quad = useRef<Mesh>(null);
  useEffect(() => {
    if (!playing) return;
    frame.liveScreen = () => ({
      boothId: playing.id,
      videoFrames: video.getVideoPlaybackQuality().totalVideoFrames,
      width: video.videoWidth,
      height: video.videoHeight,
      screen: { width: playing.width * SCREEN.widthShare, height: SCREEN.height },
      // The quad as drawn (its scale is its size: a unit plane), none before the first frame.
      drawn: { width: quad.current?.scale.x ?? 0, height: quad.current?.scale.y ?? 0 },
    });
    return () => void (frame.liveScreen = null);
  }, [playing, frame, video]);

  // A playing live changes the picture every frame: the world must not rest (state/rest.ts).
  useFrame(() => {
    if (source && !video.paused) wake(frame, performance.now());
  });

  useEffect(
    () => () => {
      texture.dispose();
      material.dispose();
      geometry.dispose();
    },
    [texture, material, geometry],
  );

  if (!booth || !source || size[0] === 0) return null;
  const screenW = booth.width * SCREEN.widthShare;
  const [w, h] = letterbox(screenW, SCREEN.height, size[0], size[1]);
  const [x, y, z] = boothToWorld(booth, (booth.width / 2) * SCREEN.offsetShare, SCREEN.y, booth.depth / 2 - WALL_T - FRONT_OF_WALL);
  // The plane faces +z; the booth's front is its local -z, so it turns half a turn beyond the booth's own rotation.
  return <mesh ref={quad} geometry={geometry} material={material} position={[x, y, z]} rotation={[0, -booth.heading + Math.PI, 0]} scale={[w, h, 1]} />;
}
