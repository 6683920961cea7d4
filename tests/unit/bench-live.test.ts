/**
 * bench:live's pure parts: the VP8 clip's IVF reading and RTP framing (a frame split into payloads
 * that rebuild it, its keyframe seen at the first packet only), each viewer's packet share, the step
 * search's verdict and viewers per core, the publisher's pacer.
 */
import { describe, expect, it } from 'vitest';
import { median, packetShare, Pacer, verdict, viewersPerCore, worstShare } from '../bench/lib/liveSteps.ts';
import { isKeyframe, ivfFrames, packetizeVp8, startsKeyframe } from '../bench/lib/vp8Clip.ts';

function ivf(frames: Buffer[]): Buffer {
  const head = Buffer.alloc(32);
  head.write('DKIF', 0, 'latin1');
  head.writeUInt16LE(32, 6);
  return Buffer.concat([
    head,
    ...frames.flatMap((f, i) => {
      const h = Buffer.alloc(12);
      h.writeUInt32LE(f.length, 0);
      h.writeUInt32LE(i, 4);
      return [h, f];
    }),
  ]);
}

describe('the clip (IVF, VP8 over RTP)', () => {
  const key = Buffer.concat([Buffer.from([0x50]), Buffer.alloc(2999, 7)]); // P bit clear: a keyframe
  const inter = Buffer.from([0x51, 1, 2, 3]);

  it('reads the frames of an IVF file in order, and refuses anything else', () => {
    const frames = ivfFrames(ivf([key, inter]));
    expect(frames.map((f) => f.length)).toEqual([3000, 4]);
    expect(frames.map(isKeyframe)).toEqual([true, false]);
    expect(() => ivfFrames(Buffer.from('RIFF0000'))).toThrow(/IVF/);
  });

  it('splits a frame into payloads of at most 1200 bytes that rebuild it, the first one starting the frame', () => {
    const payloads = packetizeVp8(key);
    expect(payloads.length).toBe(3);
    expect(Math.max(...payloads.map((p) => p.length))).toBeLessThanOrEqual(1200);
    expect(payloads.map((p) => p[0])).toEqual([0x10, 0x00, 0x00]);
    expect(Buffer.concat(payloads.map((p) => p.subarray(1)))).toEqual(key);
    expect(packetizeVp8(inter)).toEqual([Buffer.from([0x10, 0x51, 1, 2, 3])]);
  });

  it('sees a keyframe start only at a keyframe\'s first packet, with or without the extended descriptor', () => {
    const [first, middle] = packetizeVp8(key);
    expect(startsKeyframe(first!)).toBe(true);
    expect(startsKeyframe(middle!)).toBe(false);
    expect(startsKeyframe(packetizeVp8(inter)[0]!)).toBe(false);
    // X set, I set with a 15-bit picture id (2 bytes), then the VP8 header of a keyframe.
    expect(startsKeyframe(Buffer.from([0x90, 0x80, 0x81, 0x23, 0x50]))).toBe(true);
    expect(startsKeyframe(Buffer.from([0x90, 0x80, 0x81, 0x23, 0x51]))).toBe(false);
  });
});

describe('the step search', () => {
  it('takes each viewer\'s share of the packets sent, capped at all of them, and the worst viewer\'s', () => {
    expect(packetShare({ sent: 1000, received: 950 })).toBe(0.95);
    expect(packetShare({ sent: 1000, received: 1003 })).toBe(1);
    expect(packetShare({ sent: 0, received: 0 })).toBe(0);
    expect(worstShare([{ sent: 100, received: 100 }, { sent: 100, received: 80 }])).toBe(0.8);
    expect(worstShare([])).toBe(0);
  });

  it('keeps the last step that held, and says why the search stopped', () => {
    const step = (viewers: number, worst: number, clientCpuPct = 40) => ({ viewers, worst, clientCpuPct });
    expect(verdict([step(5, 1), step(10, 0.99), step(15, 0.9)])).toEqual({ viewers: 10, limit: 'loss' });
    expect(verdict([step(5, 1), step(10, 0.94, 97)])).toEqual({ viewers: 5, limit: 'client' });
    expect(verdict([step(5, 0.5)])).toEqual({ viewers: 0, limit: 'loss' });
    expect(verdict([step(5, 1), step(10, 0.95)])).toEqual({ viewers: 10, limit: 'cap' });
  });

  it('counts viewers per core from the share of a core the SFU had, and takes medians', () => {
    expect(viewersPerCore(15, 25)).toBe(60);
    expect(viewersPerCore(7, 100)).toBe(7);
    expect(median([900, 700, 1200])).toBe(900);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('paces a burst: a keyframe\'s packets go out over time at the pacer\'s rate, never all at once', () => {
    // 100 bytes/ms: a 10-packet burst of 1,000 bytes spreads over about 100 ms.
    const pacer = new Pacer(100);
    const queue = Array.from({ length: 10 }, () => 1000);
    const sentAt0 = pacer.allow(0, queue);
    expect(sentAt0).toBe(1); // one tick's budget carried at the start, spent by the first packet
    queue.splice(0, sentAt0);
    let t = 0;
    while (queue.length > 0 && t < 1000) {
      t += 5;
      queue.splice(0, pacer.allow(t, queue));
    }
    expect(t).toBeGreaterThanOrEqual(80);
    expect(t).toBeLessThanOrEqual(100);
    // An idle spell does not save up a burst: after a second's quiet, at most two ticks' worth goes at once.
    expect(pacer.allow(2000, Array.from({ length: 10 }, () => 1000))).toBeLessThanOrEqual(1);
  });
});
