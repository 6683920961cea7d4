import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import type { Layout } from '../../../shared/world/types.ts';
import { boothPictures } from '../signage/boothPictures.ts';
import type { BoothTemplateInput } from '../signage/boothTemplate.ts';

/** What the booth template reads of each booth: its images (boothPictures) and a programme's exhibits. */
export function templateInputs(layout: Layout, catalogue: Catalogue): BoothTemplateInput[] {
  const pictures = boothPictures(catalogue);
  const exhibits = new Map<string, number>();
  for (const a of catalogue.valueChain.activities) for (const s of a.stages) for (const p of s.programmes) exhibits.set(p.id, p.exhibits.length);
  return layout.booths.map((b) => ({
    id: b.id,
    kind: b.kind,
    width: b.width,
    depth: b.depth,
    images: pictures.get(b.id)?.images.length ?? 0,
    exhibits: b.kind === 'programme' ? (exhibits.get(b.id) ?? 0) : 0,
  }));
}
