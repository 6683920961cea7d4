import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import type { Layout } from '../../../shared/world/types.ts';
import { paletteColor } from '../../theme/palette.ts';

/**
 * Each booth's accent colour: the palette colour its enterprise (or staff) chose in /studio, else its
 * zone's, so a booth nobody styled looks as it always did. Canopy, posts, side walls and floor take it.
 */
export function boothAccents(layout: Layout, catalogue: Catalogue): string[] {
  const chosen = new Map<string, number>();
  const note = (b: { id: string; colorIndex?: number | undefined }): void => {
    if (b.colorIndex !== undefined) chosen.set(b.id, b.colorIndex);
  };
  for (const a of catalogue.valueChain.activities) for (const s of a.stages) s.programmes.forEach(note);
  catalogue.enterprises.forEach(note);
  const zone = new Map(layout.areas.map((a) => [a.id, a.colorIndex]));
  return layout.booths.map((b) => paletteColor(chosen.get(b.id) ?? zone.get(b.areaId) ?? 0));
}
