/**
 * bench:live's WebRTC peers (werift, loopback only, as tests/helpers/livePeers.ts): a publisher that
 * replays a VP8 clip in real time (lib/vp8Clip.ts), paced, and counts the packets it sent, and viewers that
 * count the distinct packets they received since a mark and time their first complete keyframe.
 */
import { RtpHeader, RtpPacket } from 'werift';
import { loopbackPeer, offerOf } from '../../helpers/livePeers.ts';
import { Pacer } from './liveSteps.ts';
import { CLIP_FPS, packetizeVp8, startsKeyframe } from './vp8Clip.ts';

export interface BenchPublisher {
  offer(): Promise<string>;
  accept(answer: string): Promise<void>;
  /** Starts the clip, looping, one frame every 1/30 s. */
  start(): void;
  /** Packets sent so far. */
  sent(): number;
  close(): Promise<void>;
}

/**
 * A browser's sender paces its packets at 2.5 times its target rate (WebRTC's pacer) instead of
 * writing a keyframe's dozens of packets at once; the bench's publisher does the same.
 */
export const PACING_FACTOR = 2.5;

export function benchPublisher(frames: readonly Buffer[], kbps: number): BenchPublisher {
  const pc = loopbackPeer();
  const video = pc.addTransceiver('video', { direction: 'sendonly' });
  pc.addTransceiver('audio', { direction: 'sendonly' });
  const packets = frames.map((f) => packetizeVp8(f));
  const pacer = new Pacer((kbps * PACING_FACTOR) / 8);
  const queue: RtpPacket[] = [];
  let sent = 0;
  let seq = 0;
  let timer: NodeJS.Timeout | undefined;
  return {
    offer: () => offerOf(pc),
    accept: (sdp) => pc.setRemoteDescription({ type: 'answer', sdp }),
    start() {
      const t0 = performance.now();
      let frame = 0;
      // Frames are due by the clock, not by the timer's count: a late timer queues the frames now due, as a camera would.
      timer = setInterval(() => {
        const now = performance.now();
        const due = Math.floor(((now - t0) / 1000) * CLIP_FPS);
        for (; frame <= due; frame++) {
          const payloads = packets[frame % packets.length]!;
          payloads.forEach((payload, i) => {
            const header = new RtpHeader({ sequenceNumber: seq++ & 0xffff, timestamp: (frame * (90000 / CLIP_FPS)) >>> 0, payloadType: 96, marker: i === payloads.length - 1, ssrc: 4321 });
            queue.push(new RtpPacket(header, payload));
          });
        }
        for (let n = pacer.allow(now, queue.map((p) => p.payload.length)); n > 0; n--) {
          sent++;
          video.sender.sendRtp(queue.shift()!).catch(() => {});
        }
      }, 5);
    },
    sent: () => sent,
    async close() {
      clearInterval(timer);
      await pc.close();
    },
  };
}

export interface BenchViewer {
  offer(): Promise<string>;
  accept(answer: string): Promise<void>;
  /** Starts a count: distinct packets from here on. */
  mark(): void;
  /** Distinct video packets since the mark. */
  received(): number;
  /** performance.now() when the first keyframe had arrived whole (null: not yet). */
  firstKeyframeAt(): number | null;
  /** The connection's states so far, in order (a viewer that got nothing says how it ended). */
  states(): string[];
  close(): Promise<void>;
}

export function benchViewer(): BenchViewer {
  const pc = loopbackPeer();
  pc.addTransceiver('video', { direction: 'recvonly' });
  pc.addTransceiver('audio', { direction: 'recvonly' });
  // Sequence numbers seen since the mark: a retransmitted packet counts once.
  let seen = new Uint8Array(65536);
  let received = 0;
  let keyframeAt: number | null = null;
  // The first keyframe's timestamp, first sequence number and packets so far; whole when its marker packet closes an unbroken run.
  let key: { ts: number; first: number; got: number; last: number | null } | null = null;
  const states: string[] = [];
  const t0 = performance.now();
  pc.connectionStateChange.subscribe((state) => states.push(`${state}@${Math.round((performance.now() - t0) / 1000)}s`));
  pc.onTrack.subscribe((track) => {
    if (track.kind !== 'video') return;
    track.onReceiveRtp.subscribe((rtp) => {
      const { sequenceNumber: sn, timestamp: ts, marker } = rtp.header;
      if (!seen[sn]) {
        seen[sn] = 1;
        received++;
      }
      if (keyframeAt !== null) return;
      if (!key && startsKeyframe(rtp.payload)) key = { ts, first: sn, got: 0, last: null };
      if (!key || ts !== key.ts) return;
      key.got++;
      if (marker) key.last = sn;
      if (key.last !== null && key.got >= ((key.last - key.first) & 0xffff) + 1) keyframeAt = performance.now();
    });
  });
  return {
    offer: () => offerOf(pc),
    accept: (sdp) => pc.setRemoteDescription({ type: 'answer', sdp }),
    mark() {
      seen = new Uint8Array(65536);
      received = 0;
    },
    received: () => received,
    firstKeyframeAt: () => keyframeAt,
    states: () => states,
    close: () => pc.close(),
  };
}
