import { describe, expect, it } from 'vitest';
import { mulberry32, randomInt } from '../../shared/net/prng.ts';
import type { Rng } from '../../shared/net/prng.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { fixtureCatalogue } from '../../shared/catalogue/fixture.ts';
import { DEFAULT_AVATAR_LOOK } from '../../shared/schemas/avatarLook.ts';
import {
  CLIENT_MESSAGE_TYPES,
  CLOSE_CODE,
  PROTOCOL_VERSION,
  checkProtocolVersion,
  fnv1a64,
  isJoinRejection,
  parseJoinOptions,
  parseMessage,
  venueFingerprint,
  VENUE_FINGERPRINT,
} from '../../shared/protocol/index.ts';
import { layoutWorld } from '../../shared/world/index.ts';

const join = { protocolVersion: PROTOCOL_VERSION, nickname: ' 부천 나들이 ', colorIndex: 3 };

describe('protocol version', () => {
  it('tells an old client to reload and a new client that the server is behind', () => {
    expect(checkProtocolVersion(1, 1)).toBeNull();
    expect(checkProtocolVersion(0, 1)).toBe('clientTooOld');
    expect(checkProtocolVersion(2, 1)).toBe('serverTooOld');
    expect(checkProtocolVersion(PROTOCOL_VERSION)).toBeNull();
  });

  it('treats a missing or malformed version as a client from before versioning', () => {
    for (const v of [undefined, null, '1', 1.5, Number.NaN, Infinity, -1]) expect(checkProtocolVersion(v, 1), String(v)).toBe('clientTooOld');
  });
});

describe('parseJoinOptions', () => {
  it('accepts valid options and returns the normalised nickname and defaults, dropping keys it does not know', () => {
    const r = parseJoinOptions({ ...join, venue: '0123456789abcdef', guestId: 'g_12345678', inviteShard: 'AbC123xyz' });
    expect(r).toEqual({
      ok: true,
      value: { protocolVersion: PROTOCOL_VERSION, nickname: '부천 나들이', colorIndex: 3, look: DEFAULT_AVATAR_LOOK, venue: '0123456789abcdef', view: 'world', fair: '' },
    });
  });

  it('takes a timed fair by its address; none (or empty) is the permanent exhibition', () => {
    expect(parseJoinOptions({ ...join, fair: 'spring-fair' })).toMatchObject({ ok: true, value: { fair: 'spring-fair' } });
    expect(parseJoinOptions({ ...join, fair: '' })).toMatchObject({ ok: true, value: { fair: '' } });
    for (const fair of ['Spring Fair', '../x', 7, null]) expect(parseJoinOptions({ ...join, fair }), String(fair)).toEqual({ ok: false, reason: 'badOptions', detail: 'fair' });
  });

  it('checks the version before anything else', () => {
    expect(parseJoinOptions({ nickname: 'admin', colorIndex: 99 })).toEqual({ ok: false, reason: 'clientTooOld' });
    expect(parseJoinOptions({ ...join, protocolVersion: PROTOCOL_VERSION + 1, nickname: '' })).toEqual({ ok: false, reason: 'serverTooOld' });
    expect(parseJoinOptions({ ...join, protocolVersion: PROTOCOL_VERSION + 1 }, PROTOCOL_VERSION + 1)).toMatchObject({ ok: true });
  });

  it('refuses a bad colour or venue fingerprint as badOptions, naming the field', () => {
    expect(parseJoinOptions({ ...join, colorIndex: 8 })).toEqual({ ok: false, reason: 'badOptions', detail: 'colorIndex' });
    expect(parseJoinOptions({ ...join, colorIndex: -1 })).toMatchObject({ reason: 'badOptions' });
    expect(parseJoinOptions({ ...join, colorIndex: 1.5 })).toMatchObject({ reason: 'badOptions' });
    expect(parseJoinOptions({ ...join, venue: 'ABCDEF0123456789' })).toEqual({ ok: false, reason: 'badOptions', detail: 'venue' });
    expect(parseJoinOptions({ ...join, venue: 'abc' })).toEqual({ ok: false, reason: 'badOptions', detail: 'venue' });
    expect(parseJoinOptions({ ...join, nickname: 'x'.repeat(401) })).toMatchObject({ reason: 'badOptions' });
    expect(parseJoinOptions('nope')).toEqual({ ok: false, reason: 'clientTooOld' });
  });

  it('refuses bad nicknames with the nickname reason', () => {
    expect(parseJoinOptions({ ...join, nickname: '운영자님' })).toEqual({ ok: false, reason: 'badNickname', detail: 'reserved' });
    expect(parseJoinOptions({ ...join, nickname: '  ' })).toEqual({ ok: false, reason: 'badNickname', detail: 'empty' });
    expect(parseJoinOptions({ ...join, nickname: 'a\u202eb' })).toEqual({ ok: false, reason: 'badNickname', detail: 'control' });
  });

  it('survives hostile objects', () => {
    const evil = { ...join, get colorIndex(): number { throw new Error('boom'); } };
    expect(parseJoinOptions(evil)).toEqual({ ok: false, reason: 'badOptions' });
  });

  it('knows its rejection reasons', () => {
    expect(isJoinRejection('shardFull')).toBe(true);
    expect(isJoinRejection('banned')).toBe(true);
    expect(isJoinRejection('nope')).toBe(false);
    expect(Object.values(CLOSE_CODE).every((c) => c >= 4400 && c < 4500)).toBe(true);
  });
});

describe('parseMessage', () => {
  it('accepts each well-formed message', () => {
    expect(parseMessage('move', { seq: 0xffffffff, kind: 'dir', dx: -1, dz: 0.5, run: true })).toEqual({
      ok: true, value: { seq: 0xffffffff, kind: 'dir', dx: -1, dz: 0.5, run: true },
    });
    expect(parseMessage('move', { seq: 1, kind: 'walkTo', target: { x: 12.5, z: -3 } }).ok).toBe(true);
    expect(parseMessage('teleport', { pointId: 'booth:green-cafe' }).ok).toBe(true);
    expect(parseMessage('teleport', { pointId: 'spawn' }).ok).toBe(true);
    expect(parseMessage('chat', { scope: 'booth', text: '안녕하세요' }).ok).toBe(true);
    expect(parseMessage('chat', { scope: 'hall', text: '😀'.repeat(300) }).ok).toBe(true);
    // A text's content rules (1–300 characters) are the chat service's: it answers `empty` or `tooLong`, not `invalid`.
    expect(parseMessage('chat', { scope: 'nearby', text: '' }).ok).toBe(true);
    expect(parseMessage('chat', { scope: 'nearby', text: 'a'.repeat(301) }).ok).toBe(true);
    for (const kind of ['heart', 'wave', 'clap', 'laugh']) expect(parseMessage('emote', { kind }).ok).toBe(true);
    expect(parseMessage('report', { messageId: 'm_123', reason: 'spam' }).ok).toBe(true);
  });

  it('drops unknown extra keys rather than passing them on', () => {
    const r = parseMessage('emote', { kind: 'wave', admin: true });
    expect(r).toEqual({ ok: true, value: { kind: 'wave' } });
  });

  it('refuses NaN, Infinity, out-of-range numbers and wrong types', () => {
    const bad: [string, unknown][] = [
      ['move', { seq: 1, kind: 'dir', dx: Number.NaN, dz: 0, run: false }],
      ['move', { seq: 1, kind: 'dir', dx: 0, dz: Infinity, run: false }],
      ['move', { seq: 1, kind: 'dir', dx: 1.01, dz: 0, run: false }],
      ['move', { seq: 1, kind: 'dir', dx: 0, dz: 0, run: 'yes' }],
      ['move', { seq: -1, kind: 'dir', dx: 0, dz: 0, run: false }],
      ['move', { seq: 2 ** 32, kind: 'dir', dx: 0, dz: 0, run: false }],
      ['move', { seq: 1.5, kind: 'dir', dx: 0, dz: 0, run: false }],
      ['move', { seq: 1, kind: 'walkTo', target: { x: Number.NaN, z: 0 } }],
      ['move', { seq: 1, kind: 'walkTo', target: { x: -Infinity, z: 0 } }],
      ['move', { seq: 1, kind: 'fly', dx: 0, dz: 0 }],
      ['move', [1, 'dir', 0, 0, false]],
      ['teleport', { pointId: '../../admin' }],
      ['teleport', { pointId: 7 }],
      ['chat', { scope: 'world', text: 'hi' }],
      ['chat', { scope: 'nearby', text: 42 }],
      ['chat', { scope: 'nearby', text: 'x'.repeat(4097) }],
      ['emote', { kind: 'rocket' }],
      ['report', { messageId: '', reason: 'spam' }],
      ['report', { messageId: 'm1', reason: 'boredom' }],
    ];
    for (const [type, raw] of bad) expect(parseMessage(type, raw), JSON.stringify(raw).slice(0, 80)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses unknown types, including prototype names', () => {
    for (const type of ['fly', '__proto__', 'toString', 'constructor', 'hasOwnProperty', 7, null, undefined, {}]) {
      expect(parseMessage(type, {})).toEqual({ ok: false, reason: 'unknownType' });
    }
  });

  it('fuzz: never throws on random values of random types', () => {
    const rng = mulberry32(404);
    const atoms = [0, -1, 1, 0.5, Number.NaN, Infinity, -Infinity, 2 ** 53, '', 'dir', 'walkTo', 'heart', 'booth', 'spawn', true, false, null, undefined];
    const randomValue = (r: Rng, depth: number): unknown => {
      const roll = r();
      if (depth > 3 || roll < 0.4) return atoms[randomInt(r, 0, atoms.length - 1)];
      if (roll < 0.5) return 'x'.repeat(randomInt(r, 0, 700));
      if (roll < 0.6) return Array.from({ length: randomInt(r, 0, 3) }, () => randomValue(r, depth + 1));
      const keys = ['seq', 'kind', 'dx', 'dz', 'run', 'target', 'x', 'z', 'pointId', 'scope', 'text', 'messageId', 'reason', '__proto__'];
      const o: Record<string, unknown> = {};
      for (let i = randomInt(r, 0, 6); i > 0; i--) o[keys[randomInt(r, 0, keys.length - 1)]!] = randomValue(r, depth + 1);
      return o;
    };
    let accepted = 0;
    for (let i = 0; i < 20_000; i++) {
      const type = rng() < 0.9 ? CLIENT_MESSAGE_TYPES[randomInt(rng, 0, CLIENT_MESSAGE_TYPES.length - 1)] : randomValue(rng, 3);
      const r = parseMessage(type, randomValue(rng, 0));
      if (r.ok) accepted++;
    }
    expect(accepted).toBeGreaterThan(0); // some random emotes/teleports are valid by chance
  });
});

describe('hall messages added for chat, moderation and /list presence', () => {
  it('join options carry a join token and a resume position', () => {
    const r = parseJoinOptions({ ...join, joinToken: 'abc.def', resumeFrom: { x: 1.5, z: -2 }, view: 'list', boothId: 'seeot-school' });
    expect(r).toMatchObject({ ok: true, value: { joinToken: 'abc.def', resumeFrom: { x: 1.5, z: -2 }, view: 'list', boothId: 'seeot-school' } });
    expect(parseJoinOptions({ ...join, resumeFrom: { x: 'a', z: 1 } })).toMatchObject({ reason: 'badOptions', detail: 'resumeFrom.x' });
    expect(parseJoinOptions({ ...join, resumeFrom: { x: 1e5, z: 1 } })).toMatchObject({ reason: 'badOptions' });
    expect(parseJoinOptions({ ...join, joinToken: 'x'.repeat(2049) })).toMatchObject({ reason: 'badOptions', detail: 'joinToken' });
  });

  it('walk-to may ask to run', () => {
    expect(parseMessage('move', { seq: 1, kind: 'walkTo', target: { x: 1, z: 2 }, run: true })).toMatchObject({ ok: true, value: { run: true } });
    expect(parseMessage('move', { seq: 1, kind: 'walkTo', target: { x: 1, z: 2 }, run: 'yes' })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('moderate: one shape per action, bounded durations', () => {
    expect(parseMessage('moderate', { action: 'mute', targetSessionId: 'abc', minutes: 10 })).toMatchObject({ ok: true });
    expect(parseMessage('moderate', { action: 'kick', targetSessionId: 'abc' })).toMatchObject({ ok: true });
    expect(parseMessage('moderate', { action: 'ban', targetSessionId: 'abc', minutes: 60, reason: '욕설' })).toMatchObject({ ok: true });
    expect(parseMessage('moderate', { action: 'delete', messageId: 'm1' })).toMatchObject({ ok: true });
    for (const bad of [
      { action: 'mute', targetSessionId: 'abc', minutes: 0 },
      { action: 'mute', targetSessionId: 'abc', minutes: 24 * 60 + 1 },
      { action: 'ban', targetSessionId: 'abc', minutes: NaN },
      { action: 'kick', targetSessionId: '' },
      { action: 'kick', targetSessionId: 'abc', reason: '   ' },
      { action: 'delete', messageId: '<b>' },
      { action: 'nuke', targetSessionId: 'abc' },
    ]) expect(parseMessage('moderate', bad), JSON.stringify(bad)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('presence names a booth id or null', () => {
    expect(parseMessage('presence', { boothId: null })).toEqual({ ok: true, value: { boothId: null } });
    expect(parseMessage('presence', { boothId: 'seeot-school' })).toEqual({ ok: true, value: { boothId: 'seeot-school' } });
    expect(parseMessage('presence', { boothId: '../x' })).toEqual({ ok: false, reason: 'invalid' });
    expect(parseMessage('presence', {})).toEqual({ ok: false, reason: 'invalid' });
    expect(CLIENT_MESSAGE_TYPES).toEqual(expect.arrayContaining(['moderate', 'presence']));
  });
});

describe('venue fingerprint', () => {
  it('is 64-bit FNV-1a (the published test vectors)', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('is the same for the same catalogue, and has the join option\'s shape', () => {
    const f = venueFingerprint(layoutWorld(CATALOGUE));
    expect(f).toMatch(VENUE_FINGERPRINT);
    expect(venueFingerprint(layoutWorld(CATALOGUE))).toBe(f);
  });

  it('changes when the booths, the quantization bounds or a teleport point change', () => {
    const layout = layoutWorld(CATALOGUE);
    const f = venueFingerprint(layout);
    // Staff add booths: a padded catalogue lays out more booths and wider bounds.
    expect(venueFingerprint(layoutWorld(fixtureCatalogue(CATALOGUE, layout.booths.length + 20)))).not.toBe(f);
    const moved = { ...layout, booths: layout.booths.map((b, i) => (i === 0 ? { ...b, position: { x: b.position.x + 0.01, z: b.position.z } } : b)) };
    expect(venueFingerprint(moved)).not.toBe(f);
    expect(venueFingerprint({ ...layout, bounds: { ...layout.bounds, maxX: layout.bounds.maxX + 1 } })).not.toBe(f);
    expect(venueFingerprint({ ...layout, teleports: layout.teleports.slice(1) })).not.toBe(f);
  });

  it('ignores a last-bit difference in the numbers (engines may round Math.sin/cos differently)', () => {
    const layout = layoutWorld(CATALOGUE);
    const nudged = { ...layout, booths: layout.booths.map((b) => ({ ...b, heading: b.heading * (1 + Number.EPSILON), position: { x: b.position.x + 1e-12, z: b.position.z } })) };
    expect(venueFingerprint(nudged)).toBe(venueFingerprint(layout));
  });
});
