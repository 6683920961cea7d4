/** A booth's replays (shared/api/replays.ts), the answer checked with its schema; none when it cannot be read. */
import { REPLAY_ROUTES, replayPath, ReplaysResponseSchema, type ReplayView } from '../../shared/api/replays.ts';

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
