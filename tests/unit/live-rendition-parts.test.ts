/**
 * The parts of a live's HLS rendition that need no server: the RTP continuity that lets a resumed
 * publisher carry on the same ffmpeg stream, and which ffmpeg the app finds (or that it says once
 * that there is none).
 */
import { describe, expect, it } from 'vitest';
import { findFfmpeg } from '../../server/live/ffmpeg.ts';
import { rtpContinuity } from '../../server/live/rtpContinuity.ts';

const packet = (ssrc: number, seq: number, ts: number, pt = 100, marker = false): Buffer => {
  const b = Buffer.alloc(16);
  b[0] = 0x80;
  b[1] = (marker ? 0x80 : 0) | pt;
  b.writeUInt16BE(seq, 2);
  b.writeUInt32BE(ts, 4);
  b.writeUInt32BE(ssrc, 8);
  return b;
};
const fields = (b: Buffer) => ({ marker: b[1]! >> 7, pt: b[1]! & 0x7f, seq: b.readUInt16BE(2), ts: b.readUInt32BE(4), ssrc: b.readUInt32BE(8) });

describe('RTP continuity across a publisher\'s resume', () => {
  it('gives every packet the fixed SSRC and payload type, keeping the marker bit', () => {
    const rewrite = rtpContinuity({ clockRate: 90000, payloadType: 96, ssrc: 1 });
    const p = packet(777, 10, 5000, 120, true);
    rewrite(p, 0);
    expect(fields(p)).toEqual({ marker: 1, pt: 96, seq: 10, ts: 5000, ssrc: 1 });
  });

  it('carries a new stream on where the old one stopped, its clock moved on by the gap', () => {
    const rewrite = rtpContinuity({ clockRate: 90000, payloadType: 96, ssrc: 1 });
    const a = packet(777, 65535, 4294967000);
    rewrite(a, 1000);
    const b = packet(777, 0, 3000 - 296 - 1);
    rewrite(b, 1033);
    expect(fields(b)).toMatchObject({ seq: 0, ts: 2703 });
    // The resumed publisher: another SSRC, its own bases, 2 s later.
    const c = packet(999, 40000, 123456);
    rewrite(c, 3033);
    expect(fields(c)).toMatchObject({ seq: 1, ts: 2703 + 180000, ssrc: 1 });
    const d = packet(999, 40001, 123456 + 3000);
    rewrite(d, 3066);
    expect(fields(d)).toMatchObject({ seq: 2, ts: 2703 + 183000 });
  });
});

describe('which ffmpeg', () => {
  const logs = () => {
    const lines: string[] = [];
    return { lines, log: { info: (...a: unknown[]) => void lines.push(`info ${String(a.at(-1))}`), warn: (...a: unknown[]) => void lines.push(`warn ${String(a.at(-1))}`) } };
  };

  it('prefers the packaged binary, and says HLS is on', () => {
    const { lines, log } = logs();
    expect(findFfmpeg('on', log, { packaged: () => '/opt/ffmpeg', pathVar: '' })).toBe('/opt/ffmpeg');
    expect(lines).toEqual([expect.stringMatching(/^info live HLS on/)]);
  });

  it('without one, and none on PATH, runs WebRTC only and says so in one line', () => {
    const { lines, log } = logs();
    expect(findFfmpeg('on', log, { packaged: () => null, pathVar: '/nonexistent:/also-not' })).toBeNull();
    expect(lines).toEqual([expect.stringMatching(/^warn no ffmpeg .*WebRTC only/)]);
  });

  it('LIVE_HLS=off looks for none', () => {
    const { lines, log } = logs();
    expect(findFfmpeg('off', log, { packaged: () => '/opt/ffmpeg' })).toBeNull();
    expect(lines).toEqual([expect.stringMatching(/^info live HLS off/)]);
  });
});
