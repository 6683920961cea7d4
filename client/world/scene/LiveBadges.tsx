import { useEffect, useMemo } from 'react';
import { CanvasTexture, SpriteMaterial, SRGBColorSpace } from 'three';
import type { Layout } from '../../../shared/world/types.ts';
import { useOnAirBooths } from '../../live/useOnAirBooths.ts';
import { CANOPY, boothToWorld } from '../signage/boothParts.ts';

/** The badge's size in metres: readable from the aisle, smaller than the canopy's title sign. */
const WIDTH = 1.3;
const HEIGHT = 0.5;
/** How far above the canopy band's top it floats. */
const LIFT = 0.4;

/** "LIVE" in white on red, drawn once; every badge shares it. */
function badgeTexture(): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = 208;
  canvas.height = 80;
  const g = canvas.getContext('2d');
  if (g) {
    g.fillStyle = '#c4001d';
    g.beginPath();
    g.roundRect(0, 0, canvas.width, canvas.height, 16);
    g.fill();
    g.fillStyle = '#ffffff';
    g.font = 'bold 52px system-ui, sans-serif';
    g.textAlign = 'center';
    g.textBaseline = 'middle';
    g.fillText('LIVE', canvas.width / 2, canvas.height / 2 + 3);
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  return texture;
}

/**
 * A red "LIVE" badge above each booth on air (issue 10 §2): one sprite per live booth, all sharing
 * one material and texture made once, so a start or an end adds or drops one object and nothing
 * is allocated per frame. The list comes from the hall's `live` message (useOnAirBooths).
 */
export function LiveBadges({ layout }: { layout: Layout }) {
  const onAir = useOnAirBooths();
  const material = useMemo(() => new SpriteMaterial({ map: badgeTexture(), depthWrite: false }), []);
  useEffect(
    () => () => {
      material.map?.dispose();
      material.dispose();
    },
    [material],
  );
  return layout.booths
    .filter((b) => onAir.has(b.id))
    .map((b) => (
      <sprite
        key={b.id}
        material={material}
        position={boothToWorld(b, 0, CANOPY.y + CANOPY.height / 2 + LIFT + HEIGHT / 2, -b.depth / 2 + CANOPY.depth / 2)}
        scale={[WIDTH, HEIGHT, 1]}
      />
    ));
}
