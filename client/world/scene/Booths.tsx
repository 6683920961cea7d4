import type { ThreeEvent } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { BoxGeometry, MeshStandardMaterial, type InstancedMesh } from 'three';
import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import type { Layout } from '../../../shared/world/types.ts';
import { useWorld } from '../state/context.ts';
import { boothParts, boothToWorld, type PartRole } from '../signage/boothParts.ts';
import { boothAccents } from './boothColors.ts';
import { LiveBadges } from './LiveBadges.tsx';
import { tint, writeBoxes, type BoxInstance } from './instancing.ts';

/** Part colours: the booth's accent (its chosen colour, else its zone's) on the canopy and side walls, pastel floor, light back wall. */
function partColor(role: PartRole, accent: string, enterprise: boolean): string {
  switch (role) {
    case 'canopy':
    case 'post':
      return accent;
    case 'side':
      return tint(accent, 0.25);
    case 'floor':
      return tint(accent, 0.7);
    case 'back':
      return enterprise ? '#efe2cc' : '#f8f6f1';
    case 'counter':
      return '#ffffff';
    case 'screen':
      return '#2b3140';
  }
}

/**
 * Every booth of the world as ONE InstancedMesh of unit boxes (floor plate, walls, counter, posts,
 * canopy band, screen panel), coloured per instance: one draw call (two with shadows) for any number
 * of booths. A click on any part opens that booth (the world store's boothClick). Booths on air wear
 * a LIVE badge (LiveBadges.tsx).
 */
export function Booths({ layout, catalogue, shadows }: { layout: Layout; catalogue: Catalogue; shadows: boolean }) {
  const { store } = useWorld();
  const ref = useRef<InstancedMesh>(null);
  const geometry = useMemo(() => new BoxGeometry(1, 1, 1), []);
  const material = useMemo(() => new MeshStandardMaterial({ roughness: 0.8, metalness: 0 }), []);
  const { boxes, owners } = useMemo(() => {
    const accents = boothAccents(layout, catalogue);
    const boxes: BoxInstance[] = [];
    const owners: number[] = [];
    layout.booths.forEach((b, i) => {
      const accent = accents[i]!;
      for (const part of boothParts(b.width, b.depth)) {
        const [x, y, z] = boothToWorld(b, ...part.c);
        boxes.push({ x, y, z, sx: part.s[0], sy: part.s[1], sz: part.s[2], rotY: -b.heading, color: partColor(part.role, accent, b.kind === 'enterprise') });
        owners.push(i);
      }
    });
    return { boxes, owners };
  }, [layout, catalogue]);

  useLayoutEffect(() => {
    if (ref.current) writeBoxes(ref.current, boxes);
  }, [boxes]);

  const onClick = (e: ThreeEvent<MouseEvent>): void => {
    const booth = e.instanceId === undefined ? undefined : layout.booths[owners[e.instanceId] ?? -1];
    // A drag (looking around) that ends on a booth is not a click.
    if (!booth || e.delta > 6) return;
    e.stopPropagation();
    store.getState().boothClick(booth.id);
  };

  if (boxes.length === 0) return null;
  return (
    <>
      <instancedMesh
        key={boxes.length}
        ref={ref}
        args={[geometry, material, boxes.length]}
        castShadow={shadows}
        receiveShadow={shadows}
        onClick={onClick}
      />
      <LiveBadges layout={layout} />
    </>
  );
}
