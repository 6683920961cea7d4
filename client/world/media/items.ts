import { mediaUrl } from '../../../shared/api/media.ts';
import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import type { Layout } from '../../../shared/world/types.ts';
import { boothMediaSpots, boothToWorld, PANEL_SPOTS, type MediaSpot } from '../signage/boothParts.ts';
import { boothPictures } from '../signage/boothPictures.ts';

/** One picture hung in the world: a booth's logo on its sign, or one of its images on a side-wall panel. */
export interface PictureItem {
  boothId: string;
  boothIndex: number;
  kind: 'logo' | 'image';
  /** 0 for the logo; the image's index among the booth's images. */
  index: number;
  mediaId: string;
  /** The variant the world draws: the logo's 256² `sign`, an image's 320 px `thumb` (a panel's slot is 256²). */
  url: string;
  /** Centre in world metres, the way its face looks (booth heading convention), the square it fits in. */
  x: number;
  y: number;
  z: number;
  heading: number;
  size: number;
}

/** Every picture the venue hangs in the world, booth by booth (layout order): pure, no three.js. */
export function pictureItems(layout: Layout, catalogue: Catalogue): PictureItem[] {
  const pictures = boothPictures(catalogue);
  const items: PictureItem[] = [];
  layout.booths.forEach((b, boothIndex) => {
    const p = pictures.get(b.id);
    if (!p) return;
    const spots = boothMediaSpots(b.width, b.depth);
    const place = (spot: MediaSpot) => {
      const [x, y, z] = boothToWorld(b, ...spot.c);
      return { x, y, z, heading: b.heading + (spot.facing * Math.PI) / 2, size: spot.size };
    };
    if (p.logo !== undefined) {
      items.push({ boothId: b.id, boothIndex, kind: 'logo', index: 0, mediaId: p.logo, url: mediaUrl(p.logo, 'sign'), ...place(spots.logo) });
    }
    p.images.slice(0, PANEL_SPOTS).forEach((img, index) => {
      items.push({ boothId: b.id, boothIndex, kind: 'image', index, mediaId: img.mediaId, url: mediaUrl(img.mediaId, 'thumb'), ...place(spots.panels[index]!) });
    });
  });
  return items;
}
