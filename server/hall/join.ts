/**
 * Join options → a visitor, or a typed refusal. Parsing is shared/protocol.ts's (one schema for client
 * and server); this file adds what only the hall needs (a resume position after a restart) and turns
 * a refusal into the ServerError the SDK hands to the page: `error.message` is the JoinRejection
 * (e.g. "clientTooOld"), `error.code` one of JOIN_ERROR_CODE.
 */
import { ServerError, type AuthContext } from '@colyseus/core';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { parseJoinOptions, type JoinOptions, type JoinRejection } from '../../shared/protocol.ts';
import type { Vec2 } from '../../shared/world/types.ts';

/**
 * Numeric codes beside the reason. Colyseus answers a refused matchmaking request with the code as
 * the HTTP status, so they must be real statuses (a 4xxx code becomes a bare 500); Colyseus' own
 * matchmaking errors use 520–526.
 */
export const JOIN_ERROR_CODE: Record<JoinRejection, number> = {
  clientTooOld: 426, // Upgrade Required: reload the page
  serverTooOld: 412, // Precondition Failed: a deploy is rolling out, retry shortly
  badOptions: 400,
  badNickname: 422,
  shardFull: 409,
  banned: 403,
  shuttingDown: 503,
};

/**
 * A client reconnecting to a NEW shard after a server restart reports where it was; the server clamps
 * it to walkable space. Not part of shared/protocol.ts yet (ask its owner to move it there).
 */
const ResumeSchema = z.object({ x: z.number().min(-1e4).max(1e4), z: z.number().min(-1e4).max(1e4) });

export interface JoiningVisitor {
  guestId: string;
  nickname: string;
  colorIndex: number;
  resumeFrom?: Vec2;
  options: JoinOptions;
}

export function refuse(reason: JoinRejection): ServerError {
  return new ServerError(JOIN_ERROR_CODE[reason], reason);
}

/**
 * The stable guest id. For now the client's own (validated by the join schema) or a fresh one; the
 * signed-cookie version replaces the body of this function and nothing else (it gets the request).
 */
export function resolveGuest(options: JoinOptions, _request: AuthContext | undefined): string {
  return options.guestId ?? randomUUID();
}

/** Throws a ServerError naming the JoinRejection; never anything else. */
export function parseJoin(raw: unknown, request: AuthContext | undefined): JoiningVisitor {
  const r = parseJoinOptions(raw);
  if (!r.ok) throw refuse(r.reason);
  let resumeFrom: Vec2 | undefined;
  try {
    const resume = (raw as { resumeFrom?: unknown }).resumeFrom;
    if (resume !== undefined) {
      const p = ResumeSchema.safeParse(resume);
      if (!p.success) throw refuse('badOptions');
      resumeFrom = p.data;
    }
  } catch (e) {
    throw e instanceof ServerError ? e : refuse('badOptions');
  }
  const visitor: JoiningVisitor = {
    guestId: resolveGuest(r.value, request),
    nickname: r.value.nickname,
    colorIndex: r.value.colorIndex,
    options: r.value,
  };
  if (resumeFrom) visitor.resumeFrom = resumeFrom;
  return visitor;
}
