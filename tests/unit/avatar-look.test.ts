import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../shared/net/prng.ts';
import { parseJoinOptions, PROTOCOL_VERSION } from '../../shared/protocol/index.ts';
import {
  AVATAR_HAIRS,
  AVATAR_OUTFITS,
  AVATAR_SHAPES,
  AvatarLookSchema,
  DEFAULT_AVATAR_LOOK,
  lookFromIndices,
  lookToIndices,
  parseAvatarLook,
  randomAvatarLook,
  type AvatarLook,
} from '../../shared/schemas/avatarLook.ts';

/**
 * Issue 12 §2: the avatar's look (shape, hair or hat, outfit) is one small schema. A look the server
 * does not understand is replaced by the default, field by field, and never costs the visitor their
 * join (it is cosmetic); the roster carries it as three indices.
 */
const join = { protocolVersion: PROTOCOL_VERSION, nickname: '부천 나들이', colorIndex: 3 };
const everyLook: AvatarLook[] = AVATAR_SHAPES.flatMap((shape) => AVATAR_HAIRS.flatMap((hair) => AVATAR_OUTFITS.map((outfit) => ({ shape, hair, outfit }))));

describe('the avatar look schema', () => {
  it('offers 2–3 shapes, 3–4 hair styles with none, 2–3 outfits', () => {
    expect(AVATAR_SHAPES.length).toBeGreaterThanOrEqual(2);
    expect(AVATAR_HAIRS).toContain('none');
    expect(AVATAR_HAIRS.length).toBeGreaterThanOrEqual(3);
    expect(AVATAR_OUTFITS.length).toBeGreaterThanOrEqual(2);
    expect(AvatarLookSchema.parse(DEFAULT_AVATAR_LOOK)).toEqual(DEFAULT_AVATAR_LOOK);
  });

  it('replaces an unknown value by the default for that field only; anything not a look is the default look', () => {
    expect(parseAvatarLook({ shape: 'tall', hair: 'mohawk', outfit: 'vest' })).toEqual({ shape: 'tall', hair: DEFAULT_AVATAR_LOOK.hair, outfit: 'vest' });
    expect(parseAvatarLook({ shape: 7, hair: 'cap', outfit: null })).toEqual({ shape: DEFAULT_AVATAR_LOOK.shape, hair: 'cap', outfit: DEFAULT_AVATAR_LOOK.outfit });
    for (const bad of [undefined, null, 'tall', 3, [], { toString: 1 }]) expect(parseAvatarLook(bad)).toEqual(DEFAULT_AVATAR_LOOK);
  });

  it('a first visit gets a random look that is always valid, and every choice comes up', () => {
    const rand = mulberry32(12);
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const look = randomAvatarLook(rand);
      expect(AvatarLookSchema.parse(look)).toEqual(look);
      seen.add(`${look.shape}/${look.hair}/${look.outfit}`);
    }
    expect(seen.size).toBe(everyLook.length);
    // The edges of [0, 1) stay in range.
    expect(AvatarLookSchema.parse(randomAvatarLook(() => 0.9999999))).toBeTruthy();
  });

  it('every look goes through the roster\'s indices and back unchanged; an index from a newer server reads as the default', () => {
    for (const look of everyLook) expect(lookFromIndices(lookToIndices(look))).toEqual(look);
    expect(lookFromIndices({ shape: 9, hair: 200, outfit: 3 })).toEqual(DEFAULT_AVATAR_LOOK);
  });
});

describe('the look in the join options', () => {
  it('is carried as chosen', () => {
    expect(parseJoinOptions({ ...join, look: { shape: 'small', hair: 'bun', outfit: 'apron' } })).toMatchObject({
      ok: true,
      value: { look: { shape: 'small', hair: 'bun', outfit: 'apron' } },
    });
  });

  it('left out (an older page) or not understood, it is the default look and the join goes ahead', () => {
    for (const look of [undefined, 'cap', { shape: 'giant', hair: 'cap', outfit: 'vest' }, { shape: 'tall', hair: 'x'.repeat(10_000) }]) {
      const r = parseJoinOptions(look === undefined ? join : { ...join, look });
      expect(r.ok, JSON.stringify(look)?.slice(0, 40)).toBe(true);
      if (r.ok && typeof look === 'object') expect(r.value.look).toEqual(parseAvatarLook(look));
      if (r.ok && typeof look !== 'object') expect(r.value.look).toEqual(DEFAULT_AVATAR_LOOK);
    }
  });
});
