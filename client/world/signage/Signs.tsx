import { useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { InstancedBufferAttribute, Matrix4, PerspectiveCamera, PlaneGeometry, Quaternion, Vector3, type InstancedMesh } from 'three';
import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import type { Layout } from '../../../shared/world/types.ts';
import { useWorld } from '../state/context.ts';
import { buildAtlas, type Atlas } from './atlas.ts';
import { createAtlasTexture, createSignMaterial } from './signMaterial.ts';
import { CELL, signSpecs, type SignSpec } from './specs.ts';

export interface SignsProps {
  layout: Layout;
  catalogue: Catalogue;
  /** Largest atlas edge for the quality tier (also capped by the GPU's max texture size). */
  atlasMax: number;
  onProgress: (fraction: number) => void;
  /** Which signs to draw (default: all of the world's); /studio's preview passes the booths' only. Keep it stable (module-level). */
  specsOf?: (layout: Layout, catalogue: Catalogue) => SignSpec[];
}

/**
 * ALL text in the world (area signs, booth titles, icons, history panels, 시웃이's plate): one canvas
 * atlas texture and one InstancedMesh of quads, so signage is one draw call for any booth count.
 * The world frame's signsPending counts down while the atlas is drawn and is 0 once the mesh shows
 * every sign. When the venue changes, the signs as they were stay up until the new atlas is drawn
 * (with the layout and specs it was drawn for), so an edited text swaps in place without a blink.
 */
export function Signs({ layout, catalogue, atlasMax, onProgress, specsOf = signSpecs }: SignsProps) {
  const { store, frame } = useWorld();
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const viewHeight = useThree((s) => s.size.height);
  const invalidate = useThree((s) => s.invalidate);
  const specs = useMemo(() => specsOf(layout, catalogue), [specsOf, layout, catalogue]);
  const owners = useMemo(() => specs.flatMap((s) => s.placements.map(() => s.boothIndex)), [specs]);
  const [built, setBuilt] = useState<{ atlas: Atlas; specs: typeof specs; owners: number[]; layout: Layout } | null>(null);
  const atlas = built?.atlas ?? null;
  const [, setFailure] = useState<unknown>(null);
  const mesh = useRef<InstancedMesh>(null);
  const geometry = useMemo(() => new PlaneGeometry(1, 1), []);
  const material = useMemo(() => createSignMaterial(), []);
  const maxEdge = Math.min(atlasMax, gl.capabilities.maxTextureSize);

  useEffect(() => {
    const signal = { cancelled: false };
    frame.signsPending = Math.max(1, specs.length);
    buildAtlas(specs, maxEdge, (done, total) => {
      // Keep one pending until the mesh shows the atlas (the layout effect below clears it).
      frame.signsPending = Math.max(1, total - done);
      onProgress((done / Math.max(1, total)) * 0.95);
    }, signal).then(
      (a) => !signal.cancelled && setBuilt({ atlas: a, specs, owners, layout }),
      (e: unknown) => {
        // Rethrown in render so the route's error boundary shows it (with retry), never silent.
        if (!signal.cancelled) setFailure(() => { throw e; });
      },
    );
    return () => {
      signal.cancelled = true;
    };
  }, [specs, owners, layout, maxEdge, frame, onProgress]);

  const texture = useMemo(() => (atlas ? createAtlasTexture(atlas.canvas, gl) : null), [atlas, gl]);
  useEffect(() => () => texture?.dispose(), [texture]);
  useEffect(() => () => {
    geometry.dispose();
    material.dispose();
  }, [geometry, material]);

  useLayoutEffect(() => {
    const m = mesh.current;
    if (!m || !built || !texture) return;
    const { specs, owners } = built;
    const { width: W, height: H, rects } = built.atlas.packing;
    const uv = new Float32Array(owners.length * 4);
    const mat = new Matrix4();
    const pos = new Vector3();
    const quat = new Quaternion();
    const scale = new Vector3();
    const up = new Vector3(0, 1, 0);
    let k = 0;
    specs.forEach((s, i) => {
      const r = rects[i]!;
      for (const p of s.placements) {
        // A plane faces +z; rotating it by π - heading turns its face to the heading (see boothParts.ts).
        quat.setFromAxisAngle(up, Math.PI - p.heading);
        mat.compose(pos.set(p.x, p.y, p.z), quat, scale.set(p.width, p.height, 1));
        m.setMatrixAt(k, mat);
        uv.set([r.x / W, 1 - (r.y + r.h) / H, r.w / W, r.h / H], k * 4);
        k++;
      }
    });
    geometry.setAttribute('uvRect', new InstancedBufferAttribute(uv, 4));
    m.instanceMatrix.needsUpdate = true;
    material.map = texture;
    material.needsUpdate = true;
    frame.signsPending = 0;
    frame.signLines = () => ({
      fov: camera instanceof PerspectiveCamera ? camera.fov : 0,
      viewHeight,
      signs: specs.map((s, i) => ({
        key: s.key,
        kind: s.content.kind,
        height: s.placements[0]?.height ?? 0,
        cellHeight: CELL[s.content.kind][1],
        lines: built.atlas.lines[i] ?? [],
      })),
    });
    onProgress(1);
    invalidate();
  }, [built, texture, geometry, material, frame, onProgress, invalidate, camera, viewHeight]);

  const onClick = (e: ThreeEvent<MouseEvent>): void => {
    const owner = e.instanceId === undefined || !built ? -1 : (built.owners[e.instanceId] ?? -1);
    const booth = owner >= 0 ? built?.layout.booths[owner] : undefined;
    if (!booth || e.delta > 6) return;
    e.stopPropagation();
    store.getState().boothClick(booth.id);
  };

  if (!built) return null;
  return (
    <instancedMesh
      key={built.owners.length}
      ref={mesh}
      args={[geometry, material, built.owners.length]}
      frustumCulled={false}
      renderOrder={1}
      onClick={onClick}
    />
  );
}
