import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { InstancedBufferAttribute, Matrix4, PlaneGeometry, Quaternion, Texture, Vector3, type InstancedMesh } from 'three';
import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import type { Layout } from '../../../shared/world/types.ts';
import type { PictureReport } from '../state/frame.ts';
import { useWorld } from '../state/context.ts';
import { wake } from '../state/rest.ts';
import type { QualityTier } from '../state/quality.ts';
import { LOADS_IN_FLIGHT, PICTURE_POOL, PICTURE_RANGE_M, PLAN_EVERY_MS, poolBytes, UPLOADS_PER_FRAME } from './budget.ts';
import { pictureItems } from './items.ts';
import { loadPicture, type LoadedPicture } from './loader.ts';
import { createPictureMaterial, createPoolTexture } from './pictureMaterial.ts';
import { PictureSchedule } from './schedule.ts';
import { textureMemory } from './textureMemory.ts';

interface Arrival {
  slot: number;
  url: string;
  picture: LoadedPicture | null;
}

/**
 * Booth logos (on their signs) and images (on side-wall panels) as ONE instanced quad mesh over ONE
 * texture array: one draw call for any number of booths and pictures. The pool holds the nearest
 * pictures only (budget.ts: its size per quality tier); every PLAN_EVERY_MS the schedule picks them
 * from where the visitor stands, downloads are decoded off the main thread (loader.ts) and copied
 * into their layer, mip levels included, a few per frame. Per-frame work reads the world frame and
 * allocates nothing.
 */
export function BoothPictures({ layout, catalogue, tier }: { layout: Layout; catalogue: Catalogue; tier: QualityTier }) {
  const { frame } = useWorld();
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  const items = useMemo(() => pictureItems(layout, catalogue), [layout, catalogue]);
  const size = PICTURE_POOL[tier];
  const pool = useMemo(() => createPoolTexture(size), [size]);
  const schedule = useMemo(() => new PictureSchedule(size.slots), [size]);
  const material = useMemo(() => createPictureMaterial(pool), [pool]);
  const geometry = useMemo(() => new PlaneGeometry(1, 1), []);
  const mesh = useRef<InstancedMesh>(null);
  // Mutable per-pool state the frame callback works on (never React state).
  const run = useMemo(
    () => ({
      arrivals: [] as Arrival[],
      inFlight: 0,
      lastPlan: -Infinity,
      dirty: true,
      abort: new AbortController(),
      source: new Texture(),
      at: new Vector3(),
      /** frame.frames when each slot's picture was copied in (drawn from the next frame on). */
      copiedAt: new Float64Array(size.slots).fill(Infinity),
      /** Per slot: the share of its layer the picture covers (du, dv). */
      share: new Float32Array(size.slots * 2),
      attribute: null as InstancedBufferAttribute | null,
    }),
    [size],
  );

  // The pool's GPU storage is allocated when the mesh first draws it: a venue without pictures costs none.
  useEffect(() => {
    return () => {
      run.abort.abort();
      for (const a of run.arrivals) a.picture?.levels.forEach((b) => b.close());
      run.arrivals.length = 0;
      material.dispose();
      pool.dispose();
    };
  }, [pool, material, run]);
  useEffect(() => () => geometry.dispose(), [geometry]);

  useEffect(() => {
    schedule.setItems(items);
    run.dirty = true;
    run.lastPlan = -Infinity;
  }, [items, schedule, run]);

  // Where each quad hangs: written when the pictures change, never per frame.
  useLayoutEffect(() => {
    const m = mesh.current;
    if (!m) return;
    const mat = new Matrix4();
    const q = new Quaternion();
    const p = new Vector3();
    const s = new Vector3();
    const up = new Vector3(0, 1, 0);
    items.forEach((it, i) => {
      // A plane faces +z; π - heading turns its face to the heading (as the signs do).
      q.setFromAxisAngle(up, Math.PI - it.heading);
      m.setMatrixAt(i, mat.compose(p.set(it.x, it.y, it.z), q, s.set(it.size, it.size, 1)));
    });
    m.instanceMatrix.needsUpdate = true;
    run.attribute = new InstancedBufferAttribute(new Float32Array(Math.max(1, items.length) * 4), 4);
    geometry.setAttribute('picture', run.attribute);
    run.dirty = true;
    invalidate();
  }, [items, geometry, run, invalidate]);

  useEffect(() => {
    const report = (): PictureReport => {
      const counts = schedule.counts();
      return {
        slots: size.slots,
        poolBytes: poolBytes(size),
        ...counts,
        pictures: items.map((it) => {
          const slot = schedule.readySlot(it.url);
          return { boothId: it.boothId, kind: it.kind, index: it.index, mediaId: it.mediaId, x: it.x, z: it.z, drawn: slot >= 0 && frame.frames > run.copiedAt[slot]! };
        }),
      };
    };
    frame.pictures = report;
    frame.textures = () => textureMemory(scene);
    return () => {
      if (frame.pictures === report) frame.pictures = null;
      frame.textures = null;
    };
  }, [frame, items, schedule, size, run, scene]);

  useFrame(() => {
    const now = performance.now();
    // Copy in what arrived, every mip level of each (failures only free their slot).
    let copied = 0;
    while (run.arrivals.length > 0 && copied < UPLOADS_PER_FRAME) {
      const a = run.arrivals.shift()!;
      run.inFlight--;
      run.dirty = true;
      if (!a.picture) {
        schedule.loaded(a.slot, a.url, false);
        continue;
      }
      copied++;
      const { levels } = a.picture;
      for (let l = 0; l < levels.length; l++) {
        run.source.image = levels[l]!;
        gl.copyTextureToTexture(run.source, pool, null, run.at.set(0, 0, a.slot), 0, l);
        levels[l]!.close();
      }
      run.copiedAt[a.slot] = frame.frames;
      run.share[a.slot * 2] = a.picture.du;
      run.share[a.slot * 2 + 1] = a.picture.dv;
      schedule.loaded(a.slot, a.url, true);
    }
    if (now - run.lastPlan >= PLAN_EVERY_MS) {
      run.lastPlan = now;
      const { x, z } = frame.player.position;
      if (schedule.plan(x, z, PICTURE_RANGE_M, LOADS_IN_FLIGHT - run.inFlight, start, evicted) > 0) run.dirty = true;
    }
    if (run.dirty && run.attribute) {
      wake(frame, now); // a picture arrived or left: shown at once, not at the resting rate
      writeAttribute(run.attribute);
    }
  });

  function start(slot: number, url: string): void {
    run.inFlight++;
    const done = (picture: LoadedPicture | null) => {
      if (run.abort.signal.aborted) picture?.levels.forEach((b) => b.close());
      else run.arrivals.push({ slot, url, picture });
    };
    loadPicture(url, size.edge, run.abort.signal).then(done, (err: unknown) => {
      if (!run.abort.signal.aborted) console.warn('[seeot] a booth picture did not load', url, err);
      done(null);
    });
  }

  function evicted(slot: number): void {
    run.copiedAt[slot] = Infinity;
  }

  function writeAttribute(attr: InstancedBufferAttribute): void {
    run.dirty = false;
    const a = attr.array as Float32Array;
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      const slot = schedule.readySlot(it.url);
      a[i * 4] = slot;
      a[i * 4 + 1] = slot >= 0 ? run.share[slot * 2]! : 0;
      a[i * 4 + 2] = slot >= 0 ? run.share[slot * 2 + 1]! : 0;
      a[i * 4 + 3] = it.kind === 'image' ? 1 : 0;
    }
    attr.needsUpdate = true;
  }

  if (items.length === 0) return null;
  return <instancedMesh key={items.length} ref={mesh} name="booth-pictures" args={[geometry, material, items.length]} frustumCulled={false} renderOrder={2} />;
}
