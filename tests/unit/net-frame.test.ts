import { describe, expect, it } from 'vitest';
import {
  AVATAR_FLAG,
  FRAME_AVATAR_BYTES,
  FRAME_HEADER_BYTES,
  FRAME_TYPE_POSITIONS,
  decodeFrame,
  encodeFrame,
  frameByteLength,
} from '../../shared/net/frame.ts';
import type { AvatarTable } from '../../shared/net/frame.ts';
import { mulberry32, randomInt } from '../../shared/net/prng.ts';
import type { Rng } from '../../shared/net/prng.ts';

type Row = [slot: number, x: number, z: number, heading: number, flags: number];

function randomTable(rng: Rng, n: number): AvatarTable {
  const t: AvatarTable = { x: new Uint16Array(n), z: new Uint16Array(n), heading: new Uint8Array(n), flags: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    t.x[i] = randomInt(rng, 0, 0xffff);
    t.z[i] = randomInt(rng, 0, 0xffff);
    t.heading[i] = randomInt(rng, 0, 255);
    t.flags[i] = randomInt(rng, 0, 15);
  }
  return t;
}

function decodeRows(bytes: Uint8Array): { result: ReturnType<typeof decodeFrame>; rows: Row[] } {
  const rows: Row[] = [];
  const result = decodeFrame(bytes, (...row) => rows.push(row));
  return { result, rows };
}

describe('position frame', () => {
  it('puts 7 bytes of header and 7 bytes per avatar on the wire, and refuses a frame cut short', () => {
    const table = randomTable(mulberry32(4), 32);
    const written = [0, 1, 24].map((n) => encodeFrame(new Uint8Array(512), 9, Array.from({ length: n }, (_, i) => i), n, table));
    expect(written).toEqual([7, 7 + 7, 7 + 24 * 7]);
    const full = new Uint8Array(512);
    const len = encodeFrame(full, 9, [1, 2], 2, table);
    expect(decodeFrame(full.subarray(0, len - 1)).ok).toBe(false);
  });

  it('round-trips tick, slots, positions, headings and all four flags', () => {
    const rng = mulberry32(3);
    const table = randomTable(rng, 4096);
    table.flags[4095] = AVATAR_FLAG.moving | AVATAR_FLAG.running | AVATAR_FLAG.teleported | AVATAR_FLAG.atBooth;
    const slots = [0, 4095, 17, 1000, 17];
    const buf = new Uint8Array(200);
    const len = encodeFrame(buf, 0xfffffffe, slots, slots.length, table);
    expect(len).toBe(frameByteLength(5));
    expect(buf[0]).toBe(FRAME_TYPE_POSITIONS);
    const { result, rows } = decodeRows(buf.subarray(0, len));
    expect(result).toEqual({ ok: true, tick: 0xfffffffe, count: 5 });
    expect(rows).toEqual(slots.map((s) => [s, table.x[s], table.z[s], table.heading[s], table.flags[s]]));
    expect(rows[1]![4]).toBe(15);
  });

  it('wraps the tick at 2^32 and encodes an empty frame', () => {
    const table = randomTable(mulberry32(1), 1);
    const buf = new Uint8Array(16);
    const len = encodeFrame(buf, 2 ** 32 + 5, [], 0, table);
    expect(len).toBe(7);
    expect(decodeFrame(buf.subarray(0, len))).toEqual({ ok: true, tick: 5, count: 0 });
  });

  it('reads a frame at an offset inside a larger buffer (byteOffset)', () => {
    const table = randomTable(mulberry32(2), 10);
    const big = new Uint8Array(100).fill(0xee);
    const into = big.subarray(13, 13 + frameByteLength(3));
    encodeFrame(into, 42, [9, 2, 5], 3, table);
    expect(big[12]).toBe(0xee); // nothing written before the window
    const { result, rows } = decodeRows(big.subarray(13, 13 + frameByteLength(3)));
    expect(result).toEqual({ ok: true, tick: 42, count: 3 });
    expect(rows.map((r) => r[0])).toEqual([9, 2, 5]);
    expect(rows[0]).toEqual([9, table.x[9], table.z[9], table.heading[9], table.flags[9]]);
  });

  it('refuses programmer errors loudly', () => {
    const table = randomTable(mulberry32(4), 8);
    expect(() => encodeFrame(new Uint8Array(10), 1, [1], 1, table)).toThrow(RangeError); // too small
    expect(() => encodeFrame(new Uint8Array(64), 1, [8], 1, table)).toThrow(RangeError); // no such slot
    expect(() => encodeFrame(new Uint8Array(64), 1, [1.5], 1, table)).toThrow(RangeError);
    expect(() => encodeFrame(new Uint8Array(64), 1, [1], 2, table)).toThrow(RangeError); // count > slots
    const big = randomTable(mulberry32(4), 5000);
    expect(() => encodeFrame(new Uint8Array(64), 1, [4096], 1, big)).toThrow(RangeError); // beyond 12 bits
  });

  it('rejects truncated, padded, foreign and non-byte input without visiting anyone', () => {
    const table = randomTable(mulberry32(5), 4);
    const buf = new Uint8Array(64);
    const len = encodeFrame(buf, 7, [0, 1, 2], 3, table);
    const visits: number[] = [];
    const visit = (slot: number): void => void visits.push(slot);
    expect(decodeFrame(buf.subarray(0, len - 1), visit)).toEqual({ ok: false, error: 'truncated' });
    expect(decodeFrame(buf.subarray(0, 3), visit)).toEqual({ ok: false, error: 'truncated' });
    expect(decodeFrame(buf.subarray(0, len + 1), visit)).toEqual({ ok: false, error: 'lengthMismatch' });
    const foreign = buf.slice(0, len);
    foreign[0] = 9;
    expect(decodeFrame(foreign, visit)).toEqual({ ok: false, error: 'badType' });
    for (const junk of [null, undefined, 'frame', [1, 0, 0, 0, 0, 0, 0], new ArrayBuffer(7), {}]) {
      expect(decodeFrame(junk, visit)).toEqual({ ok: false, error: 'notBytes' });
    }
    expect(visits).toEqual([]);
  });

  it('fuzz: random and mutated bytes never throw; whatever decodes re-encodes byte for byte', () => {
    const rng = mulberry32(20260501);
    const table = randomTable(rng, 4096);
    let decoded = 0;
    for (let i = 0; i < 20_000; i++) {
      let bytes: Uint8Array;
      if (i % 2 === 0) {
        bytes = new Uint8Array(randomInt(rng, 0, 64));
        for (let j = 0; j < bytes.length; j++) bytes[j] = randomInt(rng, 0, 255);
        if (bytes.length > 0 && rng() < 0.5) bytes[0] = FRAME_TYPE_POSITIONS;
        if (bytes.length >= 7 && rng() < 0.5) bytes[5] = Math.floor((bytes.length - 7) / 7); // plausible count
        if (bytes.length >= 7) bytes[6] = rng() < 0.8 ? 0 : bytes[6]!;
      } else {
        const n = randomInt(rng, 0, 8);
        const slots = Array.from({ length: n }, () => randomInt(rng, 0, 4095));
        const full = new Uint8Array(frameByteLength(n));
        encodeFrame(full, randomInt(rng, 0, 2 ** 31), slots, n, table);
        bytes = rng() < 0.5 ? full : full.subarray(0, randomInt(rng, 0, full.length)); // whole or cut
        if (rng() < 0.3 && bytes.length > 0) {
          const j = randomInt(rng, 0, bytes.length - 1);
          bytes[j] = bytes[j]! ^ (1 << randomInt(rng, 0, 7)); // flip one bit
        }
      }
      const { result, rows } = decodeRows(bytes); // a throw here fails the test
      if (!result.ok) {
        expect(rows).toEqual([]);
        continue;
      }
      decoded++;
      expect(bytes.length).toBe(frameByteLength(result.count));
      expect(rows.length).toBe(result.count);
      // Re-encode what was read: the same bytes come out (the layout has no slack bits). Avatar by
      // avatar, since random bytes may repeat a slot with different values.
      const t: AvatarTable = { x: new Uint16Array(4096), z: new Uint16Array(4096), heading: new Uint8Array(4096), flags: new Uint8Array(4096) };
      const head = new Uint8Array(FRAME_HEADER_BYTES);
      encodeFrame(head, result.tick, [], 0, t);
      expect(head.subarray(0, 5)).toEqual(bytes.subarray(0, 5));
      const one = new Uint8Array(frameByteLength(1));
      rows.forEach(([slot, x, z, h, f], i) => {
        t.x[slot] = x;
        t.z[slot] = z;
        t.heading[slot] = h;
        t.flags[slot] = f;
        encodeFrame(one, result.tick, [slot], 1, t);
        const off = FRAME_HEADER_BYTES + i * FRAME_AVATAR_BYTES;
        expect(one.subarray(FRAME_HEADER_BYTES)).toEqual(bytes.subarray(off, off + FRAME_AVATAR_BYTES));
      });
    }
    expect(decoded).toBeGreaterThan(1000); // the fuzz reached the success path often, not just errors
  });
});
