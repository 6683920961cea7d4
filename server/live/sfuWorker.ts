/**
 * The SFU's worker thread: every WebRTC peer of every live (werift: ICE, DTLS, SRTP) lives here, so
 * the thread that ticks the halls never encrypts, decrypts or forwards a media packet. Per live, one
 * publisher (its offer answered recvonly) and its viewers (each offer answered sendonly); each RTP
 * packet from the publisher is serialised once and written to every viewer's sender, which
 * rewrites SSRC, payload type and sequence for its own stream. A viewer's picture-loss indication is
 * relayed to the publisher, throttled, or a late joiner would stay black until the next keyframe.
 * With ffmpeg, each live's packets also go to its HLS rendition and recording (live/renditions.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { RTCPeerConnection, RTCRtpCodecParameters, type MediaStreamTrack, type RTCRtpSender, type RTCRtpTransceiver, type RtpPacket } from 'werift';
import { waitLongerForConsent } from './consentWait.ts';
import { CallSchema, WorkerDataSchema, type Answer, type Call, type SfuEvent } from './protocol.ts';
import { createRenditions } from './renditions.ts';

const port = parentPort;
if (!port) throw new Error('sfuWorker.ts runs as a worker thread (live/sfu.ts starts it)');
const { ice, pliIntervalMs, hls } = WorkerDataSchema.parse(workerData);

type Kind = 'audio' | 'video';

/**
 * One codec per kind, so a packet's payload needs no translation between publisher and viewers:
 * VP8 (every browser sends and decodes it) and Opus. No header extensions are negotiated, so none
 * arrive with the publisher's ids to be misread by a viewer.
 */
const codecs = () => ({
  video: [
    new RTCRtpCodecParameters({
      mimeType: 'video/VP8',
      clockRate: 90000,
      rtcpFeedback: [{ type: 'nack' }, { type: 'nack', parameter: 'pli' }, { type: 'goog-remb' }],
    }),
  ],
  audio: [new RTCRtpCodecParameters({ mimeType: 'audio/opus', clockRate: 48000, channels: 2 })],
});

const peer = () =>
  new RTCPeerConnection({
    codecs: codecs(),
    headerExtensions: { audio: [], video: [] },
    iceAdditionalHostAddresses: ice.hostAddresses,
    // Loopback-only (tests): an interface filter that matches nothing leaves the added addresses alone.
    iceInterfaceAddresses: ice.useInterfaces ? undefined : { udp4: '0.0.0.0' },
    iceUseIpv6: false,
    icePortRange: ice.portRange ?? undefined,
  });

interface Source {
  transceiver: RTCRtpTransceiver;
  ssrc: number;
}
interface Viewer {
  pc: RTCPeerConnection;
  senders: Map<Kind, RTCRtpSender>;
  /** When it was answered, and when its last receiver report came (0: not connected yet). */
  joinedAt: number;
  lastRtcpAt: number;
}
interface Live {
  publisher: RTCPeerConnection | null;
  sources: Map<Kind, Source>;
  viewers: Map<string, Viewer>;
  lastPliAt: number;
  /** When the publisher's last packet arrived (0: none yet), and whether it has stopped sending. */
  lastRtpAt: number;
  stalled: boolean;
}

const lives = new Map<string, Live>();

const emit = (e: SfuEvent): void => port.postMessage(e);
const renditions = createRenditions(hls, emit);

function liveOf(liveId: string): Live {
  let live = lives.get(liveId);
  if (!live) lives.set(liveId, (live = { publisher: null, sources: new Map(), viewers: new Map(), lastPliAt: -Infinity, lastRtpAt: 0, stalled: false }));
  return live;
}

/** Asks the publisher for a keyframe, at most once per pliIntervalMs (many viewers joining at once ask once). */
function requestKeyframe(live: Live): void {
  const now = performance.now();
  if (now - live.lastPliAt < pliIntervalMs) return;
  const video = live.sources.get('video');
  if (!video) return;
  live.lastPliAt = now;
  video.transceiver.receiver.sendRtcpPLI(video.ssrc).catch(() => {});
}

/** Resolves with the local SDP once ICE gathering is complete (non-trickle: the answer holds every candidate). */
async function answerOf(pc: RTCPeerConnection, offer: string): Promise<string> {
  await pc.setRemoteDescription({ type: 'offer', sdp: offer });
  await pc.setLocalDescription(await pc.createAnswer());
  if (pc.iceGatheringState !== 'complete') {
    await new Promise<void>((resolve) => {
      const { unSubscribe } = pc.iceGatheringStateChange.subscribe((s) => {
        if (s !== 'complete') return;
        unSubscribe();
        resolve();
      });
    });
  }
  const sdp = pc.localDescription?.sdp;
  if (!sdp) throw new Error('no local description');
  // A saturated worker reads consent answers late: they still count (live/consentWait.ts).
  waitLongerForConsent(pc);
  return sdp;
}

function forward(liveId: string, live: Live, kind: Kind, rtp: RtpPacket): void {
  rtp.header.extensions = [];
  const bytes = rtp.serialize();
  renditions.write(liveId, kind, bytes);
  for (const v of live.viewers.values()) v.senders.get(kind)?.sendRtp(bytes).catch(() => {});
}

/** The offer's m-lines make recvonly transceivers (werift's default for a remote offer). */
async function publish(liveId: string, sdp: string): Promise<string> {
  const live = liveOf(liveId);
  // A resume: the old connection (already failed, or a second tab) gives way to the new one.
  const old = live.publisher;
  live.publisher = null;
  live.sources.clear();
  if (old) await old.close().catch(() => {});
  const pc = peer();
  live.publisher = pc;
  live.lastRtpAt = 0;
  live.stalled = false;
  // A resume keeps the live's rendition: one recording from the first publish to the end.
  renditions.open(liveId);
  pc.onTrack.subscribe((track: MediaStreamTrack) => {
    const kind = track.kind as Kind;
    const transceiver = pc.getTransceivers().find((t) => t.kind === kind);
    if (!transceiver) return;
    track.onReceiveRtp.subscribe((rtp) => {
      if (live.publisher !== pc) return;
      live.lastRtpAt = performance.now();
      if (live.stalled) {
        live.stalled = false;
        emit({ ev: 'publisher', liveId, state: 'connected' });
      }
      if (!live.sources.has(kind)) {
        live.sources.set(kind, { transceiver, ssrc: rtp.header.ssrc });
        // Viewers already waiting (a resume) need a keyframe of the new stream.
        if (kind === 'video' && live.viewers.size > 0) requestKeyframe(live);
      }
      forward(liveId, live, kind, rtp);
    });
  });
  pc.connectionStateChange.subscribe((state) => {
    if (live.publisher !== pc || !lives.has(liveId)) return;
    if (state === 'connected') emit({ ev: 'publisher', liveId, state: 'connected' });
    else if (state === 'failed' || state === 'closed' || state === 'disconnected') emit({ ev: 'publisher', liveId, state: 'dropped' });
  });
  return answerOf(pc, sdp);
}

async function view(liveId: string, viewerId: string, sdp: string): Promise<string> {
  const live = lives.get(liveId);
  if (!live) throw new LiveNotFound();
  const pc = peer();
  // Added before the offer is applied, so the offer's m-lines take these sendonly transceivers.
  const senders = new Map<Kind, RTCRtpSender>();
  for (const kind of ['video', 'audio'] as const) {
    const t = pc.addTransceiver(kind, { direction: 'sendonly' });
    senders.set(kind, t.sender);
    t.sender.onPictureLossIndication.subscribe(() => requestKeyframe(live));
  }
  const viewer: Viewer = { pc, senders, joinedAt: performance.now(), lastRtcpAt: 0 };
  for (const sender of senders.values()) sender.onRtcp.subscribe(() => (viewer.lastRtcpAt = performance.now()));
  pc.connectionStateChange.subscribe((state) => {
    if (state === 'connected') {
      viewer.lastRtcpAt = performance.now();
      requestKeyframe(live);
    } else if ((state === 'failed' || state === 'closed' || state === 'disconnected') && live.viewers.get(viewerId) === viewer) viewerGone(liveId, live, viewerId);
  });
  live.viewers.set(viewerId, viewer);
  try {
    return await answerOf(pc, sdp);
  } catch (err) {
    dropViewer(live, viewerId);
    throw err;
  }
}

function viewerGone(liveId: string, live: Live, viewerId: string): void {
  dropViewer(live, viewerId);
  emit({ ev: 'viewerGone', liveId, viewerId });
}

function dropViewer(live: Live, viewerId: string): void {
  const v = live.viewers.get(viewerId);
  if (!v) return;
  live.viewers.delete(viewerId);
  v.pc.close().catch(() => {});
}

function end(liveId: string): void {
  const live = lives.get(liveId);
  if (!live) return;
  lives.delete(liveId);
  for (const id of [...live.viewers.keys()]) dropViewer(live, id);
  live.publisher?.close().catch(() => {});
  renditions.end(liveId);
}

/**
 * A publisher whose packets stop has dropped, whatever its connection state says: a phone whose
 * screen locks stops sending at once, while ICE takes far longer to notice (or never does, when
 * the peer went away without a goodbye). Audio keeps flowing while the microphone is muted (silence
 * frames) and video while the camera is switched, so a pause this long is not the publisher's choice.
 */
const STALL_MS = 3000;
/**
 * A viewer holds one of the live's places, so one that never connects (an offer sent and forgotten,
 * or many sent to fill the live) or goes silent (a closed tab sends no goodbye; a receiving browser
 * reports every second or so while media flows) gives it back.
 */
const VIEWER_CONNECT_MS = 15_000;
const VIEWER_SILENT_MS = 10_000;
setInterval(() => {
  const now = performance.now();
  for (const [liveId, live] of lives) {
    const flowing = live.publisher !== null && !live.stalled && live.lastRtpAt !== 0;
    for (const [viewerId, v] of live.viewers) {
      // Receivers report about what they receive: while nothing flows, silence says nothing.
      if (!flowing && v.lastRtcpAt !== 0) v.lastRtcpAt = now;
      const gone = v.lastRtcpAt === 0 ? now - v.joinedAt > VIEWER_CONNECT_MS : now - v.lastRtcpAt > VIEWER_SILENT_MS;
      if (gone) viewerGone(liveId, live, viewerId);
    }
    if (!flowing || now - live.lastRtpAt < STALL_MS) continue;
    live.stalled = true;
    emit({ ev: 'publisher', liveId, state: 'dropped' });
  }
  renditions.tick((liveId) => {
    const live = lives.get(liveId);
    if (live) requestKeyframe(live);
  });
}, 1000);

class LiveNotFound extends Error {}

async function run(call: Call): Promise<Answer> {
  try {
    switch (call.op) {
      case 'publish':
        return { id: call.id, ok: true, sdp: await publish(call.liveId, call.sdp) };
      case 'view':
        return { id: call.id, ok: true, sdp: await view(call.liveId, call.viewerId, call.sdp) };
      case 'dropViewer': {
        const live = lives.get(call.liveId);
        if (live) dropViewer(live, call.viewerId);
        return { id: call.id, ok: true };
      }
      case 'end':
        end(call.liveId);
        return { id: call.id, ok: true };
      case 'close':
        for (const liveId of [...lives.keys()]) end(liveId);
        await renditions.close();
        return { id: call.id, ok: true };
    }
  } catch (err) {
    if (err instanceof LiveNotFound) return { id: call.id, ok: false, error: 'liveNotFound' };
    // werift throws on an SDP it cannot parse or negotiate (no VP8/Opus, no m-lines): the caller's fault.
    return { id: call.id, ok: false, error: 'badSdp' };
  }
}

port.on('message', (raw: unknown) => {
  const call = CallSchema.safeParse(raw);
  if (!call.success) return;
  void run(call.data).then((a) => port.postMessage(a));
});
