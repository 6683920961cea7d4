import { Color } from 'three';
import type { BoothKind } from '../../../shared/catalogue/booths.ts';
import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import type { Layout } from '../../../shared/world/types.ts';
import { paletteColor } from '../../theme/palette.ts';
import type { TemplateRole } from '../signage/boothTemplate.ts';
import { tint } from './instancing.ts';

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

const SHELL_WHITE = '#f4f2ee';
const ALUMINIUM = '#b7bcc4';
const SCREEN_DARK = '#2b3140';

/**
 * A template part's colour from its booth's accent. Programme pavilions wear the accent on posts,
 * trim and counter top, a pastel of it on the floor, back wall and roof; enterprise shell schemes are
 * white panels on aluminium with the accent on carpet, trim, counter skin and stand.
 */
export function partColor(role: TemplateRole, accent: string, kind: BoothKind): string {
  const programme = kind === 'programme';
  switch (role) {
    case 'floor':
      return tint(accent, programme ? 0.7 : 0.55);
    case 'back':
      return programme ? tint(accent, 0.85) : SHELL_WHITE;
    case 'side':
      return programme ? '#fbf9f5' : SHELL_WHITE;
    case 'post':
    case 'rail':
      return programme ? accent : ALUMINIUM;
    case 'roof':
      return tint(accent, 0.5);
    case 'header':
    case 'counter':
    case 'frame':
    case 'stand':
    case 'posterLine':
      return '#ffffff';
    case 'headerTrim':
    case 'counterTop':
    case 'standTop':
    case 'poster':
      return accent;
    case 'posterAlt':
      return tint(accent, 0.4);
    case 'product':
      return shade(accent, 0.35);
    case 'screen':
      return SCREEN_DARK;
    case 'bezel':
      return '#1b1f29';
    case 'pot':
      return '#c9835b';
    case 'leaves':
      return '#4f9a5a';
  }
}

/** `hex` mixed towards black by `t`. */
function shade(hex: string, t: number): string {
  return '#' + new Color(hex).lerp(new Color('#000000'), t).getHexString();
}
