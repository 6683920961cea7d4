import { MAX_PITCH, MIN_PITCH, type PlayerInput } from './playerInput.ts';

/** Radians of camera turn per CSS pixel dragged: half the canvas width is about a half turn. */
const YAW_PER_PX = 0.006;
const PITCH_PER_PX = 0.004;
/** A press that moves less than this is a click (walk-to / open booth), not a drag. */
const DRAG_SLOP_PX = 6;

/**
 * Drag on the canvas (mouse, pen or one finger) to look around. Pointer capture keeps the drag alive
 * outside the canvas. The flag `dragged` lets the floor/booth click that ends a drag be ignored.
 */
export function attachPointerLook(el: HTMLElement, input: PlayerInput): () => void {
  let id: number | null = null;
  let startX = 0;
  let startY = 0;
  let lastX = 0;
  let lastY = 0;
  const prevTouchAction = el.style.touchAction;
  // The browser must not pan or zoom the page when a finger drags the canvas.
  el.style.touchAction = 'none';

  const down = (e: PointerEvent) => {
    if (id !== null || (e.pointerType === 'mouse' && e.button !== 0)) return;
    id = e.pointerId;
    startX = lastX = e.clientX;
    startY = lastY = e.clientY;
    input.dragged = false;
    el.setPointerCapture?.(e.pointerId);
  };
  const move = (e: PointerEvent) => {
    if (e.pointerId !== id) return;
    if (!input.dragged && Math.hypot(e.clientX - startX, e.clientY - startY) < DRAG_SLOP_PX) return;
    input.dragged = true;
    // "Grab the world": dragging right swings the view left, dragging down lifts the camera.
    input.look.yaw -= (e.clientX - lastX) * YAW_PER_PX;
    input.look.pitch = Math.min(MAX_PITCH, Math.max(MIN_PITCH, input.look.pitch + (e.clientY - lastY) * PITCH_PER_PX));
    lastX = e.clientX;
    lastY = e.clientY;
  };
  const up = (e: PointerEvent) => {
    if (e.pointerId !== id) return;
    id = null;
    if (el.hasPointerCapture?.(e.pointerId)) el.releasePointerCapture(e.pointerId);
  };
  el.addEventListener('pointerdown', down);
  el.addEventListener('pointermove', move);
  el.addEventListener('pointerup', up);
  el.addEventListener('pointercancel', up);
  return () => {
    el.style.touchAction = prevTouchAction;
    el.removeEventListener('pointerdown', down);
    el.removeEventListener('pointermove', move);
    el.removeEventListener('pointerup', up);
    el.removeEventListener('pointercancel', up);
  };
}
