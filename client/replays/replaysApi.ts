/** A booth's replays (shared/api/replays.ts), each answer checked with its schema; a refusal is its code. */
import { CSRF_HEADER } from '../../shared/api/account.ts';
import { REPLAY_ROUTES, ReplayErrorSchema, replayPath, ReplaysResponseSchema, type ReplayErrorCode, type ReplayView } from '../../shared/api/replays.ts';

/** The booth's replays; none when they cannot be read. */
export async function fetchReplays(boothId: string, signal?: AbortSignal): Promise<ReplayView[]> {
  try {
    const res = await fetch(replayPath(REPLAY_ROUTES.list, { boothId }), { headers: { Accept: 'application/json' }, signal });
    if (!res.ok) return [];
    const parsed = ReplaysResponseSchema.safeParse(await res.json());
    return parsed.success ? parsed.data.replays : [];
  } catch {
    // Offline or the page moved on: the section is simply not shown.
    return [];
  }
}

export type RemoveProblem = ReplayErrorCode | 'network';

/** A member's or staff's delete (the session's CSRF token); true when it is gone. */
export async function removeReplay(boothId: string, replayId: string, csrf: string | null): Promise<{ ok: true } | { ok: false; problem: RemoveProblem }> {
  let res: Response;
  try {
    res = await fetch(replayPath(REPLAY_ROUTES.remove, { boothId, replayId }), { method: 'DELETE', headers: csrf ? { [CSRF_HEADER]: csrf } : {} });
  } catch {
    return { ok: false, problem: 'network' };
  }
  if (res.ok) return { ok: true };
  const e = ReplayErrorSchema.safeParse(await res.json().catch(() => null));
  return { ok: false, problem: e.success ? e.data.error : 'unavailable' };
}
