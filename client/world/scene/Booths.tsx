import type { ThreeEvent } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { BoxGeometry, CylinderGeometry, IcosahedronGeometry, MeshStandardMaterial, type BufferGeometry, type InstancedMesh } from 'three';
import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import type { Layout } from '../../../shared/world/types.ts';
import { useWorld } from '../state/context.ts';
import { boothToWorld } from '../signage/boothParts.ts';
import { boothTemplate, type TemplateShape } from '../signage/boothTemplate.ts';
import { boothAccents, partColor } from './boothColors.ts';
import { templateInputs } from './boothInputs.ts';
import { LiveBadges } from './LiveBadges.tsx';
import { writeBoxes, type BoxInstance } from './instancing.ts';

/** One shape's instances across all booths, and which booth (layout index) each belongs to. */
interface ShapeInstances {
  boxes: BoxInstance[];
  owners: number[];
}

const SHAPES: readonly TemplateShape[] = ['box', 'round', 'ball'];

/** Every booth's template parts, sorted into the shape they are an instance of (pure; once per layout). */
function boothInstances(layout: Layout, catalogue: Catalogue): Record<TemplateShape, ShapeInstances> {
  const accents = boothAccents(layout, catalogue);
  const inputs = templateInputs(layout, catalogue);
  const out = { box: { boxes: [], owners: [] }, round: { boxes: [], owners: [] }, ball: { boxes: [], owners: [] } } as Record<TemplateShape, ShapeInstances>;
  layout.booths.forEach((b, i) => {
    for (const part of boothTemplate(inputs[i]!)) {
      const [x, y, z] = boothToWorld(b, ...part.c);
      const target = out[part.shape];
      target.boxes.push({ x, y, z, sx: part.s[0], sy: part.s[1], sz: part.s[2], rotY: -b.heading, color: partColor(part.role, accents[i]!, b.kind) });
      target.owners.push(i);
    }
  });
  return out;
}

/** The unit geometry of each shape: a box, a pot-like tapered cylinder, a low-poly leafy ball. */
function shapeGeometry(shape: TemplateShape): BufferGeometry {
  if (shape === 'round') return new CylinderGeometry(0.5, 0.4, 1, 10);
  if (shape === 'ball') return new IcosahedronGeometry(0.5, 1);
  return new BoxGeometry(1, 1, 1);
}

/**
 * Every booth of the world, generated from its data (signage/boothTemplate.ts), as three
 * InstancedMeshes, one per shape (boxes; pots and round products; foliage), coloured per instance:
 * three draw calls (six with shadows) for any number of booths. A click on any part opens that
 * booth (the world store's boothClick). Booths on air wear a LIVE badge (LiveBadges.tsx).
 */
export function Booths({ layout, catalogue, shadows }: { layout: Layout; catalogue: Catalogue; shadows: boolean }) {
  const { store } = useWorld();
  const material = useMemo(() => new MeshStandardMaterial({ roughness: 0.8, metalness: 0 }), []);
  const instances = useMemo(() => boothInstances(layout, catalogue), [layout, catalogue]);

  const clickOn = (owners: readonly number[]) => (e: ThreeEvent<MouseEvent>): void => {
    const booth = e.instanceId === undefined ? undefined : layout.booths[owners[e.instanceId] ?? -1];
    // A drag (looking around) that ends on a booth is not a click.
    if (!booth || e.delta > 6) return;
    e.stopPropagation();
    store.getState().boothClick(booth.id);
  };

  return (
    <>
      {SHAPES.map((shape) => (
        <ShapeMesh key={shape} shape={shape} instances={instances[shape]} material={material} shadows={shadows} onClick={clickOn(instances[shape].owners)} />
      ))}
      <LiveBadges layout={layout} />
    </>
  );
}

function ShapeMesh({ shape, instances, material, shadows, onClick }: {
  shape: TemplateShape;
  instances: ShapeInstances;
  material: MeshStandardMaterial;
  shadows: boolean;
  onClick: (e: ThreeEvent<MouseEvent>) => void;
}) {
  const ref = useRef<InstancedMesh>(null);
  const geometry = useMemo(() => shapeGeometry(shape), [shape]);
  useLayoutEffect(() => {
    if (ref.current) writeBoxes(ref.current, instances.boxes);
  }, [instances]);
  if (instances.boxes.length === 0) return null;
  return (
    <instancedMesh
      key={instances.boxes.length}
      ref={ref}
      args={[geometry, material, instances.boxes.length]}
      castShadow={shadows}
      receiveShadow={shadows}
      onClick={onClick}
    />
  );
}
