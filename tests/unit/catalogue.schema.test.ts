import { describe, expect, it } from 'vitest';
import { listBooths } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { CatalogueError, validateCatalogue } from '../../shared/catalogue/validate.ts';
import { CatalogueSchema } from '../../shared/schemas/catalogue.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';

/** A deep copy to break; `any`-free access goes through the typed catalogue. */
const copy = (): Catalogue => structuredClone(CATALOGUE);

/** The validation message for a broken catalogue (fails the test if it validates). */
function messageFor(broken: unknown): string {
  try {
    validateCatalogue(broken);
  } catch (e) {
    expect(e).toBeInstanceOf(CatalogueError);
    return (e as Error).message;
  }
  throw new Error('the broken catalogue was accepted');
}

describe('catalogue schema', () => {
  it('the real catalogue parses and round-trips through JSON (what /api/catalogue serves)', () => {
    expect(CatalogueSchema.safeParse(CATALOGUE).success).toBe(true);
    expect(validateCatalogue(JSON.parse(JSON.stringify(CATALOGUE)))).toEqual(CATALOGUE);
  });

  it('has the two activities, four stages and the fixed booth ids others rely on', () => {
    const { activities } = CATALOGUE.valueChain;
    expect(activities.map((a) => [a.id, a.title.ko])).toEqual([['primary', '주활동'], ['support', '지원활동']]);
    const stages = activities.flatMap((a) => a.stages);
    expect(stages.map((s) => [s.title.ko, s.colorIndex])).toEqual([['주요 원재료 생산', 0], ['원재료 가공', 1], ['재료 가공 이용', 2], ['전략', 3]]);
    expect(stages.map((s) => s.programmes.map((p) => `${p.letter}:${p.id}`))).toEqual([
      ['가:awareness', '나:seeot-school', '다:danbi'],
      ['가:public-procurement', '나:sales-channels', '다:consulting'],
      ['가:policy', '나:networking', '다:governance', '라:fair-trade-sharing'],
      ['가:social-innovation', '나:svi'],
    ]);
    expect(CATALOGUE.enterprises.map((e) => [e.id, e.programmeId])).toEqual([['cut-the-trash', 'danbi'], ['nongnongi', 'danbi'], ['vq-studio', 'danbi']]);
  });

  it('every zone, programme, booth and exhibit has an English title', () => {
    for (const b of listBooths(CATALOGUE)) expect(b.title.en.trim(), b.id).not.toBe('');
    for (const s of CATALOGUE.valueChain.activities.flatMap((a) => a.stages)) {
      expect(s.title.en.trim()).not.toBe('');
      for (const e of s.programmes.flatMap((p) => p.exhibits)) expect(e.titleEn, e.id).toMatch(/^[\x20-\x7E]+$/);
    }
  });

  it('exhibit ids are unique within their booth', () => {
    for (const p of CATALOGUE.valueChain.activities.flatMap((a) => a.stages.flatMap((s) => s.programmes))) {
      const ids = p.exhibits.map((e) => e.id);
      expect(new Set(ids).size, p.id).toBe(ids.length);
    }
  });
});

describe('a broken catalogue is rejected with the bad path named', () => {
  it('a programme without a title', () => {
    const c = copy() as unknown as { valueChain: { activities: { stages: { programmes: { title?: unknown }[] }[] }[] } };
    delete c.valueChain.activities[0]!.stages[0]!.programmes[0]!.title;
    expect(messageFor(c)).toContain('valueChain.activities.0.stages.0.programmes.0.title');
  });

  it('an empty Korean title', () => {
    const c = copy();
    c.valueChain.activities[1]!.stages[1]!.programmes[1]!.title.ko = '';
    expect(messageFor(c)).toContain('valueChain.activities.1.stages.1.programmes.1.title.ko');
  });

  it('a link that is not tel:, mailto: or https:', () => {
    const c = copy();
    const stages = c.valueChain.activities.flatMap((a, ai) => a.stages.map((s, si) => ({ s, at: `valueChain.activities.${ai}.stages.${si}` })));
    const found = stages.flatMap(({ s, at }) =>
      s.programmes.flatMap((p, pi) => p.exhibits.flatMap((e, ei) => (e.links.length ? [{ e, at: `${at}.programmes.${pi}.exhibits.${ei}` }] : []))),
    )[0];
    expect(found).toBeDefined();
    found!.e.links[0]!.href = 'javascript:alert(1)';
    expect(messageFor(c)).toContain(`${found!.at}.links.0.href`);
  });

  it('a history block whose yearFrom is after its yearTo', () => {
    const c = copy();
    c.history[1]!.yearFrom = c.history[1]!.yearTo + 1;
    expect(messageFor(c)).toContain('history.1.yearTo');
  });

  it('a duplicate booth id across a programme and an enterprise', () => {
    const c = copy();
    c.enterprises[0]!.id = 'awareness';
    expect(messageFor(c)).toMatch(/enterprises\.0\.id: duplicate booth id "awareness"/);
  });

  it('a duplicate booth id between two programmes', () => {
    const c = copy();
    c.valueChain.activities[1]!.stages[0]!.programmes[2]!.id = 'policy';
    expect(messageFor(c)).toContain('valueChain.activities.1.stages.0.programmes.2.id');
  });

  it('an enterprise presented by an unknown programme', () => {
    const c = copy();
    c.enterprises[2]!.programmeId = 'no-such-programme';
    expect(messageFor(c)).toContain('enterprises.2.programmeId');
  });

  it('a table row with a missing cell', () => {
    const c = copy();
    const table = c.valueChain.activities[0]!.stages[0]!.programmes[0]!.exhibits[0]!.tables[0]!;
    table.rows[3] = table.rows[3]!.slice(1);
    expect(messageFor(c)).toContain('valueChain.activities.0.stages.0.programmes.0.exhibits.0.tables.0.rows.3');
  });

  it('a mission text the brochure never printed', () => {
    const c = copy() as unknown as { center: { mission: unknown } };
    c.center.mission = '사회적경제의 미래';
    expect(messageFor(c)).toContain('center.mission');
  });

  it('an id that is not URL-safe kebab-case', () => {
    const c = copy();
    c.enterprises[1]!.id = 'Nong Nongi';
    expect(messageFor(c)).toContain('enterprises.1.id');
  });
});
