import type { BoothImage, MediaId } from '../../../shared/schemas/boothMedia.ts';
import type { Catalogue } from '../../../shared/schemas/catalogue.ts';

/** A booth's pictures as the venue has them: its logo's media id and its images, in order. */
export interface BoothPictures {
  logo: MediaId | undefined;
  images: readonly BoothImage[];
}

/**
 * Every booth's pictures by booth id (programmes and enterprises alike), for the sign atlas (a sign
 * with a logo leaves it room) and the picture pool (client/world/media/). Booths without any are left out.
 */
export function boothPictures(c: Catalogue): Map<string, BoothPictures> {
  const byId = new Map<string, BoothPictures>();
  const add = (b: { id: string; logo?: MediaId | undefined; images?: BoothImage[] | undefined }): void => {
    if (b.logo === undefined && (b.images?.length ?? 0) === 0) return;
    byId.set(b.id, { logo: b.logo, images: b.images ?? [] });
  };
  for (const a of c.valueChain.activities) for (const s of a.stages) s.programmes.forEach(add);
  c.enterprises.forEach(add);
  return byId;
}
