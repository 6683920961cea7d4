/**
 * One unbroken RTP stream for ffmpeg out of a live's publishers: a publisher who resumes (a phone
 * back from a locked screen) starts a new stream with its own SSRC, sequence and timestamp bases,
 * which ffmpeg's RTP reader would take for garbage or a clock jump. Each packet copy gets a fixed
 * SSRC and payload type, and its sequence and timestamp are shifted so that a new stream carries on
 * where the last one stopped, its timestamps moved on by the wall-clock time of the gap.
 */

export interface ContinuityOptions {
  clockRate: number;
  payloadType: number;
  ssrc: number;
}

/** Rewrites a serialised RTP packet in place (the caller passes its own copy). */
export type Rewrite = (packet: Buffer, nowMs: number) => void;

export function rtpContinuity({ clockRate, payloadType, ssrc }: ContinuityOptions): Rewrite {
  let source: number | null = null;
  let seqShift = 0;
  let tsShift = 0;
  let lastSeq = 0;
  let lastTs = 0;
  let lastAt = 0;
  return (packet, nowMs) => {
    if (packet.length < 12) return;
    const from = packet.readUInt32BE(8);
    const seq = packet.readUInt16BE(2);
    const ts = packet.readUInt32BE(4);
    if (from !== source) {
      if (source !== null) {
        seqShift = (lastSeq + 1 - seq) & 0xffff;
        const gap = Math.max(1, Math.round(((nowMs - lastAt) * clockRate) / 1000));
        tsShift = (lastTs + gap - ts) >>> 0;
      }
      source = from;
    }
    lastSeq = (seq + seqShift) & 0xffff;
    lastTs = (ts + tsShift) >>> 0;
    lastAt = nowMs;
    packet[1] = (packet[1]! & 0x80) | payloadType;
    packet.writeUInt16BE(lastSeq, 2);
    packet.writeUInt32BE(lastTs, 4);
    packet.writeUInt32BE(ssrc, 8);
  };
}
