import { describe, expect, it } from 'vitest';
import { listBooths, listZones } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { fixtureCatalogue } from '../../shared/catalogue/fixture.ts';

const realBooths = listBooths(CATALOGUE);

describe('fixtureCatalogue', () => {
  it.each([20, 200, 300])('reaches exactly %i booths with unique ids', (n) => {
    const booths = listBooths(fixtureCatalogue(CATALOGUE, n));
    expect(booths.length).toBe(n);
    expect(new Set(booths.map((b) => b.id)).size).toBe(n);
  });

  it('keeps all real content and names the added booths plainly as fixtures', () => {
    const c = fixtureCatalogue(CATALOGUE, 20);
    expect(c.valueChain).toEqual(CATALOGUE.valueChain);
    expect(c.history).toEqual(CATALOGUE.history);
    expect(c.enterprises.slice(0, CATALOGUE.enterprises.length)).toEqual(CATALOGUE.enterprises);
    const added = c.enterprises.slice(CATALOGUE.enterprises.length);
    expect(added.length).toBe(20 - realBooths.length);
    added.forEach((e, i) => {
      expect(e.id).toBe(`fixture-${i + 1}`);
      expect(e.name).toEqual({ ko: `테스트 기업 ${i + 1}`, en: `Test enterprise ${i + 1}` });
    });
  });

  it('does not touch the catalogue it was given', () => {
    const before = structuredClone(CATALOGUE);
    fixtureCatalogue(CATALOGUE, 50);
    fixtureCatalogue(CATALOGUE, 5);
    expect(CATALOGUE).toEqual(before);
  });

  it('is deterministic', () => {
    expect(fixtureCatalogue(CATALOGUE, 77)).toEqual(fixtureCatalogue(CATALOGUE, 77));
  });

  it('trims below the real count, enterprises first, keeping every zone', () => {
    const programmesOnly = realBooths.filter((b) => b.kind === 'programme').length;
    expect(listBooths(fixtureCatalogue(CATALOGUE, programmesOnly)).every((b) => b.kind === 'programme')).toBe(true);
    const small = fixtureCatalogue(CATALOGUE, 5);
    expect(listBooths(small).length).toBe(5);
    const stageZones = listZones(CATALOGUE).filter((z) => z.activity).map((z) => z.id);
    for (const id of stageZones) expect(listZones(small).find((z) => z.id === id)?.boothIds.length, id).toBeGreaterThan(0);
  });

  it('refuses counts it cannot honour', () => {
    expect(() => fixtureCatalogue(CATALOGUE, 2)).toThrow(RangeError);
    expect(() => fixtureCatalogue(CATALOGUE, 1.5)).toThrow(RangeError);
  });
});
