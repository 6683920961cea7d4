import type { Catalogue } from '../schemas/catalogue.ts';
import type { Enterprise } from '../schemas/enterprise.ts';
import { ICONS } from '../schemas/icon.ts';
import { validateCatalogue } from './validate.ts';

/**
 * A catalogue with exactly `boothCount` booths, for layout tests and the 20-vs-200-booth benchmark
 * only (never served unless SEEOT_FIXTURE_BOOTHS is set). The real content is kept; extra booths are
 * enterprises named plainly as fixtures ("테스트 기업 7" / "Test enterprise 7", id "fixture-7") so
 * nobody can mistake them for brochure facts. Below the real count, booths are trimmed: enterprises
 * first, then the last programmes of each stage, keeping one programme per stage (a zone needs one).
 */
export function fixtureCatalogue(base: Catalogue, boothCount: number): Catalogue {
  if (!Number.isInteger(boothCount) || boothCount < 0) throw new RangeError(`boothCount must be a non-negative integer, got ${boothCount}`);
  const c = structuredClone(base);
  const stages = c.valueChain.activities.flatMap((a) => a.stages);
  if (boothCount < stages.length) throw new RangeError(`boothCount ${boothCount} is below the ${stages.length} stages, each of which needs a booth`);

  const programmeCount = () => stages.reduce((n, s) => n + s.programmes.length, 0);
  const surplus = () => programmeCount() + c.enterprises.length - boothCount;

  // Trim: enterprises from the end, then programmes round-robin from the fullest stage's end.
  while (surplus() > 0 && c.enterprises.length > 0) c.enterprises.pop();
  while (surplus() > 0) {
    const fullest = stages.reduce((a, b) => (b.programmes.length > a.programmes.length ? b : a));
    fullest.programmes.pop();
  }

  // Grow: fixture enterprises presented by the first programme that remains.
  const programmeId = stages[0]?.programmes[0]?.id;
  if (programmeId === undefined) throw new Error('catalogue has no programme to attach fixture enterprises to');
  const taken = new Set([...stages.flatMap((s) => s.programmes.map((p) => p.id)), ...c.enterprises.map((e) => e.id)]);
  let n = 0;
  while (surplus() < 0) {
    n += 1;
    const id = `fixture-${n}`;
    if (taken.has(id)) continue;
    const fixture: Enterprise = {
      id,
      name: { ko: `테스트 기업 ${n}`, en: `Test enterprise ${n}` },
      programmeId,
      icon: ICONS[n % ICONS.length] ?? 'star',
      paragraphs: ['테스트용 가상 기업입니다 (실제 기업이 아닙니다).'],
      links: [],
    };
    c.enterprises.push(fixture);
  }
  return validateCatalogue(c);
}
