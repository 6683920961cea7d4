import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Vector3, type Group } from 'three';
import { teleportTarget } from '../../../shared/world/teleports.ts';
import { useIdentity } from '../../net/identity.ts';
import { PALETTE } from '../../theme/palette.ts';
import type { Vec2 } from '../../../shared/world/types.ts';
import { attachKeyboard } from '../input/keyboard.ts';
import { playerInput } from '../input/playerInput.ts';
import { attachPointerLook } from '../input/pointerLook.ts';
import { sampleInput } from '../input/sampleInput.ts';
import { onReducedMotionChange, prefersReducedMotion } from '../motion.ts';
import { useWorldRuntime } from '../runtimeContext.ts';
import { Avatar } from './Avatar.tsx';
import { cameraObstaclesFor } from './cameraObstacles.ts';
import { applyCamera, angleDelta, createFollowState, easeYawToward, followCamera } from './cameraRig.ts';
import { collisionWorldFor } from './collisionWorldFor.ts';
import { FixedStepController } from './controller.ts';
import { filterIdle, playerLink } from './playerLink.ts';

/** Walking bob: a few centimetres at step rhythm, off under reduced motion. */
const BOB_HEIGHT = 0.05;
const BOB_RATE = 11;

/**
 * The local visitor: input → fixed-step controller (shared `step`) → runtime.player, the avatar
 * mesh (interpolated between steps) and the third-person camera. Owns runtime.teleport and
 * runtime.onFloorClick. Nothing here sets React state per frame.
 */
export function PlayerRig() {
  const rt = useWorldRuntime();
  const layout = rt.layout;
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const size = useThree((s) => s.size);
  const avatar = useRef<Group>(null);
  const input = playerInput(rt);
  const link = playerLink(rt);
  const colorIndex = useIdentity((s) => s.identity?.colorIndex);
  const scratch = useMemo(
    () => ({ desired: new Vector3(), target: new Vector3(), follow: createFollowState(), snap: true, bob: 0, reduced: prefersReducedMotion() }),
    [],
  );
  const world = useMemo(() => (layout ? collisionWorldFor(layout) : null), [layout]);
  const obstacles = useMemo(() => (layout ? cameraObstaclesFor(layout) : null), [layout]);
  const ctrl = useMemo(() => (layout && world ? new FixedStepController(world, layout.spawn) : null), [layout, world]);

  useEffect(() => attachKeyboard(input), [input]);
  useEffect(() => attachPointerLook(gl.domElement, input), [gl, input]);
  // Read once and on change: matchMedia() per frame would allocate a MediaQueryList every frame.
  useEffect(() => onReducedMotionChange((r) => (scratch.reduced = r)), [scratch]);

  useEffect(() => {
    if (!ctrl || !layout) return;
    const writePlayer = () => {
      const p = rt.player;
      p.position.x = ctrl.state.position.x;
      p.position.z = ctrl.state.position.z;
      p.heading = ctrl.state.heading;
    };
    const place = (position: Vec2, heading: number) => {
      ctrl.place(position, heading);
      input.look.yaw = heading;
      input.walkTo = null;
      scratch.snap = true; // a teleport cuts, it does not fly
      writePlayer();
    };
    place(layout.spawn.position, layout.spawn.heading);
    link.controller = ctrl;
    rt.teleport = (id) => {
      const point = teleportTarget(layout, id);
      if (!point) return false;
      place(point.position, point.heading);
      link.onTeleport?.(id, point.position); // the server snaps too (named points only)
      return true;
    };
    rt.onFloorClick = (point) => {
      // The click that ends a camera drag is not a request to walk.
      if (input.dragged) return;
      input.walkTo = { x: point.x, z: point.z };
    };
    if (input.pendingTeleport) {
      rt.teleport(input.pendingTeleport);
      input.pendingTeleport = null;
    }
    return () => {
      rt.teleport = null;
      rt.onFloorClick = null;
      if (link.controller === ctrl) link.controller = null;
    };
  }, [ctrl, layout, rt, input, link, scratch]);

  useFrame((_, dt) => {
    if (!ctrl || !layout) return;
    ctrl.advance(dt, (seq) => filterIdle(link, sampleInput(input, seq)));
    const s = ctrl.state;
    const p = rt.player;
    const moved = s.position.x !== ctrl.prev.x || s.position.z !== ctrl.prev.z;
    p.position.x = s.position.x;
    p.position.z = s.position.z;
    p.heading = s.heading;
    p.moving = moved;
    p.running = moved && (input.held.run || (s.pathRun ?? false));

    // Render between the last two steps so 20 Hz steps look smooth at 60 fps.
    // Plus what is left of a server correction being blended out (controller.offset).
    const a = ctrl.alpha();
    const x = ctrl.prev.x + (s.position.x - ctrl.prev.x) * a + ctrl.offset.x;
    const z = ctrl.prev.z + (s.position.z - ctrl.prev.z) * a + ctrl.offset.z;
    const heading = ctrl.prev.heading + angleDelta(ctrl.prev.heading, s.heading) * a;
    const reduced = scratch.reduced;
    scratch.bob = moved && !reduced ? scratch.bob + dt * BOB_RATE : 0;
    const g = avatar.current;
    if (g) {
      g.position.set(x, Math.abs(Math.sin(scratch.bob)) * BOB_HEIGHT, z);
      g.rotation.y = -heading;
    }

    if (rt.cameraMode !== 'follow') return; // the overview camera belongs to the scene
    if (ctrl.walking() && !reduced && !input.dragged) input.look.yaw = easeYawToward(input.look.yaw, s.heading, dt);
    const aspect = size.width / Math.max(1, size.height);
    followCamera(scratch.follow, scratch.desired, scratch.target, x, z, input.look.yaw, input.look.pitch, aspect, obstacles, dt, scratch.snap || reduced);
    applyCamera(camera, scratch.desired, scratch.target);
    scratch.snap = false;
  });

  return <Avatar ref={avatar} color={colorIndex === undefined ? undefined : PALETTE[colorIndex % PALETTE.length]} />;
}
