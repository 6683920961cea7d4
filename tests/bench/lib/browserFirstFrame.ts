/**
 * first_frame_ms in a real browser: Debian Chromium (Playwright) joins a live as the app's viewer does
 * (recvonly offer gathered whole, POST /api/lives/:liveId/viewers, the answer applied, the track in a
 * muted <video>) and times from sending the join request to the first frame Chromium decoded and
 * presented (requestVideoFrameCallback). Each try leaves the live afterwards (DELETE), so it holds no
 * place; a try that fails is recorded as such, not thrown.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../helpers/chromium.ts';

/** What loopback WebRTC needs in headless Chromium (the stack notes' fake-camera flags, minus the camera). */
const WEBRTC_ARGS = ['--allow-loopback-in-peer-connection', '--disable-features=WebRtcHideLocalIpsWithMdns', '--autoplay-policy=no-user-gesture-required'];

export interface FirstFrame {
  /** null: no frame within the try's limit (or the join failed); `error` says which. */
  ms: number | null;
  width: number;
  error?: string;
}

/** A try with no frame after this long counts as failed. */
export const TRY_LIMIT_MS = 10_000;

/** Runs in the page: one join, timed; rejects after `limitMs` without a frame. */
async function joinOnce({ liveId, limitMs }: { liveId: string; limitMs: number }): Promise<FirstFrame> {
  const pc = new RTCPeerConnection();
  pc.addTransceiver('video', { direction: 'recvonly' });
  pc.addTransceiver('audio', { direction: 'recvonly' });
  const video = document.createElement('video');
  video.muted = true;
  video.autoplay = true;
  video.playsInline = true;
  document.body.append(video);
  pc.ontrack = (e) => {
    if (e.track.kind === 'video') video.srcObject = new MediaStream([e.track]);
  };
  await pc.setLocalDescription(await pc.createOffer());
  if (pc.iceGatheringState !== 'complete') {
    await new Promise<void>((r) => pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && r()));
  }
  const t0 = performance.now();
  const res = await fetch(`/api/lives/${liveId}/viewers`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sdp: pc.localDescription!.sdp }) });
  if (res.status !== 201) throw new Error(`join answered ${res.status}`);
  const { viewerId, sdp } = (await res.json()) as { viewerId: string; sdp: string };
  try {
    await pc.setRemoteDescription({ type: 'answer', sdp });
    const t1 = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no frame')), limitMs);
      video.requestVideoFrameCallback((now) => {
        clearTimeout(timer);
        resolve(now);
      });
    });
    return { ms: t1 - t0, width: video.videoWidth };
  } finally {
    pc.close();
    video.remove();
    await fetch(`/api/lives/${liveId}/viewers/${viewerId}`, { method: 'DELETE' });
  }
}

/** `tries` joins one after another, each in a fresh page of one browser. */
export async function browserFirstFrames(base: string, liveId: string, tries: number): Promise<FirstFrame[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...WEBRTC_ARGS], headless: true });
  try {
    const out: FirstFrame[] = [];
    for (let i = 0; i < tries; i++) {
      const page = await browser.newPage({ bypassCSP: true });
      // Any page of the app's origin: the join is a same-origin request, as the booth page's.
      await page.goto(`${base}/healthz`);
      out.push(await page.evaluate(joinOnce, { liveId, limitMs: TRY_LIMIT_MS }).catch((e: Error) => ({ ms: null, width: 0, error: e.message.split('\n')[0]! })));
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}
