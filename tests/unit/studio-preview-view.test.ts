import { Frustum, Matrix4, PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { clampOrbit, MAX_ORBIT, previewCamera, previewView } from '../../client/studio/preview/previewView.ts';
import { boothAccents } from '../../client/world/scene/boothColors.ts';
import { WORLD_LENS } from '../../client/world/scene/renderer.ts';
import { boothToWorld, CANOPY } from '../../client/world/signage/boothParts.ts';
import { boothSignSpecs, signSpecs } from '../../client/world/signage/specs.ts';
import { paletteColor } from '../../client/theme/palette.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import type { BoothPlacement } from '../../shared/world/types.ts';
import { layoutWorld } from '../../shared/world/layout.ts';

const layout = layoutWorld(CATALOGUE);
const BOOTH = 'cut-the-trash';

/** True when every corner of the booth's box (floor to canopy top, sign included) is inside the camera's view. */
function wholeBoothInView(booth: BoothPlacement, yaw: number, aspect: number): boolean {
  const { position, target } = previewCamera(booth, yaw, aspect, WORLD_LENS.fov);
  const cam = new PerspectiveCamera(WORLD_LENS.fov, aspect, WORLD_LENS.near, WORLD_LENS.far);
  cam.position.set(...position);
  cam.lookAt(...target);
  cam.updateMatrixWorld();
  const frustum = new Frustum().setFromProjectionMatrix(new Matrix4().multiplyMatrices(cam.projectionMatrix, cam.matrixWorldInverse));
  const hw = booth.width / 2 + 0.1;
  const hd = booth.depth / 2 + 0.03;
  const top = CANOPY.y + CANOPY.height / 2;
  for (const x of [-hw, hw]) for (const y of [0, top]) for (const z of [-hd, hd]) if (!frustum.containsPoint(new Vector3(...boothToWorld(booth, x, y, z)))) return false;
  return true;
}

describe("/studio's 3D preview view", () => {
  it('keeps the previewed booth alone, with the areas (its zone colour) and a visitor standing at its front', () => {
    const view = previewView(layout, BOOTH)!;
    expect(view.booth.id).toBe(BOOTH);
    expect(view.layout.booths.map((b) => b.id)).toEqual([BOOTH]);
    expect(view.layout.areas).toEqual(layout.areas);
    expect(view.layout.historyStations).toEqual([]);
    expect(view.layout.spawn.position).toEqual(view.booth.interactPoint);
    expect(previewView(layout, 'no-such-booth')).toBeNull();
  });

  it('draws the booth’s own signs as the world does, and only those', () => {
    const view = previewView(layout, BOOTH)!;
    const preview = boothSignSpecs(view.layout, CATALOGUE);
    expect(preview.map((s) => s.key)).toEqual([`booth:${BOOTH}`, `icon:${BOOTH}`]);
    const world = new Map(signSpecs(layout, CATALOGUE).map((s) => [s.key, s]));
    for (const s of preview) expect({ ...s, boothIndex: 0 }).toEqual({ ...world.get(s.key), boothIndex: 0 });
  });

  it('colours the booth with the colour the draft chose', () => {
    const draft: Catalogue = { ...CATALOGUE, enterprises: CATALOGUE.enterprises.map((e) => (e.id === BOOTH ? { ...e, colorIndex: 2 } : e)) };
    const view = previewView(layoutWorld(draft), BOOTH)!;
    expect(boothAccents(view.layout, draft)).toEqual([paletteColor(2)]);
  });

  it('puts the camera in front of the open front, every booth whole in view, also swung to either side', () => {
    for (const booth of layout.booths) {
      const { position } = previewCamera(booth, 0, 4 / 3, WORLD_LENS.fov);
      const front = { x: Math.sin(booth.heading), z: -Math.cos(booth.heading) };
      const ahead = (position[0] - booth.position.x) * front.x + (position[2] - booth.position.z) * front.z;
      expect(ahead, booth.id).toBeGreaterThan(booth.depth / 2 + 1);
      for (const yaw of [0, -MAX_ORBIT, MAX_ORBIT]) for (const aspect of [4 / 3, 1]) expect(wholeBoothInView(booth, yaw, aspect), `${booth.id} ${yaw} ${aspect}`).toBe(true);
    }
  });

  it('swings no further than MAX_ORBIT', () => {
    expect(clampOrbit(5)).toBe(MAX_ORBIT);
    expect(clampOrbit(-5)).toBe(-MAX_ORBIT);
    const booth = previewView(layout, BOOTH)!.booth;
    expect(previewCamera(booth, 5, 4 / 3, WORLD_LENS.fov)).toEqual(previewCamera(booth, MAX_ORBIT, 4 / 3, WORLD_LENS.fov));
  });
});
