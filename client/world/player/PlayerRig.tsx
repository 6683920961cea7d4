import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Vector3, type Group } from 'three';
import { useStore } from 'zustand';
import { useIdentity } from '../../net/identity.ts';
import { PALETTE } from '../../theme/palette.ts';
import { attachKeyboard } from '../input/keyboard.ts';
import { attachPointerLook } from '../input/pointerLook.ts';
import { filterIdle, sampleInput } from '../input/sampleInput.ts';
import { onReducedMotionChange, prefersReducedMotion } from '../state/motion.ts';
import { useWorld } from '../state/context.ts';
import { writePlayer } from '../state/frame.ts';
import { wake } from '../state/rest.ts';
import { Avatar } from './Avatar.tsx';
import { cameraObstacles } from './cameraObstacles.ts';
import { applyCamera, angleDelta, createFollowState, easeYawToward, followCamera } from './cameraRig.ts';

/** Walking bob: a few centimetres at step rhythm, off under reduced motion. */
const BOB_HEIGHT = 0.05;
const BOB_RATE = 11;

/**
 * The local visitor: input → the world's fixed-step controller (shared `step`) → frame.player, the
 * avatar mesh (interpolated between steps) and the third-person camera. Teleports and floor clicks
 * are world store actions; this only advances and draws. Nothing here sets React state per frame.
 */
export function PlayerRig() {
  const { store, frame } = useWorld();
  const layout = useStore(store, (s) => s.layout);
  const { cameraMode } = store.getState();
  const { controller: ctrl, input, link, player } = frame;
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const size = useThree((s) => s.size);
  const avatar = useRef<Group>(null);
  const colorIndex = useIdentity((s) => s.identity?.colorIndex);
  const scratch = useMemo(() => ({ desired: new Vector3(), target: new Vector3(), follow: createFollowState(), bob: 0, reduced: prefersReducedMotion() }), []);
  const obstacles = useMemo(() => cameraObstacles(layout), [layout]);
  // One sampling function for the rig's life: the frame callback allocates no closure.
  const sample = useMemo(() => (seq: number) => filterIdle(link, sampleInput(input, seq)), [link, input]);

  useEffect(() => attachKeyboard(input), [input]);
  useEffect(() => attachPointerLook(gl.domElement, input), [gl, input]);
  // Read once and on change: matchMedia() per frame would allocate a MediaQueryList every frame.
  useEffect(() => onReducedMotionChange((r) => (scratch.reduced = r)), [scratch]);

  useFrame((_, dt) => {
    ctrl.advance(dt, sample);
    const s = ctrl.state;
    const moved = s.position.x !== ctrl.prev.x || s.position.z !== ctrl.prev.z;
    writePlayer(frame);
    player.moving = moved;
    // Walking, turning, or a server correction still blending out: the picture changes (state/rest.ts).
    if (moved || s.heading !== ctrl.prev.heading || ctrl.offset.x !== 0 || ctrl.offset.z !== 0) wake(frame, performance.now());
    player.running = moved && (input.held.run || (s.pathRun ?? false));

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

    if (cameraMode !== 'follow') return; // the overview camera belongs to the scene
    if (ctrl.walking() && !reduced && !input.dragged) input.look.yaw = easeYawToward(input.look.yaw, s.heading, dt);
    const aspect = size.width / Math.max(1, size.height);
    followCamera(scratch.follow, scratch.desired, scratch.target, x, z, input.look.yaw, input.look.pitch, aspect, obstacles, dt, frame.cameraSnap || reduced);
    applyCamera(camera, scratch.desired, scratch.target);
    frame.cameraSnap = false; // a teleport cuts, it does not fly
  });

  return <Avatar ref={avatar} color={colorIndex === undefined ? undefined : PALETTE[colorIndex % PALETTE.length]} />;
}
