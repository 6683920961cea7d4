import { describe, expect, it } from 'vitest';
import { listBooths, listZones } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { initialOf } from '../../shared/catalogue/hangul.ts';
import { searchCatalogue } from '../../shared/catalogue/search.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';

const booths = listBooths(CATALOGUE);
const exhibits = CATALOGUE.valueChain.activities.flatMap((a) =>
  a.stages.flatMap((s) => s.programmes.flatMap((p) => p.exhibits.map((e) => ({ e, boothId: p.id, zoneId: s.id })))),
);
const key = (h: { kind: string; boothId?: string; exhibitId?: string; zoneId: string }) => `${h.kind}:${h.exhibitId ?? h.boothId ?? h.zoneId}`;
const keys = (q: string, c: Catalogue = CATALOGUE) => searchCatalogue(c, q).map(key);
const initials = (s: string) => [...s.normalize('NFC')].map((ch) => initialOf(ch) ?? '').join('');

describe('searchCatalogue finds things by name', () => {
  it.each(booths.flatMap((b) => [[b.id, b.title.ko], [b.id, b.title.en]]))('booth %s by its title "%s", ranked first', (id, title) => {
    const hits = searchCatalogue(CATALOGUE, title);
    expect(hits[0] && key(hits[0])).toBe(`booth:${id}`);
  });

  it.each(listZones(CATALOGUE).map((z) => [z.id, z.title.ko] as const))('zone %s by its Korean title "%s"', (id, title) => {
    expect(keys(title)).toContain(`zone:${id}`);
  });

  it('every exhibit by its Korean and English title, pointing at the booth it stands in', () => {
    for (const { e, boothId, zoneId } of exhibits) {
      for (const title of [e.title, e.titleEn]) {
        const hit = searchCatalogue(CATALOGUE, title).find((h) => h.exhibitId === e.id);
        expect(hit, title).toMatchObject({ kind: 'exhibit', boothId, zoneId, title: { ko: e.title, en: e.titleEn } });
      }
    }
  });

  it('booth hits name a booth that exists, in its own zone', () => {
    const byId = new Map(booths.map((b) => [b.id, b]));
    for (const h of searchCatalogue(CATALOGUE, '사회')) {
      if (h.kind === 'zone') continue;
      expect(byId.get(h.boothId ?? '')?.zoneId, key(h)).toBe(h.zoneId);
    }
  });

  it('returns nothing for an empty, blank or unmatched query', () => {
    expect(searchCatalogue(CATALOGUE, '')).toEqual([]);
    expect(searchCatalogue(CATALOGUE, '  \t ')).toEqual([]);
    expect(searchCatalogue(CATALOGUE, 'zzqx')).toEqual([]);
  });
});

describe('searchCatalogue is forgiving about how the query is typed', () => {
  it('ignores case and whitespace', () => {
    expect(keys('seeot school').length).toBeGreaterThan(0);
    expect(keys('  SEEOT   sChOoL ')).toEqual(keys('seeot school'));
    expect(keys('시웃 스쿨')).toEqual(keys('시웃스쿨'));
  });

  it('treats decomposed (NFD) Hangul like composed (NFC)', () => {
    const nfd = '시웃스쿨'.normalize('NFD');
    expect(nfd).not.toBe('시웃스쿨');
    expect(keys(nfd)).toEqual(keys('시웃스쿨'));
  });

  it('finds 시웃스쿨 by its initial consonants ㅅㅇㅅㅋ', () => {
    const hits = searchCatalogue(CATALOGUE, 'ㅅㅇㅅㅋ');
    expect(hits[0] && key(hits[0])).toBe('booth:seeot-school');
    // Every hit really has those initials in a row.
    for (const h of hits) expect(initials(h.title.ko).replace(/\s/g, ''), h.title.ko).toContain('ㅅㅇㅅㅋ');
  });

  it('mixes syllables and initials while a word is still being typed', () => {
    expect(keys('시웃ㅅ')[0]).toBe('booth:seeot-school');
  });

  it('an initial consonant does not match a different one', () => {
    expect(searchCatalogue(CATALOGUE, 'ㅋㅋㅋㅋ')).toEqual([]);
  });
});

describe('searchCatalogue ranks', () => {
  // A catalogue whose exhibit titles are controlled, so the ranking rule is what is tested.
  function withExhibitTitles(titles: string[]): Catalogue {
    const c = structuredClone(CATALOGUE);
    const programme = c.valueChain.activities[0]!.stages[0]!.programmes[0]!;
    programme.exhibits = titles.map((t, i) => ({ id: `x-${i}`, title: t, titleEn: `x${i}`, paragraphs: [], list: [], captions: [], figures: [], tables: [], links: [] }));
    return c;
  }

  it('exact before prefix before substring', () => {
    const c = withExhibitTitles(['가나다라 마바', '마바', '마바사아']);
    expect(keys('마바', c).filter((k) => k.startsWith('exhibit:'))).toEqual(['exhibit:x-1', 'exhibit:x-2', 'exhibit:x-0']);
  });

  it('the start of a word counts as a prefix', () => {
    const c = withExhibitTitles(['가나마바', '가나 마바']);
    expect(keys('마바', c).filter((k) => k.startsWith('exhibit:x-'))).toEqual(['exhibit:x-1', 'exhibit:x-0']);
  });

  it('booths before exhibits when the match is as good', () => {
    const hits = searchCatalogue(CATALOGUE, '시웃스쿨');
    const firstExhibit = hits.findIndex((h) => h.kind === 'exhibit');
    expect(firstExhibit).toBeGreaterThan(0);
    expect(hits.slice(0, firstExhibit).every((h) => h.kind !== 'exhibit')).toBe(true);
  });

  it('a literal match before one found through initials', () => {
    const c = withExhibitTitles(['사과', 'ㅅ과']);
    // Real titles (성과공유회) match too; only the order of the controlled two matters here.
    expect(keys('ㅅ과', c).filter((k) => k.startsWith('exhibit:x-'))).toEqual(['exhibit:x-1', 'exhibit:x-0']);
  });

  it('scores are sorted and positive', () => {
    const scores = searchCatalogue(CATALOGUE, '사회적').map((h) => h.score);
    expect(scores.length).toBeGreaterThan(3);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores.every((s) => s > 0)).toBe(true);
  });
});

describe('searchCatalogue is pure', () => {
  it('does not change the catalogue and answers the same twice', () => {
    const before = structuredClone(CATALOGUE);
    const a = searchCatalogue(CATALOGUE, '공정무역');
    const b = searchCatalogue(CATALOGUE, '공정무역');
    expect(a).toEqual(b);
    expect(CATALOGUE).toEqual(before);
  });
});
