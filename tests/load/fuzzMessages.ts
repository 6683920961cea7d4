/**
 * Hostile messages for the hall fuzz test, drawn from a seeded generator (shared/net/prng.ts) so a
 * failing run replays exactly. Each draw is one thing a bot can do on its connection: a JSON message
 * of any type with any payload, a bytes message, or a raw WebSocket frame that is not a Colyseus
 * message at all. Everything stays under the transport's 4 KB frame cap.
 */
import { randomInt, type Rng } from '../../shared/net/prng.ts';
import { EMOTE_KINDS } from '../../shared/protocol/index.ts';

export type FuzzAction =
  | { kind: 'send'; type: string | number; payload: unknown }
  | { kind: 'bytes'; type: string | number; bytes: Uint8Array }
  | { kind: 'raw'; bytes: Uint8Array };

const TYPES = ['move', 'teleport', 'chat', 'emote', 'report', 'moderate', 'presence'];
const HOSTILE_TYPES: (string | number)[] = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', '', '*', 'view', 'chat ', 'MOVE', 0, 1, -1, 255, 65535, 2 ** 31];
const NUMBERS = [NaN, Infinity, -Infinity, -0, 0, 1, -1, 0.5, 2 ** 53, -(2 ** 53), 1e308, -1e-308, 4294967296, 65536];

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

function bytes(rng: Rng, max: number): Uint8Array {
  const b = new Uint8Array(randomInt(rng, 0, max));
  for (let i = 0; i < b.length; i++) b[i] = Math.floor(rng() * 256);
  return b;
}

function text(rng: Rng): string {
  switch (randomInt(rng, 0, 5)) {
    case 0:
      return 'x'.repeat(randomInt(rng, 301, 3500)); // too long; still under the 4 KB frame
    case 1:
      return '\u202e\u200b\u0000\n\t' + '가'.repeat(randomInt(rng, 0, 400)); // controls, bidi, 3-byte UTF-8
    case 2:
      return String.fromCharCode(...Array.from({ length: randomInt(rng, 1, 60) }, () => randomInt(rng, 0, 0xffff))); // lone surrogates
    case 3:
      return '   ';
    default:
      return pick(rng, ['안녕하세요', 'hello', '<script>alert(1)</script>', '씨발', '🙂‍↔️', '']);
  }
}

/** Any value at all: the payload of a JSON message. */
export function anyValue(rng: Rng, depth = 0): unknown {
  switch (randomInt(rng, 0, 11)) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return pick(rng, NUMBERS);
    case 3:
      return text(rng);
    case 4:
      return rng() < 0.5;
    case 5:
      return bytes(rng, 200);
    case 6:
      return depth > 4 ? [] : Array.from({ length: randomInt(rng, 0, 5) }, () => anyValue(rng, depth + 1));
    case 7: {
      // Prototype names as keys, the classic object-injection probe.
      const o: Record<string, unknown> = {};
      for (const k of ['__proto__', 'constructor', 'prototype', 'toString']) if (rng() < 0.5) Object.defineProperty(o, k, { value: anyValue(rng, depth + 1), enumerable: true });
      return o;
    }
    case 8: {
      let o: unknown = { deep: true };
      for (let i = 0; i < randomInt(rng, 10, 60); i++) o = { o };
      return o;
    }
    default:
      return nearlyValid(rng, depth);
  }
}

/** Messages shaped like the real ones with one field wrong: what gets past a lazy check. */
function nearlyValid(rng: Rng, depth: number): unknown {
  const wrong = () => (depth > 3 ? NaN : anyValue(rng, depth + 1));
  switch (randomInt(rng, 0, 6)) {
    case 0:
      return { seq: rng() < 0.5 ? wrong() : randomInt(rng, 0, 1e6), kind: 'dir', dx: rng() < 0.5 ? wrong() : 1, dz: pick(rng, NUMBERS), run: rng() < 0.5 ? wrong() : true };
    case 1:
      return { seq: 1, kind: 'walkTo', target: rng() < 0.5 ? wrong() : { x: pick(rng, NUMBERS), z: pick(rng, NUMBERS) } };
    case 2:
      return { scope: pick(rng, ['nearby', 'booth', 'hall', 'world', wrong()]), text: rng() < 0.7 ? text(rng) : wrong() };
    case 3:
      return { kind: rng() < 0.3 ? pick(rng, EMOTE_KINDS) : wrong() };
    case 4:
      return { action: pick(rng, ['mute', 'kick', 'ban', 'delete', 'nuke']), targetSessionId: text(rng), minutes: pick(rng, NUMBERS), reason: wrong() };
    case 5:
      return { boothId: rng() < 0.5 ? text(rng) : wrong() };
    default:
      return { messageId: text(rng), reason: pick(rng, ['spam', 'abuse', wrong()]) };
  }
}

/** One hostile action. */
export function fuzzAction(rng: Rng): FuzzAction {
  const r = rng();
  if (r < 0.05) return { kind: 'bytes', type: pick(rng, [...TYPES, ...HOSTILE_TYPES]), bytes: bytes(rng, 3000) };
  const type = r < 0.85 ? pick(rng, TYPES) : rng() < 0.5 ? pick(rng, HOSTILE_TYPES) : text(rng).slice(0, 40);
  return { kind: 'send', type, payload: anyValue(rng) };
}

/**
 * A raw frame that is not a well-formed Colyseus message: a protocol byte then garbage, or a
 * truncated header. Colyseus closes the socket of a peer whose ROOM_DATA is not msgpack (4002);
 * whatever else arrives must not throw out of the room.
 */
export function rawFrame(rng: Rng): Uint8Array {
  const b = bytes(rng, 64);
  const out = new Uint8Array(b.length + 1);
  out[0] = pick(rng, [13, 17, 21, 19, 20, 18, 9, 0, 255, randomInt(rng, 0, 255)]); // ROOM_DATA, _BYTES, REQUEST, INPUT…, PING
  out.set(b, 1);
  return out.subarray(0, randomInt(rng, 1, out.length));
}
