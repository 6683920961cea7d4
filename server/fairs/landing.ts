/**
 * The fairs the landing page lists: published ones open now and coming, each with its events that
 * have not ended. Read at most once per few seconds per process: the landing page is the most
 * visited page, and a fair's start is minutes away, not milliseconds.
 */
import { fairStatus } from '../../shared/schemas/fairTime.ts';
import type { FairsNow } from '../../shared/page/render.ts';
import type { FairsRepo } from '../db/fairsRepo.ts';
import { publicFairOut } from './settings.ts';

const FRESH_MS = 5_000;

/** `repoOf` is read per call: the page renderer is made while the database is still opening. */
export function landingFairs(repoOf: () => FairsRepo | undefined, now: () => Date = () => new Date()): () => Promise<FairsNow | undefined> {
  let kept: { at: number; value: Promise<FairsNow> } | undefined;
  const read = async (repo: FairsRepo, at: Date): Promise<FairsNow> => {
    const fairs = await repo.publishedCurrent(at);
    const current = fairs.map((f) => ({ ...f, events: f.events.filter((e) => e.endsAt.getTime() > at.getTime()) }));
    return {
      open: current.filter((f) => fairStatus(f, at) === 'open').map(publicFairOut),
      coming: current.filter((f) => fairStatus(f, at) === 'upcoming').map(publicFairOut),
    };
  };
  return async () => {
    const repo = repoOf();
    if (!repo) return undefined;
    const at = now();
    if (!kept || at.getTime() - kept.at >= FRESH_MS) {
      kept = { at: at.getTime(), value: read(repo, at) };
      // A failed read is not kept: the next request tries again.
      kept.value.catch(() => (kept = undefined));
    }
    return kept.value;
  };
}

/**
 * A fair's booths for a page asked with `?fair=<slug>` (server/http/ssr.ts), or null: the fairs
 * GET /api/fairs lists (published, not ended), so the page and its client cut the venue alike.
 */
export function fairBoothsOf(repoOf: () => FairsRepo | undefined, now: () => Date = () => new Date()): (slug: string) => Promise<readonly string[] | null> {
  return async (slug) => {
    const fair = await repoOf()?.publishedBySlug(slug);
    return fair && fairStatus(fair, now()) !== 'ended' ? fair.boothIds : null;
  };
}
