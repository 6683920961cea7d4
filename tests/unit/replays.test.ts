/**
 * Replays' pure parts: a pin's offset into the video (from the replay's own start, never below 0,
 * none past its end), the tags' order, the clock a tag shows, the recorder's input as checked at the
 * seam, and the section's words in Korean and English with the same keys and placeholders.
 */
import { describe, expect, it } from 'vitest';
import { REPLAY_ERRORS, ReplayViewSchema } from '../../shared/api/replays.ts';
import { replaysEn } from '../../shared/i18n/replays-en.ts';
import { replaysKo } from '../../shared/i18n/replays-ko.ts';
import { clockOf, offsetInto, tagsOf } from '../../shared/replays/tags.ts';
import { ReplayFileSchema } from '../../server/replays/register.ts';

const START = Date.parse('2026-12-04T10:00:00.000Z');
const L1 = '11111111-1111-4111-8111-111111111111';
const L2 = '22222222-2222-4222-8222-222222222222';
const L3 = '33333333-3333-4333-8333-333333333333';

describe('a pin’s offset into the replay', () => {
  it('is the time since the replay started, 0 for a pin before it, none after its end', () => {
    expect(offsetInto(START, 60_000, START + 12_345)).toBe(12_345);
    expect(offsetInto(START, 60_000, START - 5_000)).toBe(0);
    expect(offsetInto(START, 60_000, START + 60_000)).toBe(60_000);
    expect(offsetInto(START, 60_000, START + 60_001)).toBeNull();
    expect(offsetInto(START, 60_000, START + 0.6)).toBe(1);
  });

  it('orders tags by their time, then name, and leaves out pins past the end', () => {
    const tags = tagsOf(
      [
        { listingId: L1, name: '업사이클 가방', pinnedAt: START + 90_000 },
        { listingId: L2, name: '유리병 조명', pinnedAt: START + 30_000 },
        { listingId: L3, name: '커피박 컵', pinnedAt: START + 30_000 },
        { listingId: L1, name: '업사이클 가방', pinnedAt: START - 1_000 },
        { listingId: L2, name: '유리병 조명', pinnedAt: START + 200_000 },
      ],
      START,
      120_000,
    );
    expect(tags).toEqual([
      { listingId: L1, name: '업사이클 가방', offsetMs: 0 },
      { listingId: L2, name: '유리병 조명', offsetMs: 30_000 },
      { listingId: L3, name: '커피박 컵', offsetMs: 30_000 },
      { listingId: L1, name: '업사이클 가방', offsetMs: 90_000 },
    ]);
  });

  it('shows a time as m:ss, or h:mm:ss from an hour on', () => {
    expect(clockOf(0)).toBe('0:00');
    expect(clockOf(754_999)).toBe('12:34');
    expect(clockOf(3_600_000 + 5_000)).toBe('1:00:05');
    expect(clockOf(-10)).toBe('0:00');
  });
});

describe('the recorder’s seam', () => {
  const ok = { liveId: 'abcDEF123_-x', boothId: 'cut-the-trash', startedAt: '2026-12-04T10:00:00.000Z', endedAt: new Date(START + 6_000), durationMs: 6_000, file: '/srv/data/lives/abcDEF123_-x/replay.mp4' };
  it('takes times as ISO strings, Dates or epoch ms, and an absolute .mp4 path', () => {
    const r = ReplayFileSchema.parse({ ...ok, endedAt: START + 6_000 });
    expect(r.startedAt.getTime()).toBe(START);
    expect(r.endedAt.getTime()).toBe(START + 6_000);
    expect(ReplayFileSchema.safeParse(ok).success).toBe(true);
  });
  it('refuses a relative path, another file type, a bad live id or a length of 0', () => {
    for (const bad of [{ file: 'lives/x/replay.mp4' }, { file: '/srv/data/lives/x/replay.webm' }, { liveId: '../../etc' }, { durationMs: 0 }, { startedAt: 'yesterday' }]) {
      expect(ReplayFileSchema.safeParse({ ...ok, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('replay words and contract', () => {
  const placeholders = (s: string): string[] => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
  it('has every sentence in Korean and English with the same placeholders', () => {
    expect(Object.keys(replaysEn).sort()).toEqual(Object.keys(replaysKo).sort());
    for (const key of Object.keys(replaysKo) as (keyof typeof replaysKo)[]) {
      expect(replaysKo[key], key).toMatch(/\p{Script=Hangul}/u);
      expect(/\p{Script=Hangul}/u.test(replaysEn[key]), key).toBe(false);
      expect(placeholders(replaysEn[key]), key).toEqual(placeholders(replaysKo[key]));
    }
    for (const code of [...REPLAY_ERRORS, 'network'] as const) expect(replaysKo[`error_${code}`], code).toBeTruthy();
    expect(replaysKo.title).toBe('다시보기');
    expect(replaysEn.title).toBe('Replays');
  });
  it('refuses a replay whose src or tags are malformed', () => {
    const view = { id: L1, boothId: 'cut-the-trash', startedAt: '2026-12-04T10:00:00.000Z', durationMs: 6_000, src: `/media/replays/${L1}.mp4`, tags: [{ listingId: L2, name: '가방', offsetMs: 1_000 }] };
    expect(ReplayViewSchema.safeParse(view).success).toBe(true);
    expect(ReplayViewSchema.safeParse({ ...view, tags: [{ listingId: L2, name: '가방', offsetMs: -1 }] }).success).toBe(false);
  });
});
