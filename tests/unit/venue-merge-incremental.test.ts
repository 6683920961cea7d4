/**
 * A save of one booth's fields merges that booth alone (remergeBooth) instead of the whole venue:
 * for any sequence of saves, the venue it keeps is the venue the full merge makes, left-out edits
 * are reported the same, and the booths nobody touched are the same objects as before.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { ENTERPRISE_ZONE_ID, listBooths } from '../../shared/catalogue/booths.ts';
import { fixtureCatalogue } from '../../shared/catalogue/fixture.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import { withoutClosedBooths } from '../../shared/venue/closedBooths.ts';
import { mergeVenue, remergeBooth, type BoothOverride, type StoredBooth } from '../../shared/venue/merge.ts';

const brochure = fixtureCatalogue(CATALOGUE, 40);
const stageId = brochure.valueChain.activities[0]!.stages[0]!.id;
const stored: StoredBooth[] = [
  ...listBooths(brochure).map((b, i): StoredBooth => ({ id: b.id, kind: b.kind, zoneId: b.kind === 'enterprise' && i % 7 === 0 ? stageId : ENTERPRISE_ZONE_ID, entry: null })),
  { id: 'saessak', kind: 'enterprise', zoneId: ENTERPRISE_ZONE_ID, entry: { name: { ko: '새싹상회', en: 'Saessak Store' }, icon: 'leaf', paragraphs: ['동네 가게입니다.'] } },
  { id: 'broken', kind: 'enterprise', zoneId: ENTERPRISE_ZONE_ID, entry: { name: 'no' } },
];
const closed = new Set(['saessak', brochure.enterprises[3]!.id]);
const boothIds = [...stored.map((b) => b.id), 'nobody'];

/** Values that fit and values the schema refuses, so both paths' left-out edits are compared too. */
const FIELDS: { path: string; values: (n: number) => unknown[] }[] = [
  { path: 'name.ko', values: (n) => [`이름 ${n}`, '', 7] },
  { path: 'name', values: (n) => [{ ko: `이름 ${n}`, en: `Name ${n}` }, { ko: 'only' }] },
  { path: 'paragraphs', values: (n) => [[`문단 ${n}`], [], null] },
  { path: 'legalForm', values: (n) => [`형태 ${n}`, null] },
  { path: 'title', values: (n) => [{ ko: `제목 ${n}`, en: `Title ${n}` }, null] },
  { path: 'tagline', values: (n) => [`한 줄 ${n}`, null, ''] },
  { path: 'nope', values: () => ['x'] },
];

/** A small deterministic generator, so a failure replays. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

describe('remergeBooth', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`keeps the venue the full merge makes over random saves (seed ${seed})`, () => {
      const rnd = random(seed);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
      let overrides: BoothOverride[] = [];
      let venue: Catalogue = withoutClosedBooths(mergeVenue(brochure, overrides, stored).venue, closed);
      for (let n = 0; n < 60; n++) {
        const boothId = pick(boothIds);
        const fields = new Map<string, unknown>();
        for (let k = 1 + Math.floor(rnd() * 3); k > 0; k--) {
          const f = pick(FIELDS);
          fields.set(f.path, pick(f.values(n)));
        }
        overrides = [...overrides.filter((o) => o.boothId !== boothId || !fields.has(o.path)), ...[...fields].map(([path, value]) => ({ boothId, path, value }))];
        const before = venue;
        const incremental = remergeBooth(brochure, before, stored, boothId, overrides.filter((o) => o.boothId === boothId));
        const full = mergeVenue(brochure, overrides, stored);
        venue = incremental.venue;
        expect(venue).toEqual(withoutClosedBooths(full.venue, closed));
        expect(incremental.skipped).toEqual(full.skipped.filter((s) => s.boothId === boothId));
        // The booths that were not saved are shared, not copied.
        for (const e of venue.enterprises) if (e.id !== boothId) expect(before.enterprises).toContain(e);
      }
    });
  }
});
