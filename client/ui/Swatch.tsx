import { paletteColor } from '../theme/palette.ts';

/**
 * A zone's colour, decorative (the zone's name always says it too). Drawn as SVG with a fill
 * attribute rather than a style attribute: the server-rendered HTML must carry no inline style,
 * which the Content Security Policy refuses (style-src without 'unsafe-inline').
 */
export function Swatch({ colorIndex }: { colorIndex: number }) {
  return (
    <svg className="swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
      <rect width="10" height="10" rx="2" fill={paletteColor(colorIndex)} />
    </svg>
  );
}
