import { CapsuleGeometry, CylinderGeometry, ExtrudeGeometry, Shape, SphereGeometry, type BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/**
 * 시웃이's geometry, built in code (no downloaded model). Local frame: standing on y = 0, facing -z.
 * Parts of one colour are merged, so the character costs a handful of draw calls.
 */
export const BODY_R = 0.9;
/** The face patch: a slice of a slightly larger sphere centred on the -z direction. */
export const FACE = { phiLength: 1.75, thetaStart: 0.72, thetaLength: 1.42 } as const;

/** Round body, two feet and the cheering arm on its right (the waving one is separate: it moves). */
export function bodyGeometry(): BufferGeometry {
  const body = new SphereGeometry(BODY_R, 40, 28);
  body.scale(1, 0.94, 1);
  body.translate(0, BODY_R * 0.94 + 0.1, 0);
  const feet = [-0.36, 0.36].map((x) => {
    const f = new SphereGeometry(0.26, 16, 10);
    f.scale(1, 0.55, 1.35);
    f.translate(x, 0.12, -0.18);
    return f;
  });
  const arm = armGeometry();
  arm.rotateZ(-2.3); // raised out to the side: an upbeat "yay" pose
  arm.translate(-0.78, 1.15, 0);
  const merged = mergeGeometries([body, ...feet, arm], false);
  if (!merged) throw new Error('mascot: merge failed');
  return merged;
}

/** An arm whose pivot (shoulder) is at the origin, pointing down -y before rotation. */
export function armGeometry(): BufferGeometry {
  const a = new CapsuleGeometry(0.13, 0.42, 4, 12);
  a.translate(0, -0.34, 0);
  return a;
}

export function faceGeometry(): BufferGeometry {
  // phi = 3π/2 is the -z direction in SphereGeometry's parametrisation; u runs left→right seen from the front.
  const g = new SphereGeometry(BODY_R * 1.012, 40, 24, Math.PI * 1.5 - FACE.phiLength / 2, FACE.phiLength, FACE.thetaStart, FACE.thetaLength);
  g.scale(1, 0.94, 1);
  g.translate(0, BODY_R * 0.94 + 0.1, 0);
  return g;
}

/** A sprout on the head: growth, the social economy's promise. */
export function sproutGeometry(): BufferGeometry {
  const stem = new CylinderGeometry(0.035, 0.045, 0.3, 8);
  stem.translate(0, BODY_R * 1.88 + 0.22, 0);
  const leaves = [-1, 1].map((s) => {
    const l = new SphereGeometry(0.16, 12, 8);
    l.scale(1, 0.35, 0.6);
    l.rotateZ(s * 0.5);
    l.translate(s * 0.15, BODY_R * 1.88 + 0.4, 0);
    return l;
  });
  const merged = mergeGeometries([stem, ...leaves], false);
  if (!merged) throw new Error('mascot: merge failed');
  return merged;
}

/** ❤️ from the brochure's profile, as an extruded heart. */
export function heartGeometry(): BufferGeometry {
  const s = new Shape();
  s.moveTo(0, -0.3);
  s.bezierCurveTo(-0.05, -0.22, -0.35, -0.05, -0.35, 0.12);
  s.bezierCurveTo(-0.35, 0.3, -0.12, 0.36, 0, 0.2);
  s.bezierCurveTo(0.12, 0.36, 0.35, 0.3, 0.35, 0.12);
  s.bezierCurveTo(0.35, -0.05, 0.05, -0.22, 0, -0.3);
  const g = new ExtrudeGeometry(s, { depth: 0.12, bevelEnabled: true, bevelThickness: 0.05, bevelSize: 0.04, bevelSegments: 3, curveSegments: 16 });
  g.center();
  return g;
}
