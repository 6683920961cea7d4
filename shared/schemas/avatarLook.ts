import { z } from 'zod';

/**
 * How a visitor's avatar looks beyond its colour (issue 12 §2): body shape, hair or hat, outfit.
 * Small enums chosen in the entry dialog, sent in the join options, passed to the others in the
 * roster as indices into these lists (one byte each), drawn as instanced parts
 * (client/world/avatars/avatarParts.ts). Order matters: the roster carries the index, so new values go
 * at the end (and a protocol bump).
 */
export const AVATAR_SHAPES = ['round', 'tall', 'small'] as const;
export const AVATAR_HAIRS = ['none', 'short', 'bun', 'cap'] as const;
export const AVATAR_OUTFITS = ['plain', 'apron', 'vest'] as const;

export type AvatarShape = (typeof AVATAR_SHAPES)[number];
export type AvatarHair = (typeof AVATAR_HAIRS)[number];
export type AvatarOutfit = (typeof AVATAR_OUTFITS)[number];

export const DEFAULT_AVATAR_LOOK = { shape: 'round', hair: 'short', outfit: 'plain' } as const satisfies {
  shape: AvatarShape;
  hair: AvatarHair;
  outfit: AvatarOutfit;
};

/**
 * A look is cosmetic: a value the server does not know (a hand-edited localStorage, a stale tab) is
 * replaced by the default for that field, never a reason to refuse the visitor's join.
 */
export const AvatarLookSchema = z.object({
  shape: z.enum(AVATAR_SHAPES).catch(DEFAULT_AVATAR_LOOK.shape),
  hair: z.enum(AVATAR_HAIRS).catch(DEFAULT_AVATAR_LOOK.hair),
  outfit: z.enum(AVATAR_OUTFITS).catch(DEFAULT_AVATAR_LOOK.outfit),
});
export type AvatarLook = z.infer<typeof AvatarLookSchema>;

/** Any value → a valid look (missing or not an object: the default look). */
export function parseAvatarLook(raw: unknown): AvatarLook {
  const r = AvatarLookSchema.safeParse(raw);
  return r.success ? r.data : { ...DEFAULT_AVATAR_LOOK };
}

/** A first visit's look before the visitor picks one: random but valid (`rand` in [0, 1)). */
export function randomAvatarLook(rand: () => number): AvatarLook {
  const pick = <T>(list: readonly T[]): T => list[Math.min(list.length - 1, Math.floor(rand() * list.length))]!;
  return { shape: pick(AVATAR_SHAPES), hair: pick(AVATAR_HAIRS), outfit: pick(AVATAR_OUTFITS) };
}

/** The roster's three bytes. */
export interface AvatarLookIndices {
  shape: number;
  hair: number;
  outfit: number;
}

export function lookToIndices(look: AvatarLook): AvatarLookIndices {
  return { shape: AVATAR_SHAPES.indexOf(look.shape), hair: AVATAR_HAIRS.indexOf(look.hair), outfit: AVATAR_OUTFITS.indexOf(look.outfit) };
}

/** From the roster's bytes; an index out of range (a newer server) reads as the default. */
export function lookFromIndices(i: AvatarLookIndices): AvatarLook {
  return {
    shape: AVATAR_SHAPES[i.shape] ?? DEFAULT_AVATAR_LOOK.shape,
    hair: AVATAR_HAIRS[i.hair] ?? DEFAULT_AVATAR_LOOK.hair,
    outfit: AVATAR_OUTFITS[i.outfit] ?? DEFAULT_AVATAR_LOOK.outfit,
  };
}

/**
 * The mark the SERVER gives a visitor from their signed session (never from the join options): the
 * staff, or an enterprise member (a booth's host, wherever they stand). '' for everyone else.
 */
export const AVATAR_BADGES = ['', 'host', 'staff'] as const;
export type AvatarBadge = (typeof AVATAR_BADGES)[number];
