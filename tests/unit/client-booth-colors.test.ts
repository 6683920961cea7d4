import { describe, expect, it } from 'vitest';
import { boothAccents } from '../../client/world/scene/boothColors.ts';
import { paletteColor } from '../../client/theme/palette.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { layoutWorld } from '../../shared/world/layout.ts';

/** The colour an enterprise picks in /studio is the one its booth wears in the world. */
describe('booth accent colours', () => {
  const layout = layoutWorld(CATALOGUE);
  const zoneOf = (i: number): string => paletteColor(layout.areas.find((a) => a.id === layout.booths[i]!.areaId)!.colorIndex);

  it('a booth nobody styled wears its zone colour', () => {
    const accents = boothAccents(layout, CATALOGUE);
    expect(accents).toEqual(layout.booths.map((_, i) => zoneOf(i)));
  });

  it("a booth whose colour was chosen wears that colour, and only that booth changes", () => {
    const target = CATALOGUE.enterprises[0]!;
    const i = layout.booths.findIndex((b) => b.id === target.id);
    const before = zoneOf(i);
    const pick = [0, 1, 2, 3, 4, 5, 6, 7].find((c) => paletteColor(c) !== before)!;
    const styled = { ...CATALOGUE, enterprises: CATALOGUE.enterprises.map((e) => (e.id === target.id ? { ...e, colorIndex: pick } : e)) };
    const accents = boothAccents(layout, styled);
    expect(accents[i]).toBe(paletteColor(pick));
    expect(accents.filter((_, j) => j !== i)).toEqual(layout.booths.filter((_, j) => j !== i).map((b) => zoneOf(layout.booths.indexOf(b))));
  });
});
