/**
 * The hall's join options and their parsing: version first, then shape, then the nickname's rules.
 * What only the server can check (the signed join token, bans, the venue fingerprint against its
 * own layout, whether a booth exists) is server/hall/join.ts's.
 */
import { z } from 'zod';
import { FairSlugSchema } from '../api/fairs.ts';
import { validateNickname, type NicknameError } from '../chat/nickname.ts';
import { AvatarLookSchema, DEFAULT_AVATAR_LOOK } from '../schemas/avatarLook.ts';
import { BoothIdSchema } from './clientMessages.ts';
import type { JoinRejection } from './rejections.ts';
import { checkProtocolVersion, PROTOCOL_VERSION } from './version.ts';
import { VENUE_FINGERPRINT } from './venue.ts';

/** Avatar colours are an index into a preset palette (the client owns the actual colours). */
export const AVATAR_COLOR_COUNT = 8;

export const JoinOptionsSchema = z.object({
  protocolVersion: z.number().int().min(0),
  /** Checked in full by validateNickname; this only bounds the work. */
  nickname: z.string().max(400),
  colorIndex: z.number().int().min(0).max(AVATAR_COLOR_COUNT - 1),
  /** Shape, hair, outfit (shared/schemas/avatarLook.ts): left out or not understood, the default look. */
  look: AvatarLookSchema.catch(() => ({ ...DEFAULT_AVATAR_LOOK })).default(() => ({ ...DEFAULT_AVATAR_LOOK })),
  /** /list visitors join too, present at the booth they are reading. */
  view: z.enum(['world', 'list']).default('world'),
  boothId: BoothIdSchema.optional(),
  /**
   * The signed `{guestId, role}` from GET /api/session (server/auth/joinToken.ts), required by the
   * hall: who the visitor is comes from it alone.
   */
  joinToken: z.string().min(1).max(2048).optional(),
  /** After a server restart: the visitor's last known position; the server clamps it to walkable space. */
  resumeFrom: z.object({ x: z.number().min(-1e4).max(1e4), z: z.number().min(-1e4).max(1e4) }).optional(),
  /**
   * The fingerprint of the layout the client decodes positions against (shared/protocol/venue.ts).
   * /world always sends it; a /list page draws no positions and leaves it out.
   */
  venue: z.string().regex(VENUE_FINGERPRINT).optional(),
  /**
   * The timed fair whose hall to join, by its address (/f/:slug); left out (or '') the permanent
   * exhibition. Each fair has its own shards (the hall room is matched by it) and layout.
   */
  fair: z.union([z.literal(''), FairSlugSchema]).default(''),
});
export type JoinOptions = z.infer<typeof JoinOptionsSchema>;
/** What a client sends (defaults may be left out). */
export type JoinOptionsInput = z.input<typeof JoinOptionsSchema>;

export type JoinResult =
  | { ok: true; value: JoinOptions }
  | { ok: false; reason: JoinRejection; detail?: NicknameError | string };

/** Parse join options: version first (a stale client must hear "reload", whatever else is wrong). */
export function parseJoinOptions(raw: unknown, server: number = PROTOCOL_VERSION): JoinResult {
  try {
    const version = typeof raw === 'object' && raw !== null ? (raw as { protocolVersion?: unknown }).protocolVersion : undefined;
    const versionReason = checkProtocolVersion(version, server);
    if (versionReason) return { ok: false, reason: versionReason };
    const parsed = JoinOptionsSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, reason: 'badOptions', detail: parsed.error.issues[0]?.path.join('.') ?? '' };
    const nick = validateNickname(parsed.data.nickname);
    if (!nick.ok) return { ok: false, reason: 'badNickname', detail: nick.reason };
    return { ok: true, value: { ...parsed.data, nickname: nick.value } };
  } catch {
    return { ok: false, reason: 'badOptions' }; // hostile objects (throwing getters, proxies)
  }
}
